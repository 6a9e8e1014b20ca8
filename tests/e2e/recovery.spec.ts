import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startKioskHost, test } from './fixtures/host';
import { expectAccessible, snap } from './fixtures/screens';
import type { Page } from '@playwright/test';

test.use({ hostKey: 'recovery' });

declare global {
  interface Window {
    /** Installed by renderer/app/ScreenErrorBoundary.tsx with emulated devices only. */
    __kioskCrashForTest?: () => void;
  }
}

async function openLookup(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByTestId('tile-lookup').click();
  await expect(page.getByTestId('lookup-form')).toBeVisible();
  // The test hook exists only with emulated devices; wait until the boundary installed it.
  await page.waitForFunction(() => typeof window.__kioskCrashForTest === 'function');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });

test.describe('Tự phục hồi', () => {
  test('an error while rendering shows a friendly screen with a reference that is in the host log, then home', async ({ page, host }) => {
    await openLookup(page, host.launchUrl);
    await page.getByLabel('Họ và tên *').fill('Nguyễn Văn Lỗi');
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__kioskCrashForTest?.());
    const screen = page.getByTestId('error-screen');
    await expect(screen).toBeVisible();
    await expect(screen.getByRole('heading', { name: 'Rất tiếc, đã có lỗi xảy ra' })).toBeVisible();
    const reference = await page.getByTestId('error-reference').getAttribute('data-reference');
    expect(reference).toMatch(/^E-[0-9A-Z]{6}-[0-9A-F]{4}$/);
    await expect(page.getByTestId('error-reference')).toHaveText(`Mã tham chiếu: ${reference}`);
    await snap(page, 'recovery-error-screen');
    await expectAccessible(page);
    // The reference reaches the host log, with the error's name and screen but nothing the citizen typed.
    await expect.poll(() => host.logs()).toContain(`"reference":"${reference}"`);
    const line = host
      .logs()
      .split('\n')
      .find((l) => l.includes(reference ?? '-'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({ level: 'error', event: 'renderer.error', screen: 'lookup', error: 'KioskTestCrash' });
    expect(host.logs()).not.toContain('Lỗi');
    await page.getByTestId('error-home').click();
    await expect(page.locator('[data-screen="home"]')).toBeVisible();
    await expect(page.getByTestId('error-screen')).toHaveCount(0);
    // The flow starts clean: what was typed before the error is gone.
    await page.getByTestId('tile-lookup').click();
    await expect(page.getByTestId('lookup-form')).not.toContainText('Nguyễn Văn Lỗi');
  });

  test('the error screen returns home by itself after 10 seconds', async ({ page, host }) => {
    await page.clock.install();
    await openLookup(page, host.launchUrl);
    await page.evaluate(() => window.__kioskCrashForTest?.());
    await expect(page.getByTestId('error-screen')).toContainText('Tự động về trang chủ sau 10 giây.');
    await page.clock.runFor(5_000);
    await expect(page.getByTestId('error-screen')).toContainText('sau 5 giây');
    await page.clock.runFor(5_500);
    await expect(page.locator('[data-screen="home"]')).toBeVisible();
    await expect(page.getByTestId('error-screen')).toHaveCount(0);
  });

  test('when the host restarts, the page reconnects by itself and shows the home screen', async ({ page }) => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-restart-'));
    const env = { KIOSK_TOKEN: 'recovery-test-token-0123456789abcdef' };
    const args = ['--port', String(port)];
    let host = await startKioskHost({ env, args, dataDir });
    try {
      await openLookup(page, host.launchUrl);
      await host.stop();
      host = await startKioskHost({ env, args, dataDir });
      await expect(page.locator('[data-screen="home"]')).toBeVisible({ timeout: 30_000 });
      // And it works again: a call over the new connection succeeds.
      await page.getByTestId('tile-lookup').click();
      await expect(page.getByTestId('lookup-form')).toBeVisible();
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a host killed outright (SIGKILL) and started again by its service: the screen is back home within 10 s, no URL to copy', async ({
    page,
  }) => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-sigkill-'));
    // No KIOSK_TOKEN: the token comes from the data folder's station secret, as in production.
    const args = ['--port', String(port)];
    let host = await startKioskHost({ args, dataDir });
    try {
      await openLookup(page, host.launchUrl);
      const firstToken = host.token;
      await host.stop('SIGKILL');
      await expect(page.locator('[data-screen="home"]')).toHaveCount(0); // still on the lookup screen, the host gone
      host = await startKioskHost({ args, dataDir });
      expect(host.token).toBe(firstToken);
      const restartedAt = Date.now();
      await expect(page.locator('[data-screen="home"]')).toBeVisible({ timeout: 10_000 });
      test.info().annotations.push({ type: 'back home after restart', description: `${Date.now() - restartedAt} ms` });
      await page.getByTestId('tile-lookup').click();
      await expect(page.getByTestId('lookup-form')).toBeVisible();
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
