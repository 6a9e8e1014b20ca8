/**
 * Issue #14, "the token leaks": `--open` used to put the token on Chromium's command line, in the default profile.
 * Now the host starts Chromium (here a stand-in that records its arguments) with a one-time code and a throwaway
 * profile; the real Chromium of the test opens the recorded address and reaches home; the code works once; the
 * profile folder is gone when the host stops.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startKioskHostProcess } from '../support/kiosk-host-process';

test('--open: a one-time code and a throwaway profile on the command line, never the token', async ({ page, browser }) => {
  const work = mkdtempSync(join(tmpdir(), 'kiosk-open-'));
  const argsFile = join(work, 'chromium-args.txt');
  const fake = join(work, 'chromium');
  writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$@" > "${argsFile}"\nexec sleep 120\n`);
  chmodSync(fake, 0o755);
  const host = await startKioskHostProcess({ args: ['--open'], env: { CHROMIUM_PATH: fake } });
  try {
    await expect.poll(() => existsSync(argsFile) && readFileSync(argsFile, 'utf8').includes('--app=')).toBe(true);
    const args = readFileSync(argsFile, 'utf8').trim().split('\n');
    expect(args.join(' ')).not.toContain(host.token);
    expect(args.join(' ')).not.toMatch(/token=/);
    const appUrl = args.find((a) => a.startsWith('--app='))?.slice('--app='.length) ?? '';
    const profile = args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '';
    expect(appUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#boot=[A-Za-z0-9_-]{24}$/);
    expect(existsSync(profile)).toBe(true);

    await page.goto(appUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await expect(page.getByTestId('tile-lookup')).toBeVisible();
    expect(page.url()).not.toContain('boot=');

    // The same address a second time (another local user who read it from `ps`) gets no token.
    const other = await browser.newPage();
    await other.goto(appUrl);
    await expect(other.getByRole('alert')).toBeVisible();
    await expect(other.locator('html[data-ready="true"]')).toHaveCount(0);
    await other.close();

    await host.stop();
    await expect.poll(() => existsSync(profile)).toBe(false);
  } finally {
    await host.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
