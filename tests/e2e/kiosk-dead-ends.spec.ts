/**
 * Issue #17: small dead ends and contradictions a citizen met at the kiosk, each walked as the citizen would and
 * checked on the message shown.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/host';
import { openRegistrationCheck } from './fixtures/registrations';
import { emulateScan } from './fixtures/scan';
import { expectAccessible, snap } from './fixtures/screens';
import { generateRegistrationCode } from '../../main/domain/codes/registration-code';

test.use({ hostKey: 'kiosk-dead-ends' });

/** A well-formed code whose check character is wrong: the last symbol replaced by another one. */
function mistypedCode(): string {
  const good = generateRegistrationCode((n) => new Uint8Array(n).fill(9));
  const last = good.at(-1) ?? '0';
  return `${good.slice(0, -1)}${last === '7' ? '8' : '7'}`;
}

async function openKiosk(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

test('a typed form code with a wrong check character is refused at once, before the card is asked for', async ({ page, host }) => {
  await openRegistrationCheck(page, host);
  const field = page.getByLabel('Mã hồ sơ (ví dụ F01-7K3M9QXZ-4)');
  await field.fill(mistypedCode());
  await page.keyboard.press('Escape');
  await page.getByTestId('reg-code-next').click();
  await expect(page.getByText('Mã hồ sơ có ký tự bị nhập sai. Hãy kiểm tra lại từng ký tự trên tờ khai.')).toBeVisible();
  await expect(page.getByTestId('reg-check')).toHaveAttribute('data-phase', 'code');
  await expect(page.getByTestId('reg-code-read')).toHaveCount(0);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'reg-check-mistyped-code');
  await expectAccessible(page);

  // Not a code at all: its own message.
  await field.fill('F01-12');
  await page.keyboard.press('Escape');
  await page.getByTestId('reg-code-next').click();
  await expect(page.getByText('Mã hồ sơ không đúng định dạng (F01-XXXXXXXX-X). Hãy kiểm tra lại từng ký tự.')).toBeVisible();
  await expect(page.getByTestId('reg-check')).toHaveAttribute('data-phase', 'code');
});

test('a scanned form QR with a wrong check character says so, not "unreadable"', async ({ page, host, request }) => {
  await openRegistrationCheck(page, host);
  await emulateScan(request, host, mistypedCode());
  await expect(page.getByText('Mã hồ sơ có ký tự bị nhập sai. Hãy kiểm tra lại từng ký tự trên tờ khai.')).toBeVisible();
  await expect(page.getByTestId('reg-check')).toHaveAttribute('data-phase', 'code');
});

test('English is switched back to Vietnamese for the next citizen when a visit ends', async ({ page, host }) => {
  await openKiosk(page, host.launchUrl);
  await page.getByTestId('toggle-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('tile-lookup').click();
  await expect(page.getByRole('heading', { name: 'Find a social-insurance number' })).toBeVisible();
  await page.getByTestId('go-home').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { name: 'Xin chào! Bạn cần làm gì hôm nay?' })).toBeVisible();
});

test('home with the reader unplugged and the paper out says what is not available and what to do instead', async ({
  page,
  host,
  request,
}) => {
  const auth = { authorization: `Bearer ${host.token}` };
  const device = async (which: 'reader' | 'printer', data: object): Promise<void> => {
    const r = await request.post(`${host.baseUrl}/emulator/${which}/state`, { headers: auth, data });
    expect(r.status(), await r.text()).toBeLessThan(300);
  };
  await openKiosk(page, host.launchUrl);
  await expect(page.getByText('Bạn có thể đưa CCCD hoặc thẻ BHYT vào máy đọc bất cứ lúc nào.')).toBeVisible();
  try {
    await device('reader', { connected: false });
    await device('printer', { paper: 'out' });
    await expect(page.getByTestId('reader-notice')).toHaveText(
      'Máy đọc thẻ đang tạm ngừng. Bạn vẫn có thể tra cứu mã số BHXH bằng họ tên và ngày sinh, hoặc đăng nhập bằng mật khẩu.',
    );
    await expect(page.getByTestId('printer-notice')).toHaveText(
      'Máy in hết giấy — kiosk chưa in được phiếu. Mời bạn đến quầy tiếp nhận hồ sơ để lấy số thứ tự; các việc tra cứu vẫn dùng được.',
    );
    await expect(page.getByText('Bạn có thể đưa CCCD hoặc thẻ BHYT vào máy đọc bất cứ lúc nào.')).toHaveCount(0);
    await snap(page, 'home-devices-down');
    await expectAccessible(page);
    await page.getByTestId('toggle-language').click();
    await expect(page.getByTestId('printer-notice')).toHaveText(/^The printer is out of paper — the kiosk cannot print slips now\./);
    await expectAccessible(page);
  } finally {
    await device('reader', { connected: true });
    await device('printer', { paper: 'ok' });
  }
  await expect(page.getByTestId('reader-notice')).toHaveCount(0);
  await expect(page.getByTestId('printer-notice')).toHaveCount(0);
});

test('the FAQ is in English in English mode, and an English search finds English answers', async ({ page, host }) => {
  await openKiosk(page, host.launchUrl);
  await page.getByTestId('toggle-language').click();
  await page.getByTestId('tile-faq').click();
  const list = page.getByTestId('faq-list');
  await expect(list).toContainText('What is the VssID app?');
  await expect(list).not.toContainText('Ứng dụng VssID là gì?');
  await page.getByLabel('Filter questions').fill('forgot password');
  await page.keyboard.press('Escape');
  await expect(list.locator('li')).toHaveCount(1);
  await expect(list).toContainText('I forgot my VssID password. What do I do?');
  await snap(page, 'faq-en');
  await expectAccessible(page);
  // Back in Vietnamese the same screen shows the Vietnamese corpus again.
  await page.getByTestId('toggle-language').click();
  await page.getByLabel('Lọc câu hỏi').fill('');
  await expect(list).toContainText('Ứng dụng VssID là gì?');
});

for (const viewport of [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]) {
  test(`home at ${viewport.width}×${viewport.height}: every function above the fold, VssID's names, the hotline, no staff entry`, async ({
    page,
    host,
  }) => {
    await page.setViewportSize(viewport);
    await openKiosk(page, host.launchUrl);
    const tiles = page.locator('[data-testid^="tile-"]');
    await expect(tiles).toHaveCount(12);
    for (const box of await tiles.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom))) {
      expect(box).toBeLessThanOrEqual(viewport.height);
    }
    await expect(page.getByTestId('home-hotline')).toContainText('1900 9068');
    expect((await page.getByTestId('home-hotline').boundingBox())?.y ?? Infinity).toBeLessThan(viewport.height);
    await expect(page.getByTestId('tile-faq')).toContainText('Hỗ trợ');
    await expect(page.getByTestId('tile-news')).toContainText('Tin tức');
    for (const group of ['Tra cứu', 'Thông tin của tôi', 'Tờ khai 01 và số thứ tự', 'Hỗ trợ và tin tức'])
      await expect(page.getByRole('heading', { name: group, exact: true })).toBeVisible();
    await expect(page.getByText('Tình trạng thiết bị')).toHaveCount(0);
    await expect(page.locator('[data-testid^="tile-"] svg')).toHaveCount(12);
    await expectAccessible(page);
  });
}

test('/favicon.ico is served (no 404 on every load)', async ({ page, host }) => {
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(new URL(r.url()).pathname);
  });
  await openKiosk(page, host.launchUrl);
  const icon = await page.request.get(`${host.baseUrl}/favicon.ico`);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/x-icon');
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  expect(missing).toEqual([]);
});

test('the participation table is at least 20 px text', async ({ page, host }) => {
  await openKiosk(page, host.launchUrl);
  await page.getByTestId('tile-sign-in').click();
  // Demo account Phạm Văn Tư (README "Demo accounts").
  await page.getByLabel('Mã số BHXH (10 chữ số)').fill('3806001234');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('Kiosk2026');
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('records-participation').click();
  const cell = page.getByTestId('participation-table').locator('tbody td').first();
  await expect(cell).toBeVisible();
  const px = await cell.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(px).toBeGreaterThanOrEqual(20);
});
