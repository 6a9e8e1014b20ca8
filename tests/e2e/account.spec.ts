import { expect, startKioskHost, test } from './fixtures/host';
import { waitForOtp } from './fixtures/dev-sms';
import { expectAccessible, snap } from './fixtures/screens';
import { BHYT_DUC, CCCD_LAN_ANH, CCCD_TU, emulateScan } from './fixtures/scan';
import type { Page } from '@playwright/test';

test.use({ hostKey: 'account' });

// Demo accounts (README "Demo accounts"): password Kiosk2026; Lê Minh Khôi must change it at first sign-in.
const PASSWORD = 'Kiosk2026';
const LAN_ANH = { insuranceNumber: '0112345678', phone: '0912345678' };
const DUC = { insuranceNumber: '0123456789' };
const TU = { idNumber: '038060001234', phone: '0977060123' };
const KHOI = { insuranceNumber: '3602150777' };

async function openSignIn(page: Page, launchUrl: string): Promise<void> {
  await page.goto(launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByTestId('tile-sign-in').click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
}

async function signIn(page: Page, insuranceNumber: string, password: string): Promise<void> {
  await page.getByLabel('Mã số BHXH (10 chữ số)').fill(insuranceNumber);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByTestId('sign-in-submit').click();
}

async function check(page: Page, name: string): Promise<void> {
  await snap(page, name);
  await expectAccessible(page);
}

test.describe('Đăng nhập và thông tin cá nhân', () => {
  test('a demo citizen signs in, reads every record, changes the password with an OTP and signs out', async ({ page, host }) => {
    await openSignIn(page, host.launchUrl);
    await check(page, 'account-sign-in');
    await signIn(page, LAN_ANH.insuranceNumber, PASSWORD);
    await expect(page.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();
    await expect(page.getByTestId('sign-out')).toBeVisible();
    await check(page, 'records-menu');

    await page.getByTestId('records-profile').click();
    await expect(page.getByTestId('profile')).toContainText('Nguyễn Thị Lan Anh');
    await expect(page.getByTestId('profile')).toContainText('14/03/1992');
    await check(page, 'records-profile');
    await page.getByTestId('records-back').click();

    await page.getByTestId('records-card').click();
    const card = page.getByTestId('bhyt-card');
    await expect(card).toHaveAttribute('data-side', 'front');
    await expect(card.locator('[data-field="fullName"]')).toHaveText('Họ và tên: NGUYỄN THỊ LAN ANH');
    await expect(card.locator('[data-field="validity"]')).toContainText('Từ ngày 01/01/2025');
    expect(await card.locator('svg rect').count()).toBeGreaterThan(100); // the QR modules
    await expect(page.getByTestId('card-explain')).toContainText('đủ 5 năm liên tục');
    await check(page, 'records-card-front');
    await page.getByTestId('card-rotate').click();
    await expect(page.getByTestId('bhyt-card')).toHaveAttribute('data-side', 'back');
    await expect(page.getByTestId('bhyt-card')).toContainText('NHỮNG ĐIỀU CẦN LƯU Ý');
    await check(page, 'records-card-back');
    await page.getByTestId('records-back').click();

    await page.getByTestId('records-participation').click();
    await expect(page.getByTestId('participation-totals')).toContainText('Bảo hiểm xã hội');
    await page.getByTestId('filter-scheme').selectOption('bhxh');
    await page.getByTestId('filter-year').selectOption('2024');
    await expect(page.getByTestId('participation-totals')).toHaveText('Bảo hiểm xã hội: 12 tháng');
    await expect(page.getByTestId('participation-table').locator('tbody tr')).toHaveCount(1);
    await check(page, 'records-participation');
    await page.getByTestId('records-back').click();

    await page.getByTestId('records-benefits').click();
    await expect(page.getByTestId('benefits-table')).toContainText('Thai sản');
    await expect(page.getByTestId('benefits-table')).toContainText('62.400.000 ₫');
    await check(page, 'records-benefits');
    await page.getByTestId('records-back').click();

    await page.getByTestId('records-visits').click();
    await page.getByTestId('visits-year').selectOption('2024');
    await expect(page.getByTestId('visits-table').locator('tbody tr')).toHaveCount(1);
    await expect(page.getByTestId('visits-table')).toContainText('650.000 ₫');
    await check(page, 'records-visits');
    await page.getByTestId('records-back').click();

    await page.getByTestId('records-changePassword').click();
    await page.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('LanAnh2027');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('LanAnh2027');
    await page.getByTestId('change-request-otp').click();
    await expect(page.getByText('Đã gửi mã OTP đến số điện thoại *******678.')).toBeVisible();
    const { code } = await waitForOtp(host, LAN_ANH.phone);
    await page.getByLabel('Mã OTP (6 chữ số)').fill(code);
    await page.keyboard.press('Escape'); // close the on-screen keyboard: the screenshot shows the whole form
    await check(page, 'account-change-password');
    await page.getByTestId('change-submit').click();
    await expect(page.getByTestId('change-done')).toBeVisible();
    await check(page, 'account-change-password-done');

    await page.getByTestId('sign-out').click();
    await expect(page.getByRole('heading', { name: 'Xin chào! Bạn cần làm gì hôm nay?' })).toBeVisible();
    await expect(page.getByTestId('sign-out')).toHaveCount(0);
    // The new password works, the old one no longer does.
    await page.getByTestId('tile-sign-in').click();
    await signIn(page, LAN_ANH.insuranceNumber, PASSWORD);
    await expect(page.getByTestId('account-error')).toContainText('Bạn còn 4 lần thử');
    await signIn(page, LAN_ANH.insuranceNumber, 'LanAnh2027');
    await expect(page.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();
  });

  test('wrong passwords count down, then lock the account', async ({ page, host }) => {
    await openSignIn(page, host.launchUrl);
    await signIn(page, DUC.insuranceNumber, 'SaiMatKhau1');
    await expect(page.getByTestId('account-error')).toHaveText('Mã số BHXH hoặc mật khẩu không đúng. Bạn còn 4 lần thử.');
    await check(page, 'account-wrong-password');
    // The tapped button still looks like the main action (issue #17: it turned grey after an error and looked disabled).
    const look = await page.getByTestId('sign-in-submit').evaluate((b) => {
      const st = getComputedStyle(b);
      return {
        disabled: (b as HTMLButtonElement).disabled,
        opacity: st.opacity,
        background: st.backgroundColor,
        tap: st.getPropertyValue('-webkit-tap-highlight-color'),
      };
    });
    expect(look).toEqual({ disabled: false, opacity: '1', background: 'rgb(0, 90, 156)', tap: 'rgba(0, 0, 0, 0)' });
    for (const left of [3, 2, 1]) {
      await signIn(page, DUC.insuranceNumber, 'SaiMatKhau1');
      await expect(page.getByTestId('account-error')).toContainText(`Bạn còn ${left} lần thử`);
    }
    await signIn(page, DUC.insuranceNumber, 'SaiMatKhau1');
    // Locks at the 5th wrong password, and says so (not "quá 5 lần"); the way out is on the same screen.
    await expect(page.getByTestId('account-error')).toHaveText(
      'Tài khoản tạm khóa vì đã nhập sai 5 lần. Vui lòng thử lại sau 15 phút, hoặc đăng nhập bằng CCCD và mã OTP.',
    );
    await expect(page.getByTestId('forgot-password')).toContainText('Quên mật khẩu?');
    await expect(page.getByTestId('forgot-password')).toContainText('1900 9068');
    // Even the right password waits now.
    await signIn(page, DUC.insuranceNumber, PASSWORD);
    await expect(page.getByTestId('account-error')).toContainText('Vui lòng thử lại sau 15 phút');
    await check(page, 'account-locked-out');
  });

  test('CCCD + OTP: a wrong code says how many tries are left, the right one signs in', async ({ page, host }) => {
    await openSignIn(page, host.launchUrl);
    await page.getByRole('tab', { name: 'Quét CCCD + mã OTP' }).click();
    await expect(page.getByTestId('card-scan-status')).toHaveText('Chưa đọc thẻ CCCD nào. Đưa thẻ vào đầu đọc.');
    await check(page, 'account-card-tab');
    // Nothing scanned: the host refuses (the screen has no ID number to send).
    await page.getByTestId('card-send-otp').click();
    await expect(page.getByTestId('account-error')).toHaveText(
      'Chưa quét thẻ CCCD (hoặc đã quá 3 phút). Vui lòng đặt thẻ CCCD vào đầu đọc rồi thử lại.',
    );
    await check(page, 'account-card-no-scan');
    await emulateScan(page.request, host, CCCD_TU);
    await expect(page.getByTestId('card-scan-status')).toHaveText('Đã đọc thẻ CCCD của Phạm Văn Tư.');
    await page.getByTestId('card-send-otp').click();
    await expect(page.getByText('Đã gửi mã OTP đến số điện thoại *******123.')).toBeVisible();
    const { code } = await waitForOtp(host, TU.phone);
    await page.getByLabel('Mã OTP (6 chữ số)').fill(code === '000000' ? '111111' : '000000');
    await page.getByTestId('otp-verify').click();
    await expect(page.getByTestId('account-error')).toHaveText('Mã OTP không đúng. Bạn còn 4 lần thử.');
    await check(page, 'account-wrong-otp');
    await page.getByTestId('otp-resend').click();
    await expect(page.getByTestId('account-error')).toContainText('Vui lòng đợi');
    await page.getByLabel('Mã OTP (6 chữ số)').fill(code);
    await page.getByTestId('otp-verify').click();
    await expect(page.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();
    await page.getByTestId('sign-out').click();
    await expect(page.getByTestId('sign-out')).toHaveCount(0);
  });

  test('CCCD sign-in with a BHYT card scanned says it is the wrong card', async ({ page, host }) => {
    await openSignIn(page, host.launchUrl);
    await page.getByRole('tab', { name: 'Quét CCCD + mã OTP' }).click();
    await emulateScan(page.request, host, BHYT_DUC);
    await expect(page.getByTestId('card-scan-status')).toHaveText('Thẻ vừa đọc là thẻ BHYT, không phải thẻ CCCD.');
    await page.getByTestId('card-send-otp').click();
    await expect(page.getByTestId('account-error')).toHaveText('Đây là thẻ BHYT, không phải thẻ CCCD. Vui lòng quét mã QR trên thẻ CCCD.');
    await check(page, 'account-card-wrong-type');
  });

  test('CCCD sign-in says when the card reader is unplugged, and recovers when it is back', async ({ page, host }) => {
    const readerConnected = async (connected: boolean): Promise<void> => {
      const r = await page.request.post(`${host.baseUrl}/emulator/reader/state`, {
        headers: { authorization: `Bearer ${host.token}` },
        data: { connected },
      });
      expect(r.status(), await r.text()).toBeLessThan(300);
    };
    await openSignIn(page, host.launchUrl);
    await page.getByRole('tab', { name: 'Quét CCCD + mã OTP' }).click();
    await expect(page.getByTestId('card-scan-status')).toHaveText('Chưa đọc thẻ CCCD nào. Đưa thẻ vào đầu đọc.');
    try {
      await readerConnected(false);
      await expect(page.getByTestId('card-scan-status')).toHaveText(
        'Đầu đọc thẻ đang không hoạt động. Vui lòng đăng nhập bằng mật khẩu hoặc nhờ cán bộ hỗ trợ.',
      );
      await check(page, 'account-card-reader-absent');
    } finally {
      // The host is shared by this file's tests: never leave the reader unplugged.
      await readerConnected(true);
    }
    await expect(page.getByTestId('card-scan-status')).toHaveText('Chưa đọc thẻ CCCD nào. Đưa thẻ vào đầu đọc.');
  });

  test('"In bảng quá trình tham gia" prints a receipt and shows the PDF', async ({ page, host }) => {
    const auth = { authorization: `Bearer ${host.token}` };
    const count = async () =>
      ((await (await page.request.get(`${host.baseUrl}/emulator/printer/receipts`, { headers: auth })).json()) as unknown[]).length;
    const before = await count();
    await openSignIn(page, host.launchUrl);
    // Phạm Văn Tư: the other tests change Lan Anh's password and lock Đức.
    await signIn(page, '3806001234', PASSWORD);
    await page.getByTestId('records-participation').click();
    await page.getByTestId('participation-print').click();
    await expect(page.getByTestId('participation-print-status')).toContainText('Đã gửi lệnh in');
    await expect.poll(count).toBe(before + 1);
    await page.getByTestId('participation-pdf').click();
    // The A4 statement drawn in the page (pdf.js): at least one page canvas, named for screen readers.
    await expect(page.getByTestId('participation-pdf-frame')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('participation-pdf-frame-page').first()).toHaveAccessibleName(
      /^Bảng quá trình tham gia \(PDF\), trang 1\//,
    );
    await check(page, 'records-participation-print');
    await page.getByTestId('sign-out').click();
  });

  test('the first-login demo account must change its password before any record', async ({ page, host }) => {
    await openSignIn(page, host.launchUrl);
    await signIn(page, KHOI.insuranceNumber, PASSWORD);
    await expect(page.getByRole('heading', { name: 'Đổi mật khẩu trước khi tiếp tục' })).toBeVisible();
    await check(page, 'account-forced-change');
    await page.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan1');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('ngan1');
    await page.getByTestId('forced-change-submit').click();
    await expect(page.getByTestId('account-error')).toHaveText('Mật khẩu mới quá ngắn (cần ít nhất 8 ký tự).');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('MinhKhoi2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('MinhKhoi2026');
    await page.getByTestId('forced-change-submit').click();
    await expect(page.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();
    await page.getByTestId('records-profile').click();
    await expect(page.getByTestId('profile')).toContainText('Lê Minh Khôi');
  });
});

test.describe('Mã OTP hết hạn', () => {
  test('an expired code is explained (host started with a 1 ms OTP lifetime)', async ({ page }) => {
    const host = await startKioskHost({ env: { KIOSK_OTP_TTL_MS: '1' } });
    try {
      await openSignIn(page, host.launchUrl);
      await page.getByRole('tab', { name: 'Quét CCCD + mã OTP' }).click();
      await emulateScan(page.request, host, CCCD_LAN_ANH);
      await expect(page.getByTestId('card-scan-status')).toContainText('Nguyễn Thị Lan Anh');
      await page.getByTestId('card-send-otp').click();
      const { code } = await waitForOtp(host, LAN_ANH.phone);
      await page.getByLabel('Mã OTP (6 chữ số)').fill(code);
      await page.getByTestId('otp-verify').click();
      await expect(page.getByTestId('account-error')).toHaveText('Mã OTP đã hết hạn. Vui lòng bấm “Gửi lại mã” để nhận mã mới.');
      await check(page, 'account-otp-expired');
    } finally {
      await host.stop();
    }
  });
});
