/**
 * Form 01 at the kiosk, end to end on a real host: registrations imported with the admin CLI into the host's data
 * folder, codes and cards presented to the emulated reader, tickets read back from the emulated printer, the OTP from
 * the development SMS sink.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { waitForOtp } from './fixtures/dev-sms';
import { BHYT_DUC, CCCD_DUC, emulateScan } from './fixtures/scan';
import { printedReceipts } from './fixtures/printed-receipts';
import {
  cccdPayloadOf,
  checkByScan,
  importPortalRegistrations,
  openRegistrationCheck,
  readHostDb,
  registrationCodeOf,
} from './fixtures/registrations';
import type { PortalPerson } from './fixtures/registrations';
import { expectAccessible, snap } from './fixtures/screens';
import { generateRegistrationCode } from '../../main/domain/codes/registration-code';

test.use({ hostKey: 'registration-kiosk' });

const PEOPLE = {
  match: { externalId: 'E2E-MATCH', idNumber: '001090011111', fullName: 'Hoàng Văn Bình', dob: '1990-05-20', gender: 'male' },
  diacritics: { externalId: 'E2E-DIAC', idNumber: '001191022222', fullName: 'Đỗ Thi Hương', dob: '1991-07-08', gender: 'female' },
  mismatch: { externalId: 'E2E-MISMATCH', idNumber: '001192033333', fullName: 'Vũ Minh Châu', dob: '1992-01-15', gender: 'female' },
  expired: { externalId: 'E2E-EXPIRED', idNumber: '001093044444', fullName: 'Ngô Quang Hải', dob: '1993-03-03', gender: 'male' },
  paper: { externalId: 'E2E-PAPER', idNumber: '001194055555', fullName: 'Bùi Thu Trang', dob: '1994-09-30', gender: 'female' },
} as const satisfies Record<string, PortalPerson>;

/** The issued ticket of a registration; fails unless it is exactly the expected number. */
function issuedTicket(host: KioskHost, code: string, number: number): { checkRef: string } {
  const row = readHostDb(
    host,
    (db) =>
      db
        .prepare(
          "SELECT t.number, t.check_ref AS checkRef FROM queue_tickets t JOIN registrations r ON r.id = t.registration_id WHERE r.code = ? AND t.state = 'issued'",
        )
        .get(code) as { number: number; checkRef: string } | undefined,
  );
  expect(row?.number).toBe(number);
  return { checkRef: row?.checkRef ?? '' };
}

async function printerState(request: APIRequestContext, host: KioskHost, body: object): Promise<void> {
  const r = await request.post(`${host.baseUrl}/emulator/printer/state`, {
    headers: { authorization: `Bearer ${host.token}` },
    data: body,
  });
  expect(r.status(), await r.text()).toBeLessThan(300);
}

test.describe.configure({ mode: 'serial' });

test.describe('Tờ khai 01 tại kiosk', () => {
  test.beforeAll(({ host }) => {
    importPortalRegistrations(host, [
      PEOPLE.match,
      PEOPLE.diacritics,
      PEOPLE.mismatch,
      // Filed 11 days ago: past the 10-day deadline the kiosk must refuse it as expired.
      { ...PEOPLE.expired, createdAt: new Date(Date.now() - 11 * 24 * 3_600_000).toISOString() },
      PEOPLE.paper,
    ]);
  });

  test('match: outcome, then the ticket number only after the printer printed it', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    await snap(page, 'reg-check-code');
    await expectAccessible(page);
    const code = registrationCodeOf(host, PEOPLE.match);
    await emulateScan(request, host, code);
    await expect(page.getByTestId('reg-code-read')).toContainText(code);
    await snap(page, 'reg-check-card');
    await expectAccessible(page);
    // A BHYT card where the CCCD is expected gets its own message and the screen keeps waiting for the CCCD.
    await emulateScan(request, host, BHYT_DUC);
    await expect(page.getByTestId('reg-notice')).toHaveText(/thẻ BHYT.*căn cước công dân/);
    await emulateScan(request, host, cccdPayloadOf(PEOPLE.match));
    await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'match');
    await expect(page.getByTestId('reg-outcome')).toHaveText('Thông tin trên tờ khai khớp với CCCD.');
    for (const f of ['idNumber', 'fullName', 'dateOfBirth', 'gender'])
      await expect(page.getByTestId(`reg-field-${f}`)).toHaveAttribute('data-result', 'match');
    await expect(page.getByTestId('reg-field-address')).toHaveAttribute('data-result', 'info');
    await expect(page.getByTestId('ticket-number')).toHaveCount(0);
    await snap(page, 'reg-check-outcome-match');
    await expectAccessible(page);

    const before = (await printedReceipts(request, host)).length;
    await page.getByTestId('reg-print-ticket').click();
    await expect(page.getByTestId('ticket-number')).toHaveText('A001');
    const printed = await printedReceipts(request, host);
    expect(printed.length).toBe(before + 1);
    // Text is printed as raster images; the QR (printed as a code) carries the check reference of this ticket.
    expect(printed.at(-1)?.text ?? '').toContain(`[QR] ${issuedTicket(host, code, 1).checkRef}`);
    await snap(page, 'reg-check-ticket');
    await expectAccessible(page);
    const state = readHostDb(host, (db) => db.prepare('SELECT state FROM registrations WHERE code = ?').get(code) as { state: string });
    expect(state.state).toBe('checked-at-kiosk');
  });

  test('already checked: its own message', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    await checkByScan(page, request, host, registrationCodeOf(host, PEOPLE.match), cccdPayloadOf(PEOPLE.match));
    await expect(page.getByTestId('reg-error')).toHaveText(/đã được đối chiếu và đã có số thứ tự/);
  });

  test('diacritics only: a warning for the officer, never a silent match', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    await checkByScan(
      page,
      request,
      host,
      registrationCodeOf(host, PEOPLE.diacritics),
      cccdPayloadOf(PEOPLE.diacritics, { fullName: 'Đỗ Thị Hương' }),
    );
    await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'needs-officer');
    await expect(page.getByTestId('reg-field-fullName')).toHaveAttribute('data-result', 'diacritics-only');
    await expect(page.getByTestId('reg-field-fullName')).toContainText('Khác dấu');
    await snap(page, 'reg-check-outcome-diacritics');
    await expectAccessible(page);
  });

  test('mismatch: the differing field is named', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    await checkByScan(
      page,
      request,
      host,
      registrationCodeOf(host, PEOPLE.mismatch),
      cccdPayloadOf(PEOPLE.mismatch, { dob: '1992-01-16' }),
    );
    await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'mismatch');
    await expect(page.getByTestId('reg-field-dateOfBirth')).toHaveAttribute('data-result', 'mismatch');
    await expect(page.getByTestId('reg-field-dateOfBirth')).toContainText('15/01/1992');
    await expect(page.getByTestId('reg-field-dateOfBirth')).toContainText('16/01/1992');
    await expect(page.getByTestId('reg-field-fullName')).toHaveAttribute('data-result', 'match');
    await snap(page, 'reg-check-outcome-mismatch');
    await expectAccessible(page);
  });

  test('expired: filed more than 10 days ago', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    await checkByScan(page, request, host, registrationCodeOf(host, PEOPLE.expired), cccdPayloadOf(PEOPLE.expired));
    await expect(page.getByTestId('reg-error')).toHaveText(/đã hết hạn/);
    await snap(page, 'reg-check-expired');
    await expectAccessible(page);
  });

  test('unknown code, typed on the code field', async ({ page, host, request }) => {
    await openRegistrationCheck(page, host);
    const unknown = generateRegistrationCode((n) => new Uint8Array(n).fill(7));
    await page.getByLabel('Mã hồ sơ (ví dụ F01-7K3M9QXZ-4)').fill(unknown.toLowerCase());
    await page.getByTestId('reg-code-next').click();
    await expect(page.getByTestId('reg-code-read')).toContainText(unknown);
    await emulateScan(request, host, cccdPayloadOf(PEOPLE.match));
    await expect(page.getByTestId('reg-error')).toHaveText(/Không tìm thấy tờ khai có mã này/);
    await snap(page, 'reg-check-unknown');
    await expectAccessible(page);
    await page.getByTestId('toggle-language').click();
    await expect(page.getByTestId('reg-error')).toHaveText(/No form has this code/);
    await snap(page, 'reg-check-unknown-en');
    await expectAccessible(page);
  });

  test('paper out: no ticket button, the citizen is told where to go; after refilling, the button is back and prints', async ({
    page,
    host,
    request,
  }) => {
    await openRegistrationCheck(page, host);
    const code = registrationCodeOf(host, PEOPLE.paper);
    await checkByScan(page, request, host, code, cccdPayloadOf(PEOPLE.paper));
    await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'match');
    const before = (await printedReceipts(request, host)).length;
    await printerState(request, host, { paper: 'out' });
    try {
      await expect(page.getByTestId('printer-notice')).toHaveText(
        'Máy in hết giấy — chưa in được phiếu số thứ tự. Mời bạn đến quầy tiếp nhận hồ sơ, cán bộ sẽ hỗ trợ. Nút in phiếu sẽ hiện lại khi máy in sẵn sàng.',
      );
      await expect(page.getByTestId('reg-print-ticket')).toHaveCount(0);
      await expect(page.getByTestId('ticket-number')).toHaveCount(0);
      await snap(page, 'reg-check-paper-out');
      await expectAccessible(page);
    } finally {
      await printerState(request, host, { paper: 'ok' });
    }
    await expect(page.getByTestId('printer-notice')).toHaveCount(0);
    const state = readHostDb(host, (db) => db.prepare('SELECT state FROM registrations WHERE code = ?').get(code) as { state: string });
    expect(state.state).toBe('submitted');
    await page.getByTestId('reg-print-ticket').click();
    await expect(page.getByTestId('ticket-number')).toHaveText('A002');
    const printed = await printedReceipts(request, host);
    expect(printed.length).toBe(before + 1);
    expect(printed.at(-1)?.text ?? '').toContain(`[QR] ${issuedTicket(host, code, 2).checkRef}`);
  });

  test('self-registration from the CCCD and BHYT card, confirmed by OTP, with Form 01 PDF', async ({ page, host, request }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await page.getByTestId('tile-reg-self').click();
    await expect(page.getByTestId('reg-self')).toHaveAttribute('data-phase', 'scan');
    await snap(page, 'reg-self-scan');
    await expectAccessible(page);
    await emulateScan(request, host, CCCD_DUC);
    // Đức already has a VssID account: he is told so, with his mã số, before any new form (issue #17).
    await expect(page.getByTestId('reg-self')).toHaveAttribute('data-phase', 'existing');
    await expect(page.getByTestId('reg-existing-warning')).toHaveText(
      'Bạn đã có tài khoản VssID với mã số BHXH 0123456789. Bạn không cần khai tờ khai 01 mới.',
    );
    await snap(page, 'reg-self-existing-account');
    await expectAccessible(page);
    await page.getByTestId('reg-existing-continue').click();
    await expect(page.getByTestId('reg-prefill-name')).toHaveText('Trần Văn Đức');
    // The form shows the mã số the office knows, not "Chưa có".
    await expect(page.getByTestId('reg-prefill-insurance')).toHaveText('0123456789');
    await emulateScan(request, host, BHYT_DUC);
    await expect(page.getByTestId('reg-prefill-insurance')).toHaveText('0123456789');

    // The form refuses a wrong phone number before anything is sent.
    await page.getByLabel('Số điện thoại di động *').fill('0123');
    await page.getByTestId('reg-send-otp').click();
    await expect(page.getByText('Số điện thoại gồm 10 chữ số')).toBeVisible();

    const phone = '0987654321';
    await page.getByLabel('Số điện thoại di động *').fill(phone);
    await page.getByLabel('Email (không bắt buộc)').fill('duc@example.com');
    await page.keyboard.press('Escape'); // the form's screenshot below shows the whole form, without the keyboard
    await page.getByLabel('Tỉnh/thành phố *').selectOption('79');
    await expect(page.locator('#reg-wardCode option')).not.toHaveCount(1);
    await page.locator('#reg-wardCode').selectOption({ index: 1 });
    await expect(page.locator('#reg-officeCode option')).not.toHaveCount(1);
    await page.locator('#reg-officeCode').selectOption({ index: 1 });
    await snap(page, 'reg-self-form');
    await expectAccessible(page);
    await page.getByTestId('reg-send-otp').click();
    await expect(page.getByTestId('reg-otp-sent')).toContainText('*******321');
    const { code } = await waitForOtp(host, phone);
    await snap(page, 'reg-self-otp');
    await expectAccessible(page);
    const wrong = code === '000000' ? '111111' : '000000';
    await page.getByLabel('Mã OTP (6 chữ số)').fill(wrong);
    await page.getByTestId('reg-confirm').click();
    await expect(page.getByTestId('reg-error')).toHaveText(/Mã OTP không đúng/);
    await page.getByLabel('Mã OTP (6 chữ số)').fill(code);
    const before = (await printedReceipts(request, host)).length;
    await page.getByTestId('reg-confirm').click();
    await expect(page.getByTestId('reg-self-code')).toHaveText(/^F01-[0-9A-Z]{8}-[0-9A-Z]$/);
    const regCode = (await page.getByTestId('reg-self-code').textContent()) ?? '';
    const row = readHostDb(
      host,
      (db) =>
        db.prepare('SELECT source, state, insurance_number, full_name, phone FROM registrations WHERE code = ?').get(regCode) as {
          source: string;
          state: string;
          insurance_number: string;
          full_name: string;
          phone: string;
        },
    );
    expect(row).toEqual({ source: 'kiosk', state: 'submitted', insurance_number: '0123456789', full_name: 'Trần Văn Đức', phone });
    await expect.poll(async () => (await printedReceipts(request, host)).length).toBe(before + 1);
    expect((await printedReceipts(request, host)).at(-1)?.text ?? '').toContain(`[QR] ${regCode}`);
    // This kiosk has no form printer: no print button, the counter prints it (the same story as the slip).
    await expect(page.getByTestId('form01-print')).toHaveCount(0);
    await expect(page.getByTestId('form01-at-counter')).toHaveText(
      'Bạn chưa có tờ khai bản giấy? Không cần in: cán bộ tại quầy sẽ in tờ khai 01 để bạn ký khi nộp hồ sơ.',
    );
    await expect(page.getByTestId('reg-pdf')).toHaveText('Xem tờ khai 01 (PDF)');
    await page.getByTestId('reg-pdf').click();
    // Shown in the page only (pdf.js), one canvas per page of the form; nothing on the screen downloads it.
    await expect(page.getByTestId('reg-pdf-frame')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('reg-pdf-frame-page').first()).toBeVisible();
    await expect(page.locator('a[download], a[href^="blob:"]')).toHaveCount(0);
    await snap(page, 'reg-self-done');
    await expectAccessible(page);
  });
});
