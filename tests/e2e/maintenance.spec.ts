import { expect, startKioskHost, test } from './fixtures/host';
import { expectAccessible, snap } from './fixtures/screens';
import type { Page } from '@playwright/test';

test.use({ hostKey: 'maintenance' });

// The demo PIN (emulated devices, no KIOSK_MAINTENANCE_PIN): docs/service.md.
const DEMO_PIN = '246810';

async function openKiosk(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

async function cornerGesture(page: Page): Promise<void> {
  const corner = page.getByRole('button', { name: /Chế độ bảo trì|Maintenance mode/ });
  for (let i = 0; i < 5; i++) await corner.click();
  await expect(page.getByTestId('maintenance-layer')).toBeVisible();
}

async function enterPin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.getByTestId(`pin-${d}`).click();
  await expect(page.getByTestId('pin-display')).toHaveText('●'.repeat(pin.length));
  await page.getByTestId('maintenance-pin-submit').click();
}

test.describe('Chế độ bảo trì', () => {
  test('four taps do nothing; five open the PIN pad; wrong PINs count down and then lock, even for the right PIN', async ({
    page,
    host,
  }) => {
    await openKiosk(page, host.launchUrl);
    const corner = page.getByTestId('maintenance-corner');
    await expect(corner).toHaveAccessibleName('Chế độ bảo trì (dành cho cán bộ kỹ thuật)');
    const box = await corner.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 48, height: 48 });
    for (let i = 0; i < 4; i++) await corner.click();
    await expect(page.getByTestId('maintenance-layer')).toHaveCount(0);
    await corner.click();
    await expect(page.getByRole('dialog', { name: 'Nhập mã PIN bảo trì' })).toBeVisible();
    await snap(page, 'maintenance-pin');
    await expectAccessible(page);

    const error = page.getByTestId('maintenance-pin-error');
    for (const left of [4, 3, 2, 1]) {
      await enterPin(page, '000000');
      await expect(error).toHaveText(`Mã PIN không đúng. Còn ${left} lần thử.`);
    }
    await enterPin(page, '000000');
    await expect(error).toHaveText('Đã nhập sai quá nhiều lần. Chế độ bảo trì bị khóa, vui lòng thử lại sau 15 phút.');
    await snap(page, 'maintenance-pin-locked');
    await enterPin(page, DEMO_PIN);
    await expect(error).toContainText('bị khóa');
    await expect(page.getByTestId('maintenance-panel')).toHaveCount(0);
    await page.getByTestId('maintenance-cancel').click();
    await expect(page.getByTestId('maintenance-layer')).toHaveCount(0);
    expect(host.logs()).toContain('"event":"maintenance.locked-out"');
    expect(host.logs()).not.toContain('000000');
  });

  test('the right PIN opens maintenance; settings persist in SQLite across a reload; restart, quit and exit', async ({ page }) => {
    const host = await startKioskHost();
    try {
      await openKiosk(page, host.launchUrl);
      await cornerGesture(page);
      await enterPin(page, DEMO_PIN);
      const panel = page.getByTestId('maintenance-panel');
      await expect(panel).toBeVisible();
      await expect(page.getByRole('dialog', { name: 'Chế độ bảo trì' })).toBeVisible();
      // 300 seeded + the demo persons of the sign-in accounts.
      await expect(page.getByTestId('maintenance-persons')).toHaveText(/^3\d\d$/);
      expect(Number(await page.getByTestId('maintenance-persons').textContent())).toBeGreaterThanOrEqual(300);
      await expect(page.getByTestId('reader-card')).toBeVisible();
      await snap(page, 'maintenance-panel');
      await expectAccessible(page);
      const health = (await (await fetch(`${host.baseUrl}/health`)).json()) as { screens: { screen: string }[] };
      expect(health.screens.map((s) => s.screen)).toContain('maintenance');

      await page.getByTestId('setting-lookupSeconds').fill('5');
      await page.getByTestId('maintenance-save').click();
      await expect(page.getByTestId('maintenance-message')).toContainText('Giá trị chưa hợp lệ');

      await page.getByTestId('setting-lookupSeconds').fill('45');
      await page.getByTestId('setting-locale').selectOption('en');
      await page.getByTestId('setting-office').fill('BHXH Quận 1');
      await page.getByTestId('maintenance-save').click();
      await expect(page.getByTestId('maintenance-message')).toHaveText('Đã lưu cài đặt.');

      await page.getByTestId('maintenance-quit').click();
      await expect(page.getByTestId('maintenance-message')).toContainText('không thể tự đóng trình duyệt');

      // A reload is a new connection: the maintenance session is gone, and the new default language applies.
      await page.reload();
      await expect(page.locator('html[data-ready="true"]')).toBeAttached();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vietnam Social Security');
      await cornerGesture(page);
      await enterPin(page, DEMO_PIN);
      await expect(page.getByTestId('setting-lookupSeconds')).toHaveValue('45');
      await expect(page.getByTestId('setting-office')).toHaveValue('BHXH Quận 1');
      await expect(page.getByTestId('setting-locale')).toHaveValue('en');
      await snap(page, 'maintenance-panel-en');
      await expectAccessible(page);

      // Browser host: restart reloads the UI to the home screen.
      const reloaded = page.waitForEvent('load');
      await page.getByTestId('maintenance-restart').click();
      await reloaded;
      await expect(page.locator('html[data-ready="true"]')).toBeAttached();
      await expect(page.getByTestId('maintenance-layer')).toHaveCount(0);
      await expect(page.locator('[data-screen="home"]')).toBeVisible();

      await cornerGesture(page);
      await enterPin(page, DEMO_PIN);
      await expect(page.getByTestId('maintenance-panel')).toBeVisible();
      await page.getByTestId('maintenance-exit').click();
      await expect(page.getByTestId('maintenance-layer')).toHaveCount(0);
      await expect(page.locator('[data-screen="home"]')).toBeVisible();
    } finally {
      await host.stop();
    }
  });

  test('the maintenance session ends on idle', async ({ page, host }) => {
    await page.clock.install();
    // The first test locked this host's maintenance entry: use a fresh host.
    const fresh = await startKioskHost();
    try {
      await openKiosk(page, fresh.launchUrl);
      await cornerGesture(page);
      await enterPin(page, DEMO_PIN);
      await expect(page.getByTestId('maintenance-panel')).toBeVisible();
      await page.clock.fastForward(121_000);
      await expect(page.getByTestId('maintenance-layer')).toHaveCount(0);
      await expect(page.locator('[data-screen="home"]')).toBeVisible();
      void host;
    } finally {
      await fresh.stop();
    }
  });
});
