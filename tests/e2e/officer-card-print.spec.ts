/**
 * Issues #6 and #5 at the counter: an officer (created with the admin CLI) signs in to the console of a counter
 * station (`--station counter:1`: the host makes the page the console) and prints a citizen's BHYT card by mã số. The card goes to a CUPS queue (a fake `lp` on the host's PATH that
 * keeps each job) and the collection slip comes out of the emulated receipt printer; the second print is a marked
 * reprint. Unknown numbers get their own message, a connection without an officer cannot print, a stopped CUPS
 * queue is reported as such (no "printed", no copy), and the audit chain verifies with the card entries in it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { APIRequestContext, Page } from '@playwright/test';
import { installFakeLp } from './fixtures/fake-lp';
import type { FakeLp } from './fixtures/fake-lp';
import { expect, startKioskHost, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { printedReceipts, saveReceiptPng } from './fixtures/printed-receipts';
import { expectAccessible, snap } from './fixtures/screens';
import { connectWsClient } from './fixtures/ws-client';

const DUC = '0123456789';
const QUEUE = 'QUAY_THE';
const OFFICER = { username: 'minh.canbo', name: 'Lê Văn Minh', password: 'quay2-Canbo-2026' };

let host: KioskHost;
let lp: FakeLp;

test.describe.configure({ mode: 'serial' });

function admin(dataDir: string, args: readonly string[], input = '') {
  return spawnSync('npm', ['run', '--silent', 'admin', '--', ...args, '--data-dir', dataDir], { input, encoding: 'utf8' });
}

test.beforeAll(async () => {
  lp = installFakeLp(QUEUE, 'kiosk-officer-lp-');
  // Only officer work here: the spec's one host is counter 1 itself (the card printer is at the counter).
  host = await startKioskHost({ env: lp.env, args: ['--station', 'counter:1'] });
  const created = admin(
    host.dataDir,
    ['create-officer', '--username', OFFICER.username, '--name', OFFICER.name, '--role', 'officer', '--password-stdin'],
    `${OFFICER.password}\n`,
  );
  expect(created.status, created.stderr).toBe(0);
});

test.afterAll(async () => {
  await host.stop();
  lp.remove();
});

const receipts = (request: APIRequestContext) => printedReceipts(request, host);

function readDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(host.dataDir, 'kiosk.sqlite'), { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The collection slips in the print queue, oldest first: state, reprint banner and lines as queued. */
const slipJobs = () =>
  readDb((db) => db.prepare("SELECT state, payload FROM print_jobs WHERE idempotency_key LIKE 'card-print-%' ORDER BY id").all()).map(
    (row) => {
      const { state, payload } = row as { state: string; payload: string };
      const receipt = JSON.parse(payload) as { reprint?: boolean; lines: unknown[] };
      return { state, reprint: receipt.reprint === true, lines: receipt.lines };
    },
  );

async function check(page: Page, name: string): Promise<void> {
  await snap(page, name);
  await expectAccessible(page);
}

async function signIn(page: Page): Promise<void> {
  await page.goto(host.launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByLabel('Tên đăng nhập').fill(OFFICER.username);
  await page.getByLabel('Mật khẩu').fill(OFFICER.password);
  await page.getByTestId('officer-sign-in-submit').click();
  await expect(page.getByRole('heading', { name: 'Hàng chờ tiếp nhận tờ khai' })).toBeVisible();
}

test('the officer prints a card, then reprints it as copy 2; unknown and malformed numbers are explained', async ({ page, request }) => {
  await signIn(page);
  await page.getByTestId('officer-open-card-print').click();
  await expect(page.getByRole('heading', { name: 'In thẻ BHYT' })).toBeVisible();
  await check(page, 'officer-card-print');

  // A malformed number never reaches the host.
  const number = page.getByLabel('Mã số BHXH (10 chữ số)');
  await number.fill('01234');
  await page.getByTestId('officer-card-submit').click();
  await expect(page.getByTestId('officer-card-error')).toHaveText('Mã số BHXH phải gồm đúng 10 chữ số.');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  expect(lp.jobs()).toEqual([]);

  // First print: copy 1 to the CUPS queue, not marked, and a collection slip.
  const before = (await receipts(request)).length;
  await number.fill(DUC);
  await page.getByTestId('officer-card-submit').click();
  // Whose card it is comes first, and nothing prints until the officer confirms (issue #17).
  const holder = page.getByTestId('officer-card-holder');
  await expect(page.getByTestId('officer-card-holder-name')).toHaveText('Họ và tên: Trần Văn Đức');
  await expect(page.getByTestId('officer-card-holder-dob')).toHaveText('Ngày sinh: 02/11/1985');
  await expect(holder).toContainText('Thẻ này chưa được in lần nào.');
  expect(lp.jobs()).toEqual([]);
  await check(page, 'officer-card-holder');
  await page.getByTestId('officer-card-confirm').click();
  const outcome = page.getByTestId('officer-card-outcome');
  await expect(outcome).toContainText(`Đã in thẻ BHYT mã số ${DUC} (bản in lần đầu).`);
  await expect(outcome).toHaveAttribute('data-copy', '1');
  await expect(outcome).toContainText(`Máy in thẻ: cups:${QUEUE}`);
  await expect(outcome).toContainText('Công dân nhận thẻ tại: quầy trả kết quả');
  await expect(outcome).toContainText('Đã in phiếu nhận thẻ trên máy in phiếu.');
  expect(lp.jobs()).toEqual(['job-1.pdf']);
  expect(lp.jobArgs(1).slice(0, 6)).toEqual(['-d', QUEUE, '-o', 'media=Custom.53.98x85.6mm', '-o', 'orientation-requested=4']);
  const job1 = await lp.jobText(1);
  expect(job1).toContain('Họ và tên: TRẦN VĂN ĐỨC');
  expect(job1).toContain(`Mã số: ${DUC}`);
  expect(job1).not.toContain('BẢN IN LẠI');
  await expect.poll(async () => (await receipts(request)).length).toBe(before + 1);
  const slip1 = (await receipts(request)).at(-1)?.text ?? '';
  expect(slip1).toContain(`BHYT-CARD:${DUC}:1`);
  expect(slip1).not.toContain(`BHYT-CARD:${DUC}:2`);
  await check(page, 'officer-card-printed');

  // Second print of the same card: a reprint, copy 2, marked on the card and on the slip.
  await page.getByTestId('officer-card-submit').click();
  await expect(holder).toContainText('Thẻ này đã được in 1 lần: lần này là bản in lại.');
  await page.getByTestId('officer-card-confirm').click();
  await expect(outcome).toContainText(`Đã in lại thẻ BHYT mã số ${DUC}: BẢN IN LẠI – SỐ 2.`);
  await expect(outcome).toHaveAttribute('data-reprint', 'true');
  expect(lp.jobs()).toEqual(['job-1.pdf', 'job-2.pdf']);
  expect(await lp.jobText(2)).toContain('BẢN IN LẠI – SỐ 2');
  await expect.poll(async () => (await receipts(request)).length).toBe(before + 2);
  const slip2 = (await receipts(request)).at(-1)?.text ?? '';
  expect(slip2).toContain(`BHYT-CARD:${DUC}:2`);
  await saveReceiptPng(request, host, (await receipts(request)).at(-1), 'officer-card-reprint-slip');
  // The slip's Vietnamese text is rasterised for the thermal printer; the queued receipt says what was drawn.
  expect(slipJobs()).toEqual([
    { state: 'printed', reprint: false, lines: expect.arrayContaining([expect.objectContaining({ value: 'Bản in lần đầu' })]) as unknown },
    { state: 'printed', reprint: true, lines: expect.arrayContaining([expect.objectContaining({ value: 'Bản in lại số 2' })]) as unknown },
  ]);
  await check(page, 'officer-card-reprinted');

  // A well-formed number nobody has: the host answers not-found, nothing is printed.
  await number.fill('0999999999');
  await page.getByTestId('officer-card-submit').click();
  await expect(page.getByTestId('officer-card-error')).toHaveText(
    'Không tìm thấy người tham gia có mã số BHXH 0999999999. Hãy kiểm tra lại mã số.',
  );
  await expect(outcome).toHaveCount(0);
  expect(lp.jobs()).toHaveLength(2);
  await check(page, 'officer-card-unknown');

  // English is available too.
  await page.getByTestId('toggle-language').click();
  await expect(page.getByRole('heading', { name: 'Print health insurance card' })).toBeVisible();
  await expect(page.getByTestId('officer-card-error')).toHaveText(
    'No insured person has social insurance number 0999999999. Check the number.',
  );
  await page.getByTestId('toggle-language').click();

  await page.getByTestId('officer-card-back').click();
  await expect(page.getByRole('heading', { name: 'Hàng chờ tiếp nhận tờ khai' })).toBeVisible();
});

test('a connection without a signed-in officer cannot print a card, nor learn whose card a number is', async () => {
  const client = await connectWsClient(host);
  try {
    const r = await client.call('card:officerPrint', { insuranceNumber: DUC });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('unauthorized');
    const who = await client.call('card:officerHolder', { insuranceNumber: DUC });
    expect(who.ok).toBe(false);
    expect(who.error?.code).toBe('unauthorized');
  } finally {
    await client.close();
  }
  expect(lp.jobs()).toHaveLength(2);
});

test('a stopped card queue (#17): the console says so in Vietnamese, never "Đã in thẻ", and takes no copy', async ({ page, request }) => {
  await signIn(page);
  await page.getByTestId('officer-open-card-print').click();
  const slipsBefore = (await receipts(request)).length;
  lp.stopQueue(true);
  try {
    await page.getByLabel('Mã số BHXH (10 chữ số)').fill(DUC);
    await page.getByTestId('officer-card-submit').click();
    await expect(page.getByTestId('officer-card-holder')).toContainText('đã được in 2 lần');
    await page.getByTestId('officer-card-confirm').click();
    // lp queued the job (job 3), CUPS holds it on the stopped queue: the host cancels it and says so.
    await expect(page.getByTestId('officer-card-error')).toHaveText(
      'Máy in thẻ đang tạm dừng; lệnh in đã được hủy, thẻ chưa được in. Kiểm tra máy in rồi bật lại hàng đợi, sau đó in lại.',
    );
    await expect(page.getByTestId('officer-card-outcome')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('Đã in thẻ');
    expect(lp.jobs()).toHaveLength(3);
    expect(lp.cancelled()).toEqual([`${QUEUE}-3`]);
    await check(page, 'officer-card-queue-stopped');
  } finally {
    lp.stopQueue(false);
  }
  // No collection slip for a card that was not printed (the audit test below finds no third copy either).
  expect((await receipts(request)).length).toBe(slipsBefore);
  expect(readDb((db) => db.prepare('SELECT COUNT(*) AS n FROM card_prints').get()) as { n: number }).toEqual({ n: 2 });
});

test('the audit chain verifies and records the print and the reprint', () => {
  const r = admin(host.dataDir, ['verify-audit']);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/audit log OK: \d+ entries/);
  const rows = readDb(
    (db) =>
      db.prepare("SELECT action, actor, details FROM audit_log WHERE action IN ('card.printed', 'card.reprinted') ORDER BY seq").all() as {
        action: string;
        actor: string;
        details: string;
      }[],
  );
  expect(rows.map((x) => x.action)).toEqual(['card.printed', 'card.reprinted']);
  for (const row of rows) {
    expect(row.actor).toMatch(/^officer:\d+$/);
    // The audit log refers to the citizen by account reference only: no mã số in the entry.
    expect(row.details).not.toContain(DUC);
  }
  expect(rows.map((x) => (JSON.parse(x.details) as { copy: number }).copy)).toEqual([1, 2]);
});
