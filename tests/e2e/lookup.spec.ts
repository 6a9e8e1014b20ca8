import { expect, startKioskHost, test } from './fixtures/host';
import { expectAccessible, snap } from './fixtures/screens';
import { BHYT_DUC, CCCD_DUC, emulateScan } from './fixtures/scan';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';

test.use({ hostKey: 'lookup' });

async function openKiosk(page: Page, launchUrl: string): Promise<void> {
  await page.goto(launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

/** The date of birth is chosen (year, month, day pickers that only offer real dates), never typed. */
async function fillLookup(page: Page, name: string, d: string, m: string, y: string): Promise<void> {
  await page.getByLabel('Họ và tên *').fill(name);
  await page.keyboard.press('Escape');
  await page.getByTestId('lookup-dob-year').selectOption(String(Number(y)));
  await page.getByTestId('lookup-dob-month').selectOption(String(Number(m)));
  await page.getByTestId('lookup-dob-day').selectOption(String(Number(d)));
}

test.describe('Tra cứu mã số BHXH', () => {
  test('home screen is Vietnamese, accessible, and leads to the lookup', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    await expect(page.getByRole('heading', { name: 'Xin chào! Bạn cần làm gì hôm nay?' })).toBeVisible();
    // The token must not stay in the address bar.
    expect(page.url()).not.toContain('token=');
    await snap(page, 'home');
    await expectAccessible(page);
    await page.getByTestId('tile-lookup').click();
    await expect(page.getByRole('heading', { name: 'Tra cứu mã số BHXH' })).toBeVisible();
    await snap(page, 'lookup-form');
    await expectAccessible(page);
  });

  test('finds a person by name without diacritics (đ→d) and date of birth', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    await page.getByTestId('tile-lookup').click();
    await fillLookup(page, 'tran van duc', '02', '11', '1985');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByTestId('lookup-found')).toBeVisible();
    await expect(page.getByTestId('insurance-number')).toHaveText('0123456789');
    // Masked identity: the full name is not shown.
    await expect(page.getByTestId('lookup-match')).not.toContainText('Trần Văn Đức');
    await snap(page, 'lookup-found');
    await expectAccessible(page);
  });

  test('finds a person by the name with diacritics, typed decomposed (NFD)', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    await page.getByTestId('tile-lookup').click();
    await fillLookup(page, 'Nguyễn Thị Lan Anh'.normalize('NFD'), '14', '3', '1992');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByTestId('insurance-number')).toHaveText('0112345678');
  });

  test('narrows by province and then by a ward of that province', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    await page.getByTestId('tile-lookup').click();
    await fillLookup(page, 'Nguyễn Thị Lan Anh', '14', '3', '1992');
    // The ward picker only exists once a province is chosen.
    await expect(page.getByTestId('lookup-ward')).toHaveCount(0);
    await page.getByLabel('Tỉnh/thành phố (không bắt buộc)').selectOption('01');
    await page.getByLabel('Xã/phường (không bắt buộc)').selectOption({ label: 'Phường Ba Đình' });
    await expect(page.getByTestId('lookup-ward')).toHaveValue('00004');
    await snap(page, 'lookup-ward');
    await expectAccessible(page);
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByTestId('lookup-found')).toBeVisible();
    await expect(page.getByTestId('insurance-number')).toHaveText('0112345678');
  });

  test('explains when nobody matches, and keeps what was typed', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    await page.getByTestId('tile-lookup').click();
    await fillLookup(page, 'Người Không Tồn Tại', '01', '01', '1950');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByTestId('lookup-none')).toContainText('Không tìm thấy');
    await snap(page, 'lookup-none');
    await expectAccessible(page);
    await page.getByTestId('lookup-again').click();
    await expect(page.getByLabel('Họ và tên *')).toHaveValue('Người Không Tồn Tại');
    await expect(page.getByTestId('lookup-dob-year')).toHaveValue('1950');
  });

  // A month and year without a day is a valid partial birth date since partial dates are accepted (docs/domain/partial-dates.md):
  // what is still refused at once is a date with no year.
  test('offers no impossible date, and rejects one without a year with a clear message, without calling the host', async ({
    page,
    host,
  }) => {
    await openKiosk(page, host.launchUrl);
    await page.getByTestId('tile-lookup').click();
    await page.getByLabel('Họ và tên *').fill('Nguyễn Văn An');
    await page.keyboard.press('Escape');
    await page.getByTestId('lookup-dob-year').selectOption('1990');
    await page.getByTestId('lookup-dob-month').selectOption('2');
    await expect(page.getByTestId('lookup-dob-day').locator('option')).toHaveText([
      'Chọn',
      ...Array.from({ length: 28 }, (_, i) => String(i + 1)),
    ]);
    await page.getByTestId('lookup-dob-year').selectOption('');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByRole('alert')).toContainText('Hãy chọn ít nhất năm sinh');
    await expect(page.getByLabel('Họ và tên *')).toHaveValue('Nguyễn Văn An');
    await snap(page, 'lookup-invalid-date');
  });

  test('switches to English and back without losing the screen', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    await page.getByTestId('tile-lookup').click();
    await page.getByTestId('toggle-language').click();
    await expect(page.getByRole('heading', { name: 'Find a social-insurance number' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('toggle-language').click();
    await expect(page.getByRole('heading', { name: 'Tra cứu mã số BHXH' })).toBeVisible();
  });

  test('a scanned CCCD finds the person directly, from the home scan panel (masked like the portal)', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    await emulateScan(page.request, host, CCCD_DUC);
    await expect(page.getByTestId('scan-panel')).toContainText('Trần Văn Đức');
    await snap(page, 'home-scan-cccd');
    await expectAccessible(page);
    await page.getByTestId('scan-lookup').click();
    await expect(page.getByRole('heading', { name: 'Tra cứu mã số BHXH' })).toBeVisible();
    await expect(page.getByTestId('insurance-number')).toHaveText('0123456789');
    await expect(page.getByTestId('lookup-match')).not.toContainText('Trần Văn Đức');
    await expect(page.getByTestId('lookup-match')).toContainText('1985');
    await snap(page, 'lookup-scanned-found');
    await expectAccessible(page);
    // "Tra cứu lại" starts from the card's name and date of birth.
    await page.getByTestId('lookup-again').click();
    await expect(page.getByLabel('Họ và tên *')).toHaveValue('Trần Văn Đức');
  });

  test('the lookup screen explains a BHYT card or no card when asked to search by the scanned CCCD', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    await page.getByTestId('tile-lookup').click();
    await page.getByTestId('lookup-scanned-card').click();
    await expect(page.getByTestId('lookup-error')).toHaveText(
      'Chưa quét thẻ CCCD (hoặc đã quá 3 phút). Vui lòng đặt thẻ CCCD vào đầu đọc rồi thử lại.',
    );
    await emulateScan(page.request, host, BHYT_DUC);
    await expect(page.getByTestId('scanned-card-status')).toHaveText('Thẻ vừa đọc là thẻ BHYT, không phải thẻ CCCD.');
    await page.getByTestId('lookup-scanned-card').click();
    await expect(page.getByTestId('lookup-error')).toHaveText('Đây là thẻ BHYT, không phải thẻ CCCD. Vui lòng quét mã QR trên thẻ CCCD.');
    await snap(page, 'lookup-scanned-wrong-card');
    await expectAccessible(page);
  });

  test('looking one person up again and again is refused with a Vietnamese wait message, on every screen (issue #14)', async ({
    browser,
  }) => {
    // Its own host at the real budgets: the spec's shared host has them 20 times wider.
    const limited = await startKioskHost({ env: { KIOSK_RATE_LIMIT_SCALE: '1' } });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await openKiosk(page, limited.launchUrl);
      await page.getByTestId('tile-lookup').click();
      // Six answers for one person (a citizen checking, a relative helping) …
      for (let i = 0; i < 6; i++) {
        await fillLookup(page, 'Trần Văn Đức', '02', '11', '1985');
        await page.getByTestId('lookup-submit').click();
        await expect(page.getByTestId('insurance-number')).toHaveText('0123456789');
        await page.getByTestId('lookup-again').click();
      }
      // … then that person's budget waits 10 minutes for its next answer.
      await fillLookup(page, 'Trần Văn Đức', '02', '11', '1985');
      await page.getByTestId('lookup-submit').click();
      await expect(page.getByTestId('lookup-error')).toHaveText(/^Bạn đã thử quá nhiều lần\. Vui lòng đợi (9|10) phút rồi thử lại\.$/);
      await snap(page, 'lookup-rate-limited');
      await expectAccessible(page);
      // Another screen (a new tab, a reconnect) gets the same refusal: the limit is the station's and the person's.
      const other = await context.newPage();
      await openKiosk(other, limited.launchUrl);
      await other.getByTestId('tile-lookup').click();
      await fillLookup(other, 'Trần Văn Đức', '02', '11', '1985');
      await other.getByTestId('lookup-submit').click();
      await expect(other.getByTestId('lookup-error')).toHaveText(/^Bạn đã thử quá nhiều lần\. Vui lòng đợi (9|10) phút rồi thử lại\.$/);
      await context.close();
    } finally {
      await limited.stop();
    }
  });

  test('two namesakes born the same day: neither full mã số is shown until the search names one person', async ({ page, host }) => {
    // Two fictional people the demo data does not hold, written into the host's database as an import would.
    const db = new Database(join(host.dataDir, 'kiosk.sqlite'));
    try {
      const insert = db.prepare(
        "INSERT OR IGNORE INTO persons (id, insurance_number, id_number, full_name, name_key, date_of_birth, gender, province_code) VALUES (?, ?, ?, 'Đỗ Văn Khải', 'do van khai', '1958-06-15', 'male', '01')",
      );
      insert.run(990_001, '0150123456', '001058000111');
      insert.run(990_002, '0150987654', '001058000222');
    } finally {
      db.close();
    }
    await openKiosk(page, host.launchUrl);
    await page.getByTestId('tile-lookup').click();
    await fillLookup(page, 'do van khai', '15', '06', '1958');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByTestId('lookup-ambiguous')).toBeVisible();
    await expect(page.getByTestId('insurance-number')).toHaveText(['*******456', '*******654']);
    await expect(page.getByTestId('lookup-ambiguous')).toContainText('mã số BHXH chỉ hiện 3 số cuối');
    await expect(page.locator('body')).not.toContainText('0150123456');
    await snap(page, 'lookup-ambiguous-masked');
    await page.setViewportSize({ width: 1080, height: 1920 });
    await snap(page, 'lookup-ambiguous-masked-portrait');
    await expectAccessible(page);
  });
});
