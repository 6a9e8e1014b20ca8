/**
 * Log privacy (issue #8): drive the main flows through the screen and over a second WebSocket client — lookups that
 * hit and miss, CCCD and BHYT scans, password and CCCD + OTP sign-ins, every records screen, FAQ questions and
 * feedback carrying a phone and an e-mail, a test print — then search the host's whole log (its stderr) for every
 * personal string those flows involved. The strings come from the demo persons and the QR fixtures in tests/fixtures.
 * Run once at the default level (info) and once at debug.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { parseAppConfig } from '../../main/config/app-config';
import { DEMO_PASSWORD } from '../../main/data/demo-accounts';
import { DEMO_PERSONS } from '../../main/data/demo-persons';
import { waitForOtp } from './fixtures/dev-sms';
import { expect, startKioskHost, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { findPersonal, personalStrings, scanFixtures, type PersonalString } from './fixtures/personal-strings';
import { closeMaintenance, openMaintenance } from './fixtures/maintenance';
import { snap } from './fixtures/screens';
import { connectWsClient } from './fixtures/ws-client';

test.use({ hostKey: 'log-privacy' });

const person = (insuranceNumber: string) => {
  const p = DEMO_PERSONS.find((d) => d.insuranceNumber === insuranceNumber);
  if (!p) throw new Error(`no demo person ${insuranceNumber}`);
  return p;
};
const LAN_ANH = person('0112345678');
const DUC = person('0123456789');
const KHOI = person('3602150777');
const TU = person('3806001234');
const WRONG_PASSWORD = 'SaiMatKhau1';
const CCCD = scanFixtures('cccd-qr.txt');
const BHYT = scanFixtures('bhyt-qr.txt');

/** Presents a code to the emulated reader; retried while the device process is being restarted (503). */
async function scan(request: APIRequestContext, host: KioskHost, payload: string): Promise<void> {
  await expect
    .poll(async () => {
      const r = await request.post(`${host.baseUrl}/emulator/reader/scan`, {
        headers: { authorization: `Bearer ${host.token}`, 'content-type': 'text/plain; charset=utf-8' },
        data: payload,
      });
      return r.status();
    })
    .toBeLessThan(300);
}

/** Types into a field, then closes the on-screen keyboard so it does not cover the next button. */
async function type(page: Page, field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await page.keyboard.press('Escape');
}

async function openKiosk(page: Page, host: KioskHost): Promise<void> {
  await page.goto(host.launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

/** Back to the home screen the way a citizen does (the header button, shown away from home, ends the flow). */
async function home(page: Page): Promise<void> {
  const goHome = page.getByTestId('go-home');
  if (await goHome.isVisible()) await goHome.click();
  await expect(page.getByTestId('tile-lookup')).toBeVisible();
}

async function lookupOnScreen(page: Page, name: string, dob: string, expected: 'found' | 'none'): Promise<void> {
  const [y = '', m = '', d = ''] = dob.split('-');
  await home(page);
  await page.getByTestId('tile-lookup').click();
  await type(page, page.getByLabel('Họ và tên *'), name);
  await page.getByTestId('lookup-dob-year').selectOption(String(Number(y)));
  await page.getByTestId('lookup-dob-month').selectOption(String(Number(m)));
  await page.getByTestId('lookup-dob-day').selectOption(String(Number(d)));
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId(expected === 'found' ? 'lookup-found' : 'lookup-none')).toBeVisible();
}

/** The screen flows; returns the free texts typed, which must not reach the log either. */
async function screenFlows(page: Page, host: KioskHost, request: APIRequestContext): Promise<string[]> {
  // Every CCCD and BHYT fixture through the emulated reader, shown on the home screen.
  await openKiosk(page, host);
  for (const f of [...CCCD, ...BHYT]) {
    await scan(request, host, f.payload);
    await expect(page.getByTestId('scan-panel'), f.label).toBeVisible();
  }
  await expect(page.getByTestId('scan-kind')).toHaveText('Thẻ BHYT');
  await page.getByTestId('scan-close').click();

  // Lookups: a hit without diacritics, a hit typed decomposed (NFD) in upper case, and a miss.
  await lookupOnScreen(page, 'tran van duc', DUC.dateOfBirth, 'found');
  await lookupOnScreen(page, LAN_ANH.fullName.normalize('NFD').toUpperCase(), LAN_ANH.dateOfBirth, 'found');
  await lookupOnScreen(page, 'Người Không Tồn Tại', '1950-01-01', 'none');

  // Password sign-in (one wrong try first) and every records screen.
  await home(page);
  await page.getByTestId('tile-sign-in').click();
  const signIn = async (password: string): Promise<void> => {
    await type(page, page.getByLabel('Mã số BHXH (10 chữ số)'), LAN_ANH.insuranceNumber);
    await type(page, page.getByLabel('Mật khẩu', { exact: true }), password);
    await page.getByTestId('sign-in-submit').click();
  };
  await signIn(WRONG_PASSWORD);
  await expect(page.getByTestId('account-error')).toContainText('Bạn còn 4 lần thử');
  await signIn(DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();
  for (const [screen, content] of [
    ['profile', 'profile'],
    ['card', 'bhyt-card'],
    ['participation', 'participation-table'],
    ['benefits', 'benefits-table'],
    ['visits', 'visits-table'],
  ] as const) {
    await page.getByTestId(`records-${screen}`).click();
    await expect(page.getByTestId(content)).toBeVisible();
    await page.getByTestId('records-back').click();
  }
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-out')).toHaveCount(0);

  // Public FAQ search and a question that carries personal data.
  const question = `Tôi là ${LAN_ANH.fullName}, CCCD ${LAN_ANH.idNumber}, email ${LAN_ANH.email ?? ''}: quên mật khẩu VssID thì làm sao?`;
  await home(page);
  await page.getByTestId('tile-faq').click();
  await type(page, page.getByLabel('Lọc câu hỏi'), 'mat khau');
  await expect(page.getByTestId('faq-list')).toContainText('Quên mật khẩu VssID');
  await type(page, page.getByLabel('Câu hỏi của bạn'), question);
  await page.getByTestId('ask-submit').click();
  await expect(page.getByTestId('ask-answer').or(page.getByTestId('ask-unknown'))).toBeVisible();

  // Feedback with a phone to reply to, and an e-mail and name inside the message.
  const feedback = `Tôi là ${DUC.fullName} (${DUC.email ?? ''}), thẻ BHYT in sai địa chỉ ${DUC.address}.`;
  await home(page);
  await page.getByTestId('tile-feedback').click();
  await page.getByLabel('Chủ đề *').selectOption({ label: 'Thái độ phục vụ' });
  await type(page, page.getByLabel('Nội dung *'), feedback);
  await type(page, page.getByLabel('Số điện thoại di động để nhận phản hồi (không bắt buộc)'), DUC.phone);
  await page.getByTestId('feedback-submit').click();
  await expect(page.getByTestId('feedback-sent')).toBeVisible();

  // A test print.
  await home(page);
  await openMaintenance(page);
  await page.getByTestId('test-print').click();
  await expect(page.getByTestId('print-job-state')).toContainText('Đã in');
  await snap(page, 'log-privacy-after-print');
  await closeMaintenance(page);
  return [question, feedback];
}

/** The same kinds of calls straight over the WebSocket, including invalid inputs full of personal data. */
async function wireFlows(host: KioskHost, request: APIRequestContext): Promise<string[]> {
  const ws = await connectWsClient(host);
  try {
    const lookup = (fullName: string, dateOfBirth: string, idNumber?: string) =>
      ws.call('lookup:insuranceNumber', { fullName, dateOfBirth, ...(idNumber ? { idNumber } : {}) });
    expect(await lookup(KHOI.fullName, KHOI.dateOfBirth)).toMatchObject({ ok: true, value: { status: 'found' } });
    expect(await lookup(KHOI.fullName.toUpperCase(), '2001-01-01')).toMatchObject({ ok: true, value: { status: 'none' } });
    // Invalid inputs: the failure is logged by code, never with the input.
    expect(await lookup(TU.fullName, '31/02/1960', TU.idNumber)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await ws.call('lookup:insuranceNumber', { fullName: TU.fullName, phone: TU.phone, email: 'tu@example.com' })).toMatchObject({
      ok: false,
    });

    // Password sign-in over the wire: wrong, then right, then the records.
    expect(await ws.call('account:signIn', { insuranceNumber: DUC.insuranceNumber, password: WRONG_PASSWORD })).toMatchObject({
      ok: false,
    });
    expect(await ws.call('account:signIn', { insuranceNumber: DUC.insuranceNumber, password: DEMO_PASSWORD })).toMatchObject({ ok: true });
    for (const channel of ['records:profile', 'records:card', 'records:benefits']) {
      expect(await ws.call(channel, {}), channel).toMatchObject({ ok: true });
    }
    expect(await ws.call('records:visits', {})).toMatchObject({ ok: true });
    expect(await ws.call('account:signOut', {})).toMatchObject({ ok: true });

    // CCCD + OTP: the card is scanned on the kiosk's reader, then a wrong code and the right one.
    const tuCard = CCCD.find((f) => f.payload.startsWith(TU.idNumber));
    if (!tuCard) throw new Error('no CCCD fixture for Phạm Văn Tư');
    // The reader serves one screen (issue #14): once the kiosk page has left, this client takes it.
    await expect.poll(async () => (await ws.call('devices:claim', {})).ok).toBe(true);
    await scan(request, host, tuCard.payload);
    await expect.poll(async () => (await ws.call('lookup:scannedCard', {})).ok).toBe(true);
    expect(await ws.call('lookup:scannedCard', {})).toMatchObject({ ok: true, value: { status: 'found' } });
    expect(await ws.call('account:signInWithCard', {})).toMatchObject({ ok: true });
    const { code } = await waitForOtp(host, TU.phone);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await ws.call('account:verifyOtp', { code: wrong })).toMatchObject({ ok: false });
    expect(await ws.call('account:verifyOtp', { code })).toMatchObject({ ok: true });
    expect(await ws.call('records:profile', {})).toMatchObject({ ok: true });
    expect(await ws.call('account:signOut', {})).toMatchObject({ ok: true });
    return [code, wrong];
  } finally {
    await ws.close();
  }
}

async function runAndCheck(page: Page, request: APIRequestContext, host: KioskHost): Promise<string> {
  const typed = await screenFlows(page, host, request);
  // The kiosk page leaves, so the wire client below may hold the station's reader.
  await page.goto('about:blank');
  const codes = await wireFlows(host, request);
  const secrets: PersonalString[] = [
    ...personalStrings(),
    { what: 'password', value: DEMO_PASSWORD },
    { what: 'wrong password', value: WRONG_PASSWORD },
    ...codes.map((value) => ({ what: 'OTP code', value })),
    ...typed.map((value) => ({ what: 'free text', value })),
    { what: 'launch token', value: host.token },
  ];
  // The matcher finds every one of these strings when a log line does carry it (so an empty result means something).
  for (const secret of secrets)
    expect(findPersonal(JSON.stringify({ event: 'x', field: secret.value }), [secret]), secret.what).toHaveLength(1);
  const log = host.logs();
  expect(findPersonal(log, secrets)).toEqual([]);
  return log;
}

/** The flows really reached the host: their outcome lines are in the log (so "nothing found" means something). */
function expectFlowEvents(log: string): void {
  for (const event of [
    'lookup.insurance-number',
    'devices.scanned',
    'visit.signed-in',
    'otp.issued',
    'otp.verified',
    'support.ask',
    'support.feedback',
    'print.printed',
    'dispatch.failure',
  ]) {
    expect(log, event).toContain(`"event":"${event}"`);
  }
}

test.describe('Nhật ký không chứa dữ liệu cá nhân', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ actionTimeout: 15_000 });

  test('at the default log level (info), no name, number, phone, e-mail or raw scan reaches the log', async ({ page, request }) => {
    test.setTimeout(180_000);
    // The default really is info, and nothing in this environment overrides it.
    const defaults = parseAppConfig([], {});
    expect(defaults.ok && defaults.config.logLevel).toBe('info');
    expect(process.env.KIOSK_LOG_LEVEL).toBeUndefined();
    expect(process.env.KIOSK_LOG_PII).toBeUndefined();
    const host = await startKioskHost();
    try {
      const log = await runAndCheck(page, request, host);
      expectFlowEvents(log);
      expect(log).not.toContain('"level":"debug"');
    } finally {
      await test.info().attach('host-log', { body: host.logs(), contentType: 'text/plain' });
      await host.stop();
    }
  });

  test('at debug level too', async ({ page, request }) => {
    test.setTimeout(180_000);
    const host = await startKioskHost({ env: { KIOSK_LOG_LEVEL: 'debug' } });
    try {
      const log = await runAndCheck(page, request, host);
      expectFlowEvents(log);
      expect(log).toContain('"level":"debug"');
    } finally {
      await test.info().attach('host-log', { body: host.logs(), contentType: 'text/plain' });
      await host.stop();
    }
  });
});
