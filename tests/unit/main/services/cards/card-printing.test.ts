import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KioskFailure } from '../../../../../preload/contract/result';
import { pdfText, squeeze } from '../../../../support/pdf-testkit';
import { receiptPlainText, type Receipt } from '../../../../../native/printer/receipt';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../../../../../main/data/demo-accounts';
import { ensureDemoData } from '../../../../../main/data/seed-database';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { createSqlitePersonRepository } from '../../../../../main/db/repositories/sqlite-person-repository';
import { silentLogger } from '../../../../../main/logging/logger';
import { createAccountsService, type AccountsService } from '../../../../../main/services/accounts/accounts-service';
import { createCitizenVisitService, type CitizenVisitService } from '../../../../../main/services/accounts/citizen-visit-service';
import { TEST_PASSWORD_HASHING } from '../../../../../main/services/accounts/password-hasher';
import { createOutbox } from '../../../../../main/services/notifications/outbox';
import { createOtpService } from '../../../../../main/services/otp/otp-service';
import { readAudit, verifyAudit } from '../../../../../main/services/audit/audit-log';
import { failureOf } from '../../../../support/service-test-kit';
import { createCardPreviews, type CardPreviews } from '../../../../../main/services/cards/card-previews';
import { createCardPrinting, type CardPrinting, type ReceiptPrinter } from '../../../../../main/services/cards/card-printing';
import { cupsUnavailable, startCupsServer } from '../../../../support/cups-server';
import type { CupsServer } from '../../../../support/cups-server';
import { createLpCardPrinter } from '../../../../../main/services/cards/lp-card-printer';
import type { CardPrinter } from '../../../../../main/services/cards/lp-card-printer';

const LAN_ANH = '0112345678';
const DUC = '0123456789';

let db: Database;
let dir: string;
let visits: CitizenVisitService;
let accounts: AccountsService;
let previews: CardPreviews;
/** PDFs the card printer received, read while the file still existed. */
let printed: { file: string; pdf: Buffer }[];
let printerFails: boolean;
let receipts: Receipt[];
let receiptAnswer: Awaited<ReturnType<ReceiptPrinter>>;
let officerSignedIn: boolean;

const cardPrinter: CardPrinter = {
  destination: 'cups:COUNTER',
  print: async (file) => {
    if (printerFails) throw new KioskFailure('device-unavailable', 'lp failed', { reason: 'card-printer-failed' });
    printed.push({ file, pdf: readFileSync(file) });
  },
};

function service(overrides: Partial<Parameters<typeof createCardPrinting>[0]> = {}): CardPrinting {
  return createCardPrinting({
    db,
    clock: () => new Date('2025-06-01T08:00:00Z'),
    logger: silentLogger,
    persons: createSqlitePersonRepository(db),
    citizenOf: (clientId) => visits.recordsAccess(clientId),
    officerOf: (clientId) => {
      if (!officerSignedIn || clientId !== 'counter') throw new KioskFailure('unauthorized', 'not signed in');
      return 'officer:7';
    },
    accountRefOf: (n) => accounts.accountRefOf(n),
    previews,
    cardPrinter,
    receipts: async (receipt) => {
      receipts.push(receipt);
      return receiptAnswer;
    },
    collectAt: 'quầy 3',
    ...overrides,
  });
}

const cardAudit = () => readAudit(db).filter((e) => e.action.startsWith('card.'));
const printRows = () => db.prepare('SELECT insurance_number, copy_number, actor, destination FROM card_prints ORDER BY id').all();

beforeEach(async () => {
  db = openDatabase(':memory:');
  ensureDemoData(db, { persons: 0 });
  dir = mkdtempSync(join(tmpdir(), 'card-printing-'));
  const clock = (): Date => new Date('2025-06-01T08:00:00Z');
  const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
  const otp = createOtpService({ db, clock, random, logger: silentLogger, outbox: createOutbox({ db, clock }) });
  accounts = createAccountsService({ db, clock, random, logger: silentLogger, otp, hashing: TEST_PASSWORD_HASHING });
  await ensureDemoAccounts(db, accounts, clock);
  visits = createCitizenVisitService({ accounts, otp, persons: createSqlitePersonRepository(db), clock, logger: silentLogger });
  previews = createCardPreviews(join(dir, 'previews'));
  printed = [];
  printerFails = false;
  receipts = [];
  receiptAnswer = { printed: true };
  officerSignedIn = true;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('who may print which card', () => {
  it('refuses a client without a visit session (not signed in), printing nothing', async () => {
    const cards = service();
    const e = await failureOf(cards.printOwn('kiosk-1'));
    expect(e.code).toBe('unauthorized');
    expect(e.detail).toMatchObject({ reason: 'not-signed-in' });
    expect((await failureOf(cards.preview('kiosk-1'))).code).toBe('unauthorized');
    expect(printed).toHaveLength(0);
    expect(cardAudit()).toHaveLength(0);
  });

  it("refuses a citizen asking for someone else's card", async () => {
    const cards = service();
    await visits.signIn('kiosk-1', { insuranceNumber: LAN_ANH, password: DEMO_PASSWORD });
    const e = await failureOf(cards.printOwn('kiosk-1', DUC));
    expect(e.code).toBe('forbidden');
    expect(e.detail).toMatchObject({ reason: 'not-own-card' });
    expect(printed).toHaveLength(0);
    expect(printRows()).toHaveLength(0);
  });

  it("prints the signed-in citizen's own card, audited under their account reference", async () => {
    const cards = service();
    await visits.signIn('kiosk-1', { insuranceNumber: LAN_ANH, password: DEMO_PASSWORD });
    const r = await cards.printOwn('kiosk-1', LAN_ANH);
    expect(r).toEqual({ copyNumber: 1, reprint: false, destination: 'cups:COUNTER', collectAt: 'quầy 3', receipt: 'printed' });
    expect(printed).toHaveLength(1);
    expect(printed[0]?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The spooler has its copy: ours is gone.
    expect(existsSync(printed[0]?.file ?? '')).toBe(false);
    const [entry] = cardAudit();
    expect(entry).toMatchObject({
      actor: `citizen:${accounts.accountRefOf(LAN_ANH)}`,
      action: 'card.printed',
      subjectRef: accounts.accountRefOf(LAN_ANH),
      details: { copy: 1, destination: 'cups:COUNTER', cardIssueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
    // No mã số (nor name) in the audit log.
    expect(JSON.stringify(readAudit(db))).not.toContain(LAN_ANH);
  });

  it('lets a signed-in officer print any card, and refuses the counter without an officer', async () => {
    const cards = service();
    const r = await cards.printForOfficer('counter', DUC);
    expect(r.copyNumber).toBe(1);
    expect(cardAudit()[0]).toMatchObject({ actor: 'officer:7', action: 'card.printed', subjectRef: accounts.accountRefOf(DUC) });

    officerSignedIn = false;
    expect((await failureOf(cards.printForOfficer('counter', DUC))).code).toBe('unauthorized');
    // A citizen's kiosk session is no officer session.
    await visits.signIn('kiosk-1', { insuranceNumber: LAN_ANH, password: DEMO_PASSWORD });
    officerSignedIn = true;
    expect((await failureOf(cards.printForOfficer('kiosk-1', DUC))).code).toBe('unauthorized');
    const noConsole = service({ officerOf: null });
    expect((await failureOf(noConsole.printForOfficer('counter', DUC))).code).toBe('unauthorized');
    expect(printRows()).toHaveLength(1);
  });

  it('answers not-found for an unknown mã số', async () => {
    expect((await failureOf(service().printForOfficer('counter', '0999999999'))).code).toBe('not-found');
  });
});

describe('copies, reprints and the audit trail', () => {
  it('numbers copies per card and marks reprints on the card and the receipt', async () => {
    const cards = service();
    await visits.signIn('kiosk-1', { insuranceNumber: LAN_ANH, password: DEMO_PASSWORD });
    const first = await cards.printOwn('kiosk-1');
    const second = await cards.printForOfficer('counter', LAN_ANH);
    const third = await cards.printOwn('kiosk-1');
    const other = await cards.printForOfficer('counter', DUC);
    expect([first.copyNumber, second.copyNumber, third.copyNumber, other.copyNumber]).toEqual([1, 2, 3, 1]);
    expect([first.reprint, second.reprint, third.reprint]).toEqual([false, true, true]);
    expect(cards.copiesPrinted(LAN_ANH)).toBe(3);

    expect(cardAudit().map((e) => [e.action, e.details.copy])).toEqual([
      ['card.printed', 1],
      ['card.reprinted', 2],
      ['card.reprinted', 3],
      ['card.printed', 1],
    ]);
    expect(verifyAudit(db)).toEqual({ ok: true, entries: readAudit(db).length });

    // Receipts: the first is an original; the second says BẢN IN LẠI and its copy number.
    const [r1, r2] = receipts.map(receiptPlainText);
    expect(r1).not.toContain('BẢN IN LẠI');
    expect(r1).toContain(`Mã số BHXH: ${LAN_ANH}`);
    expect(r1).toContain('Vui lòng nhận thẻ tại quầy 3.');
    expect(r2?.startsWith('BẢN IN LẠI')).toBe(true);
    expect(r2).toContain('Bản in lại số 2');
    // The card itself: no label on the first copy, "BẢN IN LẠI – SỐ 2" on the second.
    const t1 = squeeze(await pdfText(printed[0]?.pdf ?? new Uint8Array(), 1));
    const t2 = squeeze(await pdfText(printed[1]?.pdf ?? new Uint8Array(), 1));
    expect(t1).not.toContain('BẢN IN LẠI');
    expect(t2).toContain('BẢN IN LẠI – SỐ 2');
    expect(t2).toContain('NGUYỄN THỊ LAN ANH');
  });

  it('takes no copy number when the card printer fails, and says why', async () => {
    const cards = service();
    printerFails = true;
    const e = await failureOf(cards.printForOfficer('counter', DUC));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-failed' } });
    expect(cardAudit()).toHaveLength(0);
    printerFails = false;
    expect((await cards.printForOfficer('counter', DUC)).copyNumber).toBe(1);
  });

  it('reports a missing card printer before rendering anything', async () => {
    const e = await failureOf(service({ cardPrinter: null }).printForOfficer('counter', DUC));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-missing' } });
    expect(printRows()).toHaveLength(0);
  });

  it('keeps the copy when only the receipt could not print (paper out), and says so', async () => {
    receiptAnswer = { printed: false, reason: 'paper-out' };
    const r = await service().printForOfficer('counter', DUC);
    expect(r).toMatchObject({ copyNumber: 1, receipt: 'paper-out' });
    receiptAnswer = { printed: false, reason: 'cover-open' };
    expect((await service().printForOfficer('counter', DUC)).receipt).toBe('printer-problem');
    expect((await service({ receipts: null }).printForOfficer('counter', DUC)).receipt).toBe('no-receipt-printer');
  });

  it('never hands out the same copy number twice when two prints of one card overlap', async () => {
    const cards = service();
    const all = await Promise.all([cards.printForOfficer('counter', DUC), cards.printForOfficer('counter', DUC)]);
    expect(all.map((r) => r.copyNumber).sort()).toEqual([1, 2]);
  });
});

describe('previews', () => {
  it('serves the preview PDF only by its id and deletes it when the visit ends', async () => {
    const cards = service();
    await visits.signIn('kiosk-1', { insuranceNumber: LAN_ANH, password: DEMO_PASSWORD });
    const { path } = await cards.preview('kiosk-1');
    expect(path).toMatch(/^\/card-preview\/[A-Za-z0-9_-]{22}\.pdf$/);
    expect(previews.route.needsToken).toBe(true);
    const get = () => previews.route.handle({ method: 'GET', path, query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) });
    const ok = await get();
    expect(ok).toMatchObject({ status: 200, contentType: 'application/pdf' });
    const body = 'body' in ok ? Buffer.from(ok.body) : Buffer.alloc(0);
    expect(squeeze(await pdfText(body, 1))).toContain('Họ và tên: NGUYỄN THỊ LAN ANH');
    // A preview is not a print.
    expect(printRows()).toHaveLength(0);

    cards.deletePreviews('kiosk-1');
    expect((await get()).status).toBe(404);
    expect(existsSync(join(dir, 'previews'))).toBe(true);
    const traversal = await previews.route.handle({
      method: 'GET',
      path: '/card-preview/../kiosk.sqlite',
      query: new URLSearchParams(),
      headers: {},
      body: Buffer.alloc(0),
    });
    expect(traversal.status).toBe(404);
  });
});

const cupsMissing = cupsUnavailable();

describe.skipIf(cupsMissing !== null)(
  `copies on a real CUPS queue (#17)${cupsMissing === null ? '' : ` (skipped: ${cupsMissing})`}`,
  () => {
    let cups: CupsServer;
    beforeAll(async () => {
      cups = await startCupsServer();
    });
    afterAll(async () => {
      await cups?.stop();
    });

    it('a stopped queue takes no copy number, card_prints row or audit entry; once re-enabled the card prints as copy 1', async () => {
      const out = await cups.addQueue('QUAY_THE');
      await cups.run('cupsdisable', ['-h', cups.server, 'QUAY_THE']);
      const cards = service({ cardPrinter: createLpCardPrinter({ queue: 'QUAY_THE', env: cups.env, jobWaitMs: 4_000 }) });
      const e = await failureOf(cards.printForOfficer('counter', DUC));
      expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-queue-stopped' } });
      expect(printRows()).toHaveLength(0);
      expect(cardAudit()).toHaveLength(0);
      expect(receipts).toHaveLength(0);
      expect(readdirSync(join(dir, 'previews')).filter((f) => f.endsWith('.pdf'))).toEqual([]); // no personal PDF left behind

      await cups.run('cupsenable', ['-h', cups.server, 'QUAY_THE']);
      const r = await cards.printForOfficer('counter', DUC);
      expect(r).toMatchObject({ copyNumber: 1, reprint: false, destination: 'cups:QUAY_THE' });
      expect(printRows()).toHaveLength(1);
      // Only the completed job reached the printer: the cancelled one never came out after the queue was re-enabled.
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await cups.run('lpstat', ['-W', 'completed', '-o', 'QUAY_THE'])).trim().split('\n')).toHaveLength(2); // cancelled + completed
    });
  },
);
