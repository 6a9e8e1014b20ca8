/**
 * Issue #17: a wrong OTP or a wrong current password during "Đổi mật khẩu" used to throw the citizen back to an empty
 * sign-in screen (the host's 'unauthorized' was read as "session expired"). Now the citizen stays signed in, is told
 * which field was wrong and how many tries are left, and only that field is emptied for the retry.
 */
import type { Page } from '@playwright/test';
import { waitForOtp } from './fixtures/dev-sms';
import { expect, test } from './fixtures/host';
import { expectAccessible, snap } from './fixtures/screens';

test.use({ hostKey: 'account-change-password' });

// Demo account (README "Demo accounts"): Nguyễn Thị Lan Anh, password Kiosk2026.
const LAN_ANH = { insuranceNumber: '0112345678', phone: '0912345678', password: 'Kiosk2026' };
const NEW_PASSWORD = 'LanAnh2027';

async function fillNewPasswords(page: Page): Promise<void> {
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
}

test('a wrong OTP, then a wrong current password: still signed in, a clear message, the retry succeeds', async ({ page, host }) => {
  await page.goto(host.launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByTestId('tile-sign-in').click();
  await page.getByLabel('Mã số BHXH (10 chữ số)').fill(LAN_ANH.insuranceNumber);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(LAN_ANH.password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();
  await page.getByTestId('records-changePassword').click();

  await page.getByLabel('Mật khẩu hiện tại').fill(LAN_ANH.password);
  await fillNewPasswords(page);
  await page.getByTestId('change-request-otp').click();
  await expect(page.getByText('Đã gửi mã OTP đến số điện thoại *******678.')).toBeVisible();
  const { code } = await waitForOtp(host, LAN_ANH.phone);
  const otp = page.getByLabel('Mã OTP (6 chữ số)');

  // 1. A wrong OTP.
  await otp.fill(code === '000000' ? '111111' : '000000');
  await page.keyboard.press('Escape');
  await page.getByTestId('change-submit').click();
  await expect(page.getByTestId('account-error')).toHaveText('Mã OTP không đúng. Bạn còn 4 lần thử.');
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  await expect(page.getByTestId('sign-out')).toBeVisible();
  await expect(otp).toHaveValue('');
  await expect(page.getByLabel('Mật khẩu hiện tại')).toHaveValue(LAN_ANH.password);
  await expect(page.getByLabel('Mật khẩu mới', { exact: true })).toHaveValue(NEW_PASSWORD);
  await snap(page, 'account-change-password-wrong-otp');
  await expectAccessible(page);

  // 2. The right OTP but a wrong current password.
  await page.getByLabel('Mật khẩu hiện tại').fill('SaiMatKhau9');
  await otp.fill(code);
  await page.keyboard.press('Escape');
  await page.getByTestId('change-submit').click();
  await expect(page.getByTestId('account-error')).toHaveText(
    'Mật khẩu hiện tại không đúng. Bạn còn 4 lần thử. Mật khẩu mới và mã OTP bạn đã nhập vẫn được giữ.',
  );
  await expect(page.getByTestId('sign-out')).toBeVisible();
  await expect(page.getByLabel('Mật khẩu hiện tại')).toHaveValue('');
  await expect(otp).toHaveValue(code);
  await snap(page, 'account-change-password-wrong-current');
  await expectAccessible(page);

  // 3. The retry with the right current password changes it.
  await page.getByLabel('Mật khẩu hiện tại').fill(LAN_ANH.password);
  await page.keyboard.press('Escape');
  await page.getByTestId('change-submit').click();
  await expect(page.getByTestId('change-done')).toBeVisible();
});
