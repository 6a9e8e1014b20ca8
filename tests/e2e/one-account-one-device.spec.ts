/**
 * One account on one kiosk screen at a time (issue #14, the VssID rule), with two real screens: the second sign-in
 * shows a warning and the OTP step; the code signs in there, and the first screen goes home with a message.
 */
import { expect, test } from './fixtures/host';
import { waitForOtp } from './fixtures/dev-sms';
import { expectAccessible, snap } from './fixtures/screens';
import type { Page } from '@playwright/test';

test.use({ hostKey: 'one-account-one-device' });

const DUC = { insuranceNumber: '0123456789', phone: '0903123456' };
const PASSWORD = 'Kiosk2026';

async function signIn(page: Page, launchUrl: string): Promise<void> {
  await page.goto(launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByTestId('tile-sign-in').click();
  await page.getByLabel('Mã số BHXH (10 chữ số)').fill(DUC.insuranceNumber);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
}

test('a second screen signs in with the same account: warning and OTP there, the first screen goes home with a message', async ({
  page,
  browser,
  host,
}) => {
  await signIn(page, host.launchUrl);
  await expect(page.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();

  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  try {
    await signIn(second, host.launchUrl);
    await expect(second.getByTestId('signed-in-elsewhere')).toHaveText(
      'Tài khoản này đang được đăng nhập ở một máy khác. Nhập mã OTP gửi đến số điện thoại đã đăng ký để đăng nhập tại đây; máy kia sẽ được đăng xuất.',
    );
    await expect(second.getByText('Đã gửi mã OTP đến số điện thoại *******456.')).toBeVisible();
    await snap(second, 'account-signed-in-elsewhere');
    await expectAccessible(second);
    // Until the code is entered, the first screen keeps its visit.
    await page.getByTestId('records-profile').click();
    await expect(page.getByTestId('profile')).toContainText(DUC.insuranceNumber);
    await page.getByTestId('records-back').click();

    const { code } = await waitForOtp(host, DUC.phone);
    await second.getByLabel('Mã OTP (6 chữ số)').fill(code);
    await second.getByTestId('otp-verify').click();
    await expect(second.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();

    // The first screen is told at once: home, with the message, and no records left.
    await expect(page.getByTestId('home-notice')).toHaveText(
      'Tài khoản của bạn vừa được đăng nhập ở máy khác. Vui lòng đăng nhập lại nếu cần.',
    );
    await expect(page.getByTestId('sign-out')).toHaveCount(0);
    await snap(page, 'home-signed-in-elsewhere');
    await expectAccessible(page);
    // The notice goes with the next screen.
    await page.getByTestId('tile-sign-in').click();
    await expect(page.getByTestId('home-notice')).toHaveCount(0);
  } finally {
    await secondContext.close();
  }
});
