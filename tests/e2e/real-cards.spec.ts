/**
 * Issue #16 "real cards, real forms", end to end on a real host with the emulated reader: forms that carry the old
 * CMND or a passport number, birth dates known only by year (or month and year), in the lookup and the kiosk check.
 */
import { expect, test } from './fixtures/host';
import { emulateScan } from './fixtures/scan';
import { checkByScan, importPortalRegistrations, openRegistrationCheck, registrationCodeOf } from './fixtures/registrations';
import type { PortalPerson } from './fixtures/registrations';
import { expectAccessible, snap } from './fixtures/screens';

test.use({ hostKey: 'real-cards' });
test.describe.configure({ mode: 'serial' });

/** Fictional people; the CCCD numbers agree with their birth years and genders. */
const PEOPLE = {
  cmnd: { externalId: 'RC-CMND', idNumber: '031456789', fullName: 'Lương Thị Nhàn', dob: '1956-04-09', gender: 'female' },
  yearOnly: { externalId: 'RC-YEAR', idNumber: '001048012345', fullName: 'Đinh Văn Quý', dob: '1948', gender: 'male' },
  passport: { externalId: 'RC-PASS', idNumber: 'C7654321', fullName: 'Mai Anh Thư', dob: '1995-12-01', gender: 'female' },
  /** His card's number was built with 1958 for a 1985 birth: a genuine card the law lets him have re-established. */
  discrepant: { externalId: 'RC-DISC', idNumber: '001058006677', fullName: 'Tạ Văn Hiển', dob: '1985-10-12', gender: 'male' },
  /** Filed 11 days ago and never came. */
  lapsed: {
    externalId: 'RC-LAPSED',
    idNumber: '001093044455',
    fullName: 'Ngô Quang Huy',
    dob: '1993-03-03',
    gender: 'male',
    createdAt: new Date(Date.now() - 11 * 24 * 3_600_000).toISOString(),
  },
} as const satisfies Record<string, PortalPerson>;

/** CCCD QR of Lương Thị Nhàn: the old CMND in the second field, as most cards of people who had one. */
const CCCD_NHAN = '001156003344|031456789|Lương Thị Nhàn|09041956|Nữ|Xóm 2, Thôn Đoài, Kim Sơn, Gia Lâm, Hà Nội|15032021';
/** Đinh Văn Quý's card records only his birth year. */
const CCCD_QUY = '001048012345||Đinh Văn Quý|1948|Nam|Thôn Thượng, Xã Thanh Lâm, Huyện Mê Linh, Hà Nội|20042021';
const CCCD_HIEN = '001058006677||Tạ Văn Hiển|12101985|Nam|Số 4 Ngõ 8, Phường Khương Mai, Quận Thanh Xuân, Hà Nội|11112021';
const CCCD_HUY = '001093044455||Ngô Quang Huy|03031993|Nam|Thôn Hạ, Xã Cổ Loa, Huyện Đông Anh, Hà Nội|09092021';
const CCCD_LOC = '052080001199||Võ Văn Lộc|02021980|Nam|Xóm 1, Thôn Phước Bình, Xã Phước Sơn, Huyện Tuy Phước, Tỉnh Bình Định|14052021';
const CCCD_SPLIT = '001182005566||Phí Thị Hoa|17081982|Nữ|Số 5 ngõ 2 Trần Thái Tông, Phường Dịch Vọng, Quận Cầu Giấy, Hà Nội|03032021';
const CCCD_THU = '001195007788||Mai Anh Thư|01121995|Nữ|Số 5 Ngõ 3 Phố Huế, Phường Phố Huế, Quận Hai Bà Trưng, Hà Nội|02022022';

test.describe('Số CMND cũ, hộ chiếu và năm sinh không đầy đủ', () => {
  test.beforeAll(({ host }) => {
    importPortalRegistrations(host, [PEOPLE.cmnd, PEOPLE.yearOnly, PEOPLE.passport, PEOPLE.discrepant, PEOPLE.lapsed]);
  });

  test('a form with the old CMND matches the card’s old-ID field and says so', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    await checkByScan(page, request, host, registrationCodeOf(host, PEOPLE.cmnd), CCCD_NHAN);
    await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'match');
    await expect(page.getByTestId('reg-field-idNumber')).toHaveAttribute('data-result', 'match-old-id');
    await expect(page.getByTestId('reg-field-idNumber')).toContainText('Khớp số CMND cũ ghi trên thẻ');
    await snap(page, 'reg-check-cmnd');
    await expectAccessible(page);
  });

  test('a form with a birth year only is compared on the year', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    await checkByScan(page, request, host, registrationCodeOf(host, PEOPLE.yearOnly), CCCD_QUY);
    await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'match');
    await expect(page.getByTestId('reg-field-dateOfBirth')).toHaveAttribute('data-result', 'match');
    await expect(page.getByTestId('reg-field-dateOfBirth')).toContainText('1948');
  });

  test('a passport number goes to the officer, not to a dead end', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    await checkByScan(page, request, host, registrationCodeOf(host, PEOPLE.passport), CCCD_THU);
    await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'needs-officer');
    await expect(page.getByTestId('reg-field-idNumber')).toHaveAttribute('data-result', 'unverifiable');
    await expect(page.getByTestId('reg-print-ticket')).toBeVisible();
  });

  test('a genuine card whose number disagrees with its birth year is accepted, flagged and routed to the officer', async ({
    page,
    host,
    request,
  }) => {
    await openRegistrationCheck(page, host);
    await checkByScan(page, request, host, registrationCodeOf(host, PEOPLE.discrepant), CCCD_HIEN);
    await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'needs-officer');
    const row = page.getByTestId('reg-field-cardNumber');
    await expect(row).toHaveAttribute('data-result', 'discrepant');
    await expect(row).toContainText('1958');
    await expect(row).toContainText('1985');
    await expect(row).toContainText('cán bộ sẽ xác minh');
    await expect(page.getByTestId('reg-print-ticket')).toBeVisible();
    await snap(page, 'reg-check-discrepant-card');
    await expectAccessible(page);
  });

  test('an expired form says so and how to file again', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    await checkByScan(page, request, host, registrationCodeOf(host, PEOPLE.lapsed), CCCD_HUY);
    await expect(page.getByTestId('reg-error')).toContainText('đã hết hạn');
    await expect(page.getByTestId('reg-error')).toContainText('Đăng ký tài khoản (tờ khai 01)');
  });

  test('self-registration: the whole street part, and province and ward from a pre-2025 card address', async ({ page, host, request }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await page.getByTestId('tile-reg-self').click();
    await emulateScan(request, host, CCCD_LOC);
    await expect(page.getByTestId('reg-self')).toHaveAttribute('data-phase', 'form');
    await expect(page.getByTestId('reg-street')).toHaveValue('Xóm 1, Thôn Phước Bình');
    // Tỉnh Bình Định merged into Gia Lai (52); Xã Phước Sơn became Xã Tuy Phước Đông.
    await expect(page.locator('#reg-provinceCode')).toHaveValue('52');
    await expect(page.locator('#reg-wardCode option:checked')).toHaveText('Xã Tuy Phước Đông');
    await expect(page.getByTestId('reg-address-prefilled')).toContainText('điền sẵn theo CCCD');
    await snap(page, 'reg-self-address-prefilled');
    await expectAccessible(page);
  });

  test('self-registration: a split old ward offers only the wards it became', async ({ page, host, request }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await page.getByTestId('tile-reg-self').click();
    await emulateScan(request, host, CCCD_SPLIT);
    await expect(page.getByTestId('reg-self')).toHaveAttribute('data-phase', 'form');
    await expect(page.getByTestId('reg-ward-split')).toContainText('đã được chia');
    await expect(page.locator('#reg-provinceCode')).toHaveValue('01');
    // A placeholder and the candidates only, not the 126 wards of Hà Nội.
    const options = await page.locator('#reg-wardCode option').count();
    expect(options).toBeGreaterThan(2);
    expect(options).toBeLessThan(6);
    await snap(page, 'reg-self-ward-split');
  });

  test('lookup by the birth year alone, with the hint on the screen', async ({ page, host }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await page.getByTestId('tile-lookup').click();
    await expect(page.getByTestId('lookup-dob-hint')).toContainText('chỉ ghi năm sinh');
    await page.getByLabel('Họ và tên *').fill('Nguyễn Thị Lan Anh');
    await page.keyboard.press('Escape');
    await page.getByTestId('lookup-dob-year').selectOption('1992');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByTestId('insurance-number')).toHaveText('0112345678');
    await snap(page, 'lookup-year-only');
  });

  test('a day without its month is refused with a message that says what to do', async ({ page, host }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await page.getByTestId('tile-lookup').click();
    await page.getByLabel('Họ và tên *').fill('Nguyễn Thị Lan Anh');
    await page.keyboard.press('Escape');
    await page.getByTestId('lookup-dob-year').selectOption('1992');
    await page.getByTestId('lookup-dob-day').selectOption('14');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByRole('alert')).toContainText('chọn cả tháng');
  });
});
