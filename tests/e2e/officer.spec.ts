/**
 * The counter officer console end to end, as an office runs it: a kiosk station and a counter station (two host child
 * processes on one data folder) with SMTP pointed at a real SMTP server on loopback, an officer created with the admin
 * CLI, registrations imported with the admin CLI and checked at the "kiosk" over the kiosk host's own channels
 * (emulated CCCD scan → registration:check → registration:printTicket), then the officer works the queue in Chromium
 * on the counter host. The citizen finally signs in at the kiosk with the initial password
 * from the SMS and must change it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import { expect, startCounterHost, startKioskHost, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { devSmsMessages } from './fixtures/dev-sms';
import { openOfficerConsole } from './fixtures/officer-console';
import { expectAccessible, SCREENSHOT_DIR, snap } from './fixtures/screens';
import { startSmtpSink } from '../support/smtp-sink-test-kit';
import type { SmtpSink } from '../support/smtp-sink-test-kit';

test.use({ hostKey: 'officer' });

const OFFICER = { username: 'lan.canbo', name: 'Nguyễn Thị Lan', password: 'quay1-Canbo-2026' };
const MAIL_FROM = '"BHXH Kiosk" <kiosk@bhxh.example.vn>';

interface Citizen {
  readonly insuranceNumber: string;
  readonly idNumber: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly gender: 'male' | 'female';
  readonly phone: string;
  readonly email: string;
  code: string;
}

function admin(dataDir: string, args: readonly string[], input = ''): string {
  const r = spawnSync('npm', ['run', '--silent', 'admin', '--', ...args, '--data-dir', dataDir], { input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`admin ${args[0] ?? ''} failed (${String(r.status)}): ${r.stderr}`);
  return r.stdout;
}

const readDb = <T>(host: KioskHost, fn: (db: Database.Database) => T): T => {
  const db = new Database(join(host.dataDir, 'kiosk.sqlite'), { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
};

const stripMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** The CCCD front QR of a person (docs/domain/cccd-qr.md). */
function cccdPayload(c: Citizen): string {
  const [y, m, d] = c.dateOfBirth.split('-');
  return `${c.idNumber}||${c.fullName}|${d ?? ''}${m ?? ''}${y ?? ''}|${c.gender === 'male' ? 'Nam' : 'Nữ'}|Số 1 Phố Huế, Hà Nội|10082022`;
}

/** A client of the host's WebSocket (the wire format of the page), used as "the kiosk" that checks a form. */
async function kioskClient(host: KioskHost) {
  const ws = new WebSocket(`${host.baseUrl.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent(host.token)}`, { origin: host.baseUrl });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const replies = new Map<number, (r: { ok: boolean; value?: unknown; error?: { code: string } }) => void>();
  const scanned: ((payload: unknown) => void)[] = [];
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: { ok: boolean }; event?: string; payload?: unknown };
    if (typeof msg.id === 'number' && msg.result) replies.get(msg.id)?.(msg.result);
    else if (msg.event === 'devices:scanned') scanned.shift()?.(msg.payload);
  });
  const call = (channel: string, input: unknown) =>
    new Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>((resolve) => {
      const id = nextId++;
      replies.set(id, resolve);
      ws.send(JSON.stringify({ id, channel, input }));
    });
  return {
    call,
    /** Presents a code to the emulated reader and resolves once the host announced the parsed scan. */
    async scan(payload: string): Promise<void> {
      const seen = new Promise((resolve) => scanned.push(resolve));
      const r = await fetch(`${host.baseUrl}/emulator/reader/scan`, {
        method: 'POST',
        headers: { authorization: `Bearer ${host.token}`, 'content-type': 'text/plain; charset=utf-8' },
        body: payload,
      });
      expect(r.status).toBe(200);
      await seen;
    },
    close: () => ws.close(),
  };
}

/** Presents a code to a host's emulated reader; the screen holding that reader shows it. */
async function scanAt(host: KioskHost, payload: string): Promise<void> {
  const r = await fetch(`${host.baseUrl}/emulator/reader/scan`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'text/plain; charset=utf-8' },
    body: payload,
  });
  expect(r.status).toBe(200);
}

/**
 * The kiosk part of the walk for each citizen in turn, on one connection (closing a kiosk connection ends its visit,
 * which forgets the host's last scans): scan the card, check the form against it, print the queue ticket.
 */
async function checkAtKiosk(host: KioskHost, citizens: readonly Citizen[]): Promise<number[]> {
  const kiosk = await kioskClient(host);
  try {
    const numbers: number[] = [];
    for (const c of citizens) {
      await kiosk.scan(cccdPayload(c));
      const check = await kiosk.call('registration:check', { code: c.code });
      expect(check.ok, JSON.stringify(check.error)).toBe(true);
      const ticket = await kiosk.call('registration:printTicket', {});
      expect(ticket.ok, JSON.stringify(ticket.error)).toBe(true);
      numbers.push((ticket.value as { number: number }).number);
    }
    return numbers;
  } finally {
    kiosk.close();
  }
}

async function check(page: Page, name: string): Promise<void> {
  await snap(page, name);
  await expectAccessible(page);
}

async function signInOfficer(page: Page, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(OFFICER.username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByTestId('officer-sign-in-submit').click();
}

/** Both stations' hosts run the outbox worker on the shared database: a message is in the sink of whichever sent it. */
const smsTo = async (hosts: readonly KioskHost[], phone: string) =>
  (await Promise.all(hosts.map((h) => devSmsMessages(h)))).flat().filter((m) => m.to === phone);

async function waitForSms(hosts: readonly KioskHost[], phone: string, text: string): Promise<string> {
  await expect.poll(async () => (await smsTo(hosts, phone)).filter((m) => m.body.includes(text)).length).toBe(1);
  return (await smsTo(hosts, phone)).find((m) => m.body.includes(text))?.body ?? '';
}

test.describe.configure({ mode: 'serial' });

test.describe('Quầy tiếp nhận: cán bộ duyệt tờ khai 01', () => {
  let smtp: SmtpSink;
  let host: KioskHost;
  /** Counter 1 beside the kiosk, on its data folder. */
  let counter: KioskHost;
  let work: string;
  let approveMe: Citizen;
  let rejectMe: Citizen;
  /** Imported with the others but checked at the kiosk only while a console is open. */
  let lateMe: Citizen;

  test.beforeAll(async () => {
    smtp = await startSmtpSink();
    host = await startKioskHost({ env: { KIOSK_SMTP_URL: smtp.url, KIOSK_MAIL_FROM: MAIL_FROM } });
    counter = await startCounterHost(host, { env: { KIOSK_SMTP_URL: smtp.url, KIOSK_MAIL_FROM: MAIL_FROM } });
    work = mkdtempSync(join(tmpdir(), 'officer-e2e-'));
    admin(
      host.dataDir,
      ['create-officer', '--username', OFFICER.username, '--name', OFFICER.name, '--role', 'officer', '--password-stdin'],
      `${OFFICER.password}\n`,
    );

    // Two seeded people without a VssID account yet, with a full date of birth and a name that has diacritics.
    const candidates = readDb(host, (db) =>
      db
        .prepare(
          `SELECT insurance_number AS insuranceNumber, id_number AS idNumber, full_name AS fullName, date_of_birth AS dateOfBirth, gender
           FROM persons WHERE id_number IS NOT NULL AND length(date_of_birth) = 10
             AND insurance_number NOT IN (SELECT insurance_number FROM accounts)
           ORDER BY id LIMIT 100`,
        )
        .all(),
    ) as Omit<Citizen, 'phone' | 'email' | 'code'>[];
    const [a, b, c] = candidates.filter((p) => stripMarks(p.fullName) !== p.fullName);
    if (!a || !b || !c) throw new Error('the demo population has no suitable people');
    approveMe = { ...a, phone: '0912000101', email: 'cong.dan1@example.vn', code: '' };
    rejectMe = { ...b, phone: '0912000102', email: 'cong.dan2@example.vn', code: '' };
    lateMe = { ...c, phone: '0912000103', email: 'cong.dan3@example.vn', code: '' };
    const ward = readDb(host, (db) => db.prepare('SELECT code, province_code AS province FROM wards ORDER BY code LIMIT 1').get()) as {
      code: string;
      province: string;
    };
    const line = (externalId: string, c: Citizen, fullName: string) =>
      JSON.stringify({
        externalId,
        fullName,
        insuranceNumber: c.insuranceNumber,
        idNumber: c.idNumber,
        dateOfBirth: c.dateOfBirth,
        gender: c.gender,
        provinceCode: ward.province,
        wardCode: ward.code,
        street: 'Số 12 phố Đội Cấn',
        phone: c.phone,
        email: c.email,
        officeCode: '01001',
        createdAt: new Date(Date.now() - 3_600_000).toISOString(),
      });
    const file = join(work, 'portal.jsonl');
    // The second form carries the name without diacritics: the kiosk flags it for the officer, never accepts it.
    writeFileSync(
      file,
      `${line('E2E-1', approveMe, approveMe.fullName)}\n${line('E2E-2', rejectMe, stripMarks(rejectMe.fullName))}\n` +
        `${line('E2E-3', lateMe, lateMe.fullName)}\n`,
    );
    expect(admin(host.dataDir, ['import-registrations', file])).toContain('imported 3');
    const codeOf = (externalId: string) =>
      readDb(host, (db) => (db.prepare('SELECT code FROM registrations WHERE external_id = ?').get(externalId) as { code: string }).code);
    approveMe.code = codeOf('E2E-1');
    rejectMe.code = codeOf('E2E-2');
    lateMe.code = codeOf('E2E-3');
    expect(await checkAtKiosk(host, [approveMe, rejectMe])).toEqual([1, 2]);
  });

  test.afterAll(async () => {
    await counter.stop();
    await host.stop();
    await smtp.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('the officer signs in (wrong password first), approves with a double tap: one account, one SMS, one e-mail, one receipt', async ({
    page,
  }) => {
    test.setTimeout(120_000); // the whole walk, kiosk sign-in included, on a shared 2-core machine
    await openOfficerConsole(page, counter);
    await check(page, 'officer-sign-in');
    await signInOfficer(page, 'sai-mat-khau-1');
    // The same answer as for an unknown username: no count that tells a stranger the name exists.
    await expect(page.getByTestId('officer-message')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await check(page, 'officer-sign-in-wrong-password');
    await signInOfficer(page, OFFICER.password);

    await expect(page.getByRole('heading', { name: 'Hàng chờ tiếp nhận tờ khai' })).toBeVisible();
    await expect(page.getByTestId('officer-who')).toHaveText('Nguyễn Thị Lan – quầy 1');
    const rows = page.getByTestId('officer-queue-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveAttribute('data-registration-code', approveMe.code);
    await expect(rows.nth(0)).toContainText('Khớp');
    await expect(rows.nth(1)).toContainText('Cần cán bộ xem');
    await check(page, 'officer-queue');

    await page.getByTestId('officer-call-next').click();
    await expect(page.getByRole('heading', { name: `Tờ khai ${approveMe.code}` })).toBeVisible();
    await expect(page.getByTestId('officer-detail')).toContainText('Phiếu số A001 – 1');
    await expect(page.getByTestId('officer-field-fullName')).toContainText(approveMe.fullName);
    await expect(page.getByTestId('officer-field-fullName')).toHaveAttribute('data-result', 'match');
    await expect(page.getByTestId('officer-field-address')).toHaveAttribute('data-result', 'info');
    await expect(page.getByTestId('officer-diacritics-warning')).toHaveCount(0);
    // The officer scans the citizen's card on the counter's reader: the card's values appear next to the form.
    await scanAt(counter, cccdPayload(approveMe));
    // Columns: form, kiosk result, card, counter result.
    await expect(page.getByTestId('officer-field-idNumber').locator('td').nth(2)).toHaveText(approveMe.idNumber);
    await expect(page.getByTestId('officer-field-idNumber').locator('td').nth(3)).toHaveText('Khớp');
    await expect(page.getByTestId('officer-field-idNumber')).toHaveAttribute('data-result', 'match');
    await check(page, 'officer-detail');

    // Without the signed paper form there is no approval.
    await page.getByTestId('officer-approve').click();
    await expect(page.getByText('Hãy xác nhận đã nhận tờ khai giấy có chữ ký trước khi phê duyệt.')).toBeVisible();
    await page.getByLabel('Tờ khai đã ký, có bản giấy').check();
    // The tick alone is not enough: the host wants the QR of the paper form read by this counter's reader.
    await expect(page.getByTestId('officer-paper-scan')).toHaveAttribute('data-scanned', 'false');
    await page.getByTestId('officer-approve').click();
    await expect(page.getByTestId('officer-message')).toContainText('Chưa quét tờ khai giấy.');
    await scanAt(counter, approveMe.code);
    await expect(page.getByTestId('officer-paper-scan')).toHaveAttribute('data-scanned', 'true');
    await expect(page.getByTestId('officer-paper-scan')).toHaveText('Đã quét mã QR trên tờ khai giấy.');
    // The counter's card comparison survives the reload.
    await expect(page.getByTestId('officer-field-idNumber').locator('td').nth(3)).toHaveText('Khớp');
    await page.getByTestId('officer-approve').dblclick();
    await expect(page.getByRole('heading', { name: `Đã phê duyệt tờ khai ${approveMe.code}` })).toBeVisible();
    await expect(page.getByTestId('officer-result')).toContainText('Đang in phiếu hướng dẫn cho công dân (không in mật khẩu).');
    await check(page, 'officer-approved');

    const sms = await waitForSms([host, counter], approveMe.phone, 'Tài khoản VssID của bạn đã được cấp');
    const password = /Mật khẩu: (\S+)\. Hãy/.exec(sms)?.[1] ?? '';
    expect(password).toMatch(/^\S{8,}$/);
    expect(sms).toContain(`Tên đăng nhập: ${approveMe.insuranceNumber}`);
    const mail = await smtp.waitFor(approveMe.email, /Tài khoản VssID của bạn đã được cấp/);
    expect(mail.from).toBe('kiosk@bhxh.example.vn');
    expect(mail.body).toContain(`Tờ khai đăng ký ${approveMe.code} đã được cơ quan BHXH phê duyệt.`);
    expect(mail.body).toContain(`Mật khẩu ban đầu: ${password}`);
    expect(mail.body).toContain('Cài đặt ứng dụng VssID');

    // Exactly once: every notice of this approval is delivered, and there is one of each.
    await expect
      .poll(() =>
        readDb(host, (db) =>
          db.prepare("SELECT channel, state FROM notification_outbox WHERE idempotency_key LIKE 'approve:%' ORDER BY channel").all(),
        ),
      )
      .toEqual([
        { channel: 'email', state: 'sent' },
        { channel: 'sms', state: 'sent' },
      ]);
    expect(smtp.mails().filter((m) => m.to.includes(approveMe.email))).toHaveLength(1);
    expect((await smsTo([host, counter], approveMe.phone)).length).toBe(1);
    expect(
      readDb(host, (db) => db.prepare('SELECT COUNT(*) AS n FROM accounts WHERE insurance_number = ?').get(approveMe.insuranceNumber)),
    ).toEqual({ n: 1 });
    // The receipt with next steps, printed once (its QR carries the form's code), without the password. Vietnamese
    // lines reach the printer as raster images, so the parsed text shows the QR; the PNG is kept to look at.
    const printedSlips = async () => {
      // The counter's own printer: the counter station prints its slips, the kiosk's printer stays out of it.
      const r = await fetch(`${counter.baseUrl}/emulator/printer/receipts`, { headers: { authorization: `Bearer ${counter.token}` } });
      return ((await r.json()) as { text: string; pngUrl: string }[]).filter((x) => x.text.includes(`[QR] ${approveMe.code}`));
    };
    await expect.poll(async () => (await printedSlips()).length).toBe(1);
    const [slip] = await printedSlips();
    expect(slip?.text).not.toContain(password);
    const png = await fetch(new URL(slip?.pngUrl ?? '', counter.baseUrl), { headers: { authorization: `Bearer ${counter.token}` } });
    writeFileSync(join(SCREENSHOT_DIR, 'receipt-officer-approval.png'), Buffer.from(await png.arrayBuffer()));
    // Logs carry no personal data.
    for (const h of [host, counter]) {
      expect(h.logs()).not.toContain(approveMe.insuranceNumber);
      expect(h.logs()).not.toContain(approveMe.email);
    }

    await page.getByTestId('officer-back-to-queue').click();
    await expect(page.getByTestId('officer-queue-row')).toHaveCount(1);
    await page.getByTestId('officer-sign-out').click();
    await expect(page.getByRole('heading', { name: 'Đăng nhập cán bộ' })).toBeVisible();

    // The citizen signs in at the kiosk with the initial password from the SMS and must change it first.
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await page.getByTestId('tile-sign-in').click();
    await page.getByLabel('Mã số BHXH (10 chữ số)').fill(approveMe.insuranceNumber);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.keyboard.press('Escape'); // closes the on-screen keyboard, which would cover the button
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByRole('heading', { name: 'Đổi mật khẩu trước khi tiếp tục' })).toBeVisible();
    await expect(page.getByText('Đây là lần đăng nhập đầu tiên.', { exact: false })).toBeVisible();
  });

  test('the officer rejects the diacritics-only form with a reason: rejection SMS and e-mail', async ({ page }) => {
    await openOfficerConsole(page, counter);
    await signInOfficer(page, OFFICER.password);
    const row = page.getByTestId('officer-queue-row');
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: 'Mở số A002' }).click();
    await expect(page.getByRole('heading', { name: `Tờ khai ${rejectMe.code}` })).toBeVisible();
    await expect(page.getByTestId('officer-field-fullName')).toHaveAttribute('data-result', 'diacritics-only');
    await expect(page.getByTestId('officer-diacritics-warning')).toContainText('Họ tên chỉ khác nhau ở dấu.');
    await check(page, 'officer-detail-diacritics');

    await page.getByLabel('Họ tên không khớp').check();
    await page.getByLabel('Ghi chú của cán bộ (gửi kèm cho công dân)').fill('Họ tên trên tờ khai thiếu dấu, vui lòng khai lại.');
    // The officer reads both notices exactly as they will go out before sending.
    await page.getByTestId('officer-reject-preview').click();
    // The note is in the SMS, shortened at a word so it stays within 3 parts; the e-mail has all of it.
    await expect(page.getByTestId('officer-preview-sms')).toContainText('Ghi chú: Họ tên trên tờ khai thiếu dấu, vui lòng…');
    await expect(page.getByTestId('officer-preview-sms-parts')).toContainText('3 phần tin nhắn');
    await expect(page.getByTestId('officer-preview-email')).toContainText('Ghi chú của cán bộ: Họ tên trên tờ khai thiếu dấu');
    await page.getByTestId('officer-reject').click();
    await expect(page.getByRole('heading', { name: `Đã từ chối tờ khai ${rejectMe.code}` })).toBeVisible();
    await expect(page.getByTestId('officer-result')).toContainText('Lý do: Họ tên không khớp.');
    await check(page, 'officer-rejected');

    const sms = await waitForSms([host, counter], rejectMe.phone, 'không được chấp nhận');
    expect(sms).toContain(`Tờ khai đăng ký VssID ${rejectMe.code} không được chấp nhận.`);
    expect(sms).toContain('Họ tên trên tờ khai không khớp với thẻ căn cước.');
    expect(sms).toContain('Ghi chú: Họ tên trên tờ khai thiếu dấu, vui lòng… Vui lòng kê khai và nộp lại.');
    const mail = await smtp.waitFor(rejectMe.email, /^Tờ khai đăng ký VssID không được chấp nhận$/);
    expect(mail.body).toContain('Lý do: Họ tên trên tờ khai không khớp với thẻ căn cước.');
    expect(mail.body).toContain('Ghi chú của cán bộ: Họ tên trên tờ khai thiếu dấu, vui lòng khai lại.');
    expect(
      readDb(host, (db) => db.prepare('SELECT COUNT(*) AS n FROM accounts WHERE insurance_number = ?').get(rejectMe.insuranceNumber)),
    ).toEqual({
      n: 0,
    });
    await page.getByTestId('officer-back-to-queue').click();
    await expect(page.getByTestId('officer-queue-empty')).toBeVisible();
    await page.getByTestId('officer-call-next').click();
    await expect(page.getByTestId('officer-message')).toHaveText('Không còn số nào chờ ở quầy 1.');
    await check(page, 'officer-queue-empty');
  });

  test('on the kiosk station the address cannot make the page an officer console', async ({ page }) => {
    // Before, `?mode=counter` typed into the kiosk's address turned its screen into the officer console.
    await page.goto(`${host.baseUrl}/?mode=counter#token=${host.token}`);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await expect(page.getByTestId('tile-sign-in')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Đăng nhập cán bộ' })).toHaveCount(0);
  });

  test('a ticket issued at a kiosk appears in the open console at once: pushed, no reload, no timer', async ({ page }) => {
    // Fake timers from the first script on: once paused below, no interval or timeout in the page can fire, so a
    // row that appears can only have come from the counter host's officer:queueChanged event (the counter host
    // notices the ticket the kiosk host wrote to the shared database).
    await page.clock.install();
    await openOfficerConsole(page, counter);
    await signInOfficer(page, OFFICER.password);
    await expect(page.getByTestId('officer-queue-empty')).toBeVisible();
    await page.evaluate(() => document.documentElement.setAttribute('data-same-page', 'yes'));
    await page.clock.pauseAt(Date.now() + 1_000);

    expect(await checkAtKiosk(host, [lateMe])).toEqual([3]);
    const row = page.getByTestId('officer-queue-row');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-registration-code', lateMe.code);
    await expect(row).toContainText('003');
    await expect(row).toContainText(lateMe.fullName);
    await expect(page.locator('html[data-same-page="yes"]')).toBeAttached();
    await page.clock.resume(); // the accessibility check runs on timers of its own
    await check(page, 'officer-queue-pushed');
  });
});

test.describe('Quầy tiếp nhận: tự đăng xuất', () => {
  test('an idle console signs itself out and says why', async ({ page }) => {
    const host = await startKioskHost({ env: { KIOSK_OFFICER_IDLE_MS: '3000' }, args: ['--station', 'counter:1'] });
    try {
      admin(
        host.dataDir,
        ['create-officer', '--username', OFFICER.username, '--name', OFFICER.name, '--role', 'officer', '--password-stdin'],
        `${OFFICER.password}\n`,
      );
      await openOfficerConsole(page, host);
      await signInOfficer(page, OFFICER.password);
      await expect(page.getByRole('heading', { name: 'Hàng chờ tiếp nhận tờ khai' })).toBeVisible();
      await expect(page.getByTestId('officer-message')).toHaveText(
        'Phiên làm việc đã kết thúc do không thao tác quá lâu. Vui lòng đăng nhập lại.',
      );
      await expect(page.getByRole('heading', { name: 'Đăng nhập cán bộ' })).toBeVisible();
      await check(page, 'officer-idle-signed-out');
      expect(readDb(host, (db) => db.prepare('SELECT COUNT(*) AS n FROM officer_sessions').get())).toEqual({ n: 0 });
    } finally {
      await host.stop();
    }
  });
});
