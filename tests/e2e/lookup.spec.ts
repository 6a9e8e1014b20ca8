import { expect, test } from './fixtures/host';
import { expectAccessible, snap } from './fixtures/screens';
import type { Page } from '@playwright/test';

async function openKiosk(page: Page, launchUrl: string): Promise<void> {
  await page.goto(launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

async function fillLookup(page: Page, name: string, d: string, m: string, y: string): Promise<void> {
  await page.getByLabel('Họ và tên *').fill(name);
  await page.locator('input[name="dobDay"]').fill(d);
  await page.locator('input[name="dobMonth"]').fill(m);
  await page.locator('input[name="dobYear"]').fill(y);
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
    await expect(page.locator('input[name="dobYear"]')).toHaveValue('1950');
  });

  test('rejects an impossible date of birth with a clear message, without calling the host', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    await page.getByTestId('tile-lookup').click();
    await fillLookup(page, 'Nguyễn Văn An', '31', '02', '1990');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByRole('alert')).toContainText('Ngày sinh không hợp lệ');
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
});
