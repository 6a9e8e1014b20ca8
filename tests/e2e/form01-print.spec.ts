/**
 * Form 01 on the office's A4 document printer (issue #5: "printable at the kiosk for citizens who did not print it at
 * home"). A host with `--document-printer` and a fake `lp` on its PATH (it keeps each job's arguments and PDF):
 * a citizen checks their form against their CCCD and prints it, before and after taking the queue ticket; a jammed
 * printer has its own message; a mismatch offers no print; the officer prints it from the registration detail.
 * The spec's own host has no document printer: the citizen is told the officer will print it at the counter.
 */
import type { Page } from '@playwright/test';
import { installFakeLp } from './fixtures/fake-lp';
import type { FakeLp } from './fixtures/fake-lp';
import { expect, startCounterHost, startKioskHost, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import {
  cccdPayloadOf,
  checkByScan,
  createOfficerAccount,
  fileSelfRegistration,
  importPortalRegistrations,
  openRegistrationCheck,
  readHostDb,
  registrationCodeOf,
} from './fixtures/registrations';
import type { PortalPerson } from './fixtures/registrations';
import { CCCD_DUC } from './fixtures/scan';
import { expectAccessible, snap } from './fixtures/screens';

test.use({ hostKey: 'form01-print' });
test.describe.configure({ mode: 'serial' });

const QUEUE = 'VAN_PHONG_A4';
const OFFICER = { username: 'hoa.canbo', name: 'Phạm Thị Hoa', password: 'quay1-Canbo-2026' };
const PEOPLE = {
  binh: { externalId: 'F01P-BINH', idNumber: '001090061111', fullName: 'Hoàng Văn Bình', dob: '1990-05-20', gender: 'male' },
  chau: { externalId: 'F01P-CHAU', idNumber: '001192063333', fullName: 'Vũ Minh Châu', dob: '1992-01-15', gender: 'female' },
  huong: { externalId: 'F01P-HUONG', idNumber: '001191062222', fullName: 'Đỗ Thị Hương', dob: '1991-07-08', gender: 'female' },
} as const satisfies Record<string, PortalPerson>;

let lpHost: KioskHost;
/** Counter 1 beside lpHost (its data folder, the same document printer): the officer's side. */
let lpCounter: KioskHost;
let lp: FakeLp;

test.beforeAll(async () => {
  lp = installFakeLp(QUEUE, 'kiosk-form01-lp-');
  lpHost = await startKioskHost({ env: lp.env, args: ['--document-printer', QUEUE] });
  lpCounter = await startCounterHost(lpHost, { env: lp.env, args: ['--document-printer', QUEUE] });
  importPortalRegistrations(lpHost, [PEOPLE.binh, PEOPLE.chau]);
  createOfficerAccount(lpHost, OFFICER);
});

test.afterAll(async () => {
  await lpCounter.stop();
  await lpHost.stop();
  lp.remove();
});

const formPrints = (host: KioskHost) =>
  readHostDb(host, (db) =>
    db
      .prepare("SELECT actor, subject_ref AS subjectRef, details FROM audit_log WHERE action = 'registration.form-printed' ORDER BY seq")
      .all(),
  ) as { actor: string; subjectRef: string; details: string }[];

async function check(page: Page, name: string): Promise<void> {
  await snap(page, name);
  await expectAccessible(page);
}

test('a citizen whose CCCD matches the form prints Form 01 on the A4 printer, before and after the ticket', async ({ page, request }) => {
  const code = registrationCodeOf(lpHost, PEOPLE.binh);
  await openRegistrationCheck(page, lpHost);
  await checkByScan(page, request, lpHost, code, cccdPayloadOf(PEOPLE.binh));
  await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'match');
  await expect(page.getByTestId('form01-print-panel')).toContainText('Bạn chưa có tờ khai bản giấy?');
  await expect(page.getByTestId('form01-print')).toHaveText('In tờ khai 01');
  await check(page, 'form01-print-outcome');

  await page.getByTestId('form01-print').click();
  await expect(page.getByTestId('form01-print-outcome')).toHaveText(
    `Đã in tờ khai 01 (mã hồ sơ ${code}). Mời bạn nhận tờ khai tại máy in, ký tên và nộp tại quầy cùng CCCD.`,
  );
  expect(lp.jobs()).toEqual(['job-1.pdf']);
  expect(lp.jobArgs(1).slice(0, 6)).toEqual(['-d', QUEUE, '-o', 'media=A4', '-t', 'bhxh-document']);
  const job1 = await lp.jobText(1);
  expect(job1).toContain('HOÀNG VĂN BÌNH');
  expect(job1).toContain(code);
  expect(job1).toContain(PEOPLE.binh.idNumber);
  await check(page, 'form01-printed');

  // A jammed printer: its own message, nothing spooled, nothing audited.
  lp.jam(true);
  await page.getByTestId('form01-print').click();
  await expect(page.getByTestId('form01-print-error')).toHaveText(
    'Máy in tờ khai đang gặp sự cố nên chưa in được. Vui lòng thử lại, hoặc cán bộ tại quầy sẽ in tờ khai giúp bạn.',
  );
  await expect(page.getByTestId('form01-print-error')).toHaveAttribute('data-reason', 'document-printer-failed');
  lp.jam(false);
  expect(lp.jobs()).toHaveLength(1);
  await check(page, 'form01-print-jammed');

  // After the queue ticket the citizen may still print the form (a second copy).
  await page.getByTestId('reg-print-ticket').click();
  await expect(page.getByTestId('ticket-number')).toBeVisible();
  await page.getByTestId('form01-print').click();
  await expect(page.getByTestId('form01-print-outcome')).toHaveAttribute('data-copy', '2');
  expect(lp.jobs()).toEqual(['job-1.pdf', 'job-2.pdf']);
  expect(await lp.jobText(2)).toContain(code);
  await check(page, 'form01-print-ticket');

  // Audited with the registration reference and the copy, never the name, ID number or code.
  const entries = formPrints(lpHost);
  expect(entries.map((e) => [e.actor, JSON.parse(e.details) as unknown])).toEqual([
    ['kiosk', { copy: 1, source: 'kiosk-checked', destination: `cups:${QUEUE}` }],
    ['kiosk', { copy: 2, source: 'kiosk-checked', destination: `cups:${QUEUE}` }],
  ]);
  expect(entries[0]?.subjectRef).toMatch(/^registration:\d+$/);
  const audit = JSON.stringify(entries);
  for (const personal of [PEOPLE.binh.fullName, PEOPLE.binh.idNumber, code]) expect(audit).not.toContain(personal);
});

test('a CCCD that does not match the form offers no print', async ({ page, request }) => {
  const code = registrationCodeOf(lpHost, PEOPLE.chau);
  await openRegistrationCheck(page, lpHost);
  await checkByScan(page, request, lpHost, code, cccdPayloadOf(PEOPLE.chau, { idNumber: '001192069999' }));
  await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'mismatch');
  await expect(page.getByTestId('form01-print')).toHaveCount(0);
});

test('the officer prints Form 01 from the registration detail; the print is audited with the officer', async ({ page }) => {
  await page.goto(lpCounter.launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByLabel('Tên đăng nhập').fill(OFFICER.username);
  await page.getByLabel('Mật khẩu').fill(OFFICER.password);
  await page.getByTestId('officer-sign-in-submit').click();
  await expect(page.getByRole('heading', { name: 'Hàng chờ tiếp nhận tờ khai' })).toBeVisible();
  await page.getByTestId('officer-call-next').click();
  await expect(page.getByTestId('officer-detail')).toBeVisible();
  const code = registrationCodeOf(lpHost, PEOPLE.binh);
  await expect(page.getByTestId('officer-detail')).toContainText(code);
  await expect(page.getByTestId('officer-form01-print')).toContainText('Tờ khai bản giấy');
  await check(page, 'officer-form01-print');

  await page.getByTestId('officer-form01-print-button').click();
  await expect(page.getByTestId('officer-form01-outcome')).toHaveText(
    `Đã in tờ khai 01 mã hồ sơ ${code} (bản in thứ 3) ra máy in cups:${QUEUE}.`,
  );
  expect(lp.jobs()).toHaveLength(3);
  expect(lp.jobArgs(3).slice(0, 4)).toEqual(['-d', QUEUE, '-o', 'media=A4']);
  const job3 = await lp.jobText(3);
  expect(job3).toContain('HOÀNG VĂN BÌNH');
  expect(job3).toContain(code);
  const last = formPrints(lpHost).at(-1);
  expect(last?.actor).toMatch(/^officer:\d+$/);
  expect(JSON.parse(last?.details ?? '{}')).toEqual({ copy: 3, source: 'counter', destination: `cups:${QUEUE}` });
  await check(page, 'officer-form01-printed');
});

test('a citizen who filed Form 01 at the kiosk prints it from the done screen', async ({ page, request }) => {
  const code = await fileSelfRegistration(page, request, lpHost, CCCD_DUC, '0987650001');
  const before = lp.jobs().length;
  await expect(page.getByTestId('form01-print')).toHaveText('In tờ khai 01');
  await page.getByTestId('form01-print').click();
  await expect(page.getByTestId('form01-print-outcome')).toContainText(`mã hồ sơ ${code}`);
  expect(lp.jobs()).toHaveLength(before + 1);
  const job = await lp.jobText(before + 1);
  expect(job).toContain('TRẦN VĂN ĐỨC');
  expect(job).toContain(code);
  expect(JSON.parse(formPrints(lpHost).at(-1)?.details ?? '{}')).toMatchObject({ copy: 1, source: 'kiosk-filed' });
  await check(page, 'form01-print-self-done');
});

test('without a document printer no print button is offered: the citizen is told the officer prints the form', async ({
  page,
  host,
  request,
}) => {
  importPortalRegistrations(host, [PEOPLE.huong]);
  const code = registrationCodeOf(host, PEOPLE.huong);
  await openRegistrationCheck(page, host);
  await checkByScan(page, request, host, code, cccdPayloadOf(PEOPLE.huong));
  await expect(page.getByTestId('reg-outcome')).toHaveAttribute('data-overall', 'match');
  const atCounter = 'Bạn chưa có tờ khai bản giấy? Không cần in: cán bộ tại quầy sẽ in tờ khai 01 để bạn ký khi nộp hồ sơ.';
  await expect(page.getByTestId('form01-at-counter')).toHaveText(atCounter);
  await expect(page.getByTestId('form01-print')).toHaveCount(0);
  await check(page, 'form01-print-no-printer');
  // The ticket screen and its slip tell the same story: bring the CCCD, the form is signed at the counter.
  await page.getByTestId('reg-print-ticket').click();
  await expect(page.getByTestId('ticket-number')).toBeVisible();
  await expect(page.getByText('Hãy mang theo CCCD và tờ khai 01 nếu đã in; chưa có bản giấy thì cán bộ in giúp để bạn ký.')).toBeVisible();
  await expect(page.getByTestId('form01-at-counter')).toHaveText(atCounter);
  // The slip's text is rasterised for the thermal printer: the queued job says what was drawn.
  const slip = readHostDb(
    host,
    (db) => (db.prepare('SELECT payload FROM print_jobs ORDER BY id DESC LIMIT 1').get() as { payload: string }).payload,
  );
  expect(slip).toContain('Mang CCCD và tờ khai 01 nếu đã in; chưa có bản giấy, cán bộ in giúp để bạn ký.');
  expect(slip).not.toContain('tờ khai đã ký');
  expect(formPrints(host)).toEqual([]);
});
