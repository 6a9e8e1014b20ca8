import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_FIRST_LOGIN_INSURANCE_NUMBER, DEMO_PASSWORD, ensureDemoAccounts } from '../../../../../main/data/demo-accounts';
import { ensureDemoData } from '../../../../../main/data/seed-database';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { createSqlitePersonRepository } from '../../../../../main/db/repositories/sqlite-person-repository';
import { silentLogger } from '../../../../../main/logging/logger';
import { createAccountsService } from '../../../../../main/services/accounts/accounts-service';
import { createCitizenVisitService, type CitizenVisitService } from '../../../../../main/services/accounts/citizen-visit-service';
import { TEST_PASSWORD_HASHING } from '../../../../../main/services/accounts/password-hasher';
import { createDevSmsSink, type DevSmsSink } from '../../../../../main/services/notifications/dev-sms-sink';
import { createOutbox } from '../../../../../main/services/notifications/outbox';
import { createOutboxWorker, type OutboxWorker } from '../../../../../main/services/notifications/outbox-worker';
import { lastOtpCode } from '../../../../../main/services/otp/last-otp-code';
import { createOtpService } from '../../../../../main/services/otp/otp-service';
import { createDispatcher, type CallContext, type Dispatcher, type HandlerMap } from '../../../../../main/ipc/dispatcher';
import { accountHandlers } from '../../../../../main/ipc/handlers/account-handlers';
import { createStationLimiter } from '../../../../../main/services/rate-limit/station-limiter';
import { STATION_LIMITS } from '../../../../../main/services/rate-limit/station-limits';
import { createSqliteRateLimitRepository } from '../../../../../main/db/repositories/sqlite-rate-limit-repository';
import type { ScanMemory } from '../../../../../main/services/devices/last-card-scan';

const LAN_ANH = { insuranceNumber: '0112345678', idNumber: '001192012345', phone: '0912345678' };
const A: CallContext = { clientId: 'client-a', transport: 'browser-host' };
const B: CallContext = { clientId: 'client-b', transport: 'browser-host' };

let db: Database;
let now: Date;
let sink: DevSmsSink;
let worker: OutboxWorker;
let visits: CitizenVisitService;
let dispatcher: Dispatcher;
/** The CCCD number the kiosk's reader last read (what the emulator would inject), or a BHYT card, or nothing. */
let scanned: { kind: 'cccd'; idNumber: string } | { kind: 'bhyt' } | null;
const scans: ScanMemory = { lastScan: (kind) => (scanned !== null && scanned.kind === kind ? (scanned as never) : null) };
const scan = (idNumber: string): void => {
  scanned = { kind: 'cccd', idNumber };
};

beforeEach(async () => {
  db = openDatabase(':memory:');
  ensureDemoData(db, { persons: 0 });
  now = new Date('2025-06-01T08:00:00Z');
  scanned = null;
  const clock = (): Date => now;
  const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
  sink = createDevSmsSink();
  const outbox = createOutbox({ db, clock });
  worker = createOutboxWorker({ db, sms: sink, email: { send: () => Promise.resolve() }, clock, logger: silentLogger });
  const otp = createOtpService({ db, clock, random, logger: silentLogger, outbox });
  const accounts = createAccountsService({ db, clock, random, logger: silentLogger, otp, hashing: TEST_PASSWORD_HASHING });
  await ensureDemoAccounts(db, accounts, clock);
  const persons = createSqlitePersonRepository(db);
  visits = createCitizenVisitService({ accounts, otp, persons, clock, logger: silentLogger });
  const limiter = createStationLimiter({
    store: createSqliteRateLimitRepository(db),
    stationId: 'test',
    secret: () => Buffer.alloc(32, 7),
    now: () => now.getTime(),
  });
  const handlers = accountHandlers({ visits, persons, clock, devSms: sink, scans, limiter }) as unknown as HandlerMap;
  dispatcher = createDispatcher({ handlers, logger: silentLogger });
});
afterEach(() => db.close());

const call = (channel: string, input: unknown, ctx: CallContext = A) => dispatcher.dispatch(channel, input, ctx);
const signIn = (insuranceNumber = LAN_ANH.insuranceNumber, password = DEMO_PASSWORD, ctx = A) =>
  call('account:signIn', { insuranceNumber, password }, ctx);
const otpFor = async (phone: string): Promise<string> => {
  await worker.deliverDue();
  const code = lastOtpCode(sink, phone);
  if (code === null) throw new Error('no OTP sent');
  return code;
};

describe('records need a signed-in visit on this client', () => {
  it('answers unauthorized without a session, and for another client', async () => {
    expect(await call('records:profile', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await signIn()).toMatchObject({
      ok: true,
      value: { status: 'signed-in', mustChangePassword: null, maskedName: 'Nguyễn T** L** A**' },
    });
    const profile = await call('records:profile', {});
    expect(profile).toMatchObject({ ok: true, value: { insuranceNumber: LAN_ANH.insuranceNumber, fullName: 'Nguyễn Thị Lan Anh' } });
    expect(await call('records:profile', {}, B)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('serves the card text, QR and validity from the stored card', async () => {
    await signIn();
    const r = await call('records:card', {});
    if (!r.ok) throw new Error(r.error.code);
    const card = (r.value as { card: { text: Record<string, string | null>; qr: { modules: number }; status: string } }).card;
    expect(card.text.fullName).toBe('NGUYỄN THỊ LAN ANH');
    expect(card.text.validity).toBe('Từ ngày 01/01/2025');
    expect(card.qr.modules).toBeGreaterThan(20);
    expect(card.status).toBe('valid');
  });

  it('totals participation months per scheme, filtered by scheme and year', async () => {
    await signIn();
    const r = await call('records:participation', { scheme: 'bhxh', year: 2024 });
    expect(r).toMatchObject({ ok: true, value: { totals: [{ scheme: 'bhxh', months: 12 }] } });
    const all = await call('records:participation', {});
    if (!all.ok) throw new Error(all.error.code);
    // 2014-08 … 2025-06 inclusive = 131 months of BHXH.
    expect((all.value as { totals: { scheme: string; months: number }[] }).totals).toContainEqual({ scheme: 'bhxh', months: 131 });
  });

  it('filters visits by year', async () => {
    await signIn();
    const r = await call('records:visits', { year: 2024 });
    expect(r).toMatchObject({ ok: true, value: { totalCost: 650_000, totalBhytPaid: 520_000, years: [2025, 2024] } });
  });
});

describe('forced password change', () => {
  it('blocks records until the first-login password is changed', async () => {
    expect(await signIn(DEMO_FIRST_LOGIN_INSURANCE_NUMBER)).toMatchObject({ ok: true, value: { mustChangePassword: 'first-login' } });
    expect(await call('records:profile', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const changed = await call('account:forcedChangePassword', {
      oldPassword: DEMO_PASSWORD,
      newPassword: 'MoiDoi2026x',
      newPasswordRepeat: 'MoiDoi2026x',
    });
    expect(changed).toEqual({ ok: true, value: { done: true } });
    expect(await call('records:profile', {})).toMatchObject({ ok: true });
  });
});

describe('sign-out', () => {
  it('ends the session: the table holds nothing for that client and records are unauthorized', async () => {
    await signIn();
    await signIn('0123456789', DEMO_PASSWORD, B);
    expect(visits.hasSession(A.clientId)).toBe(true);
    expect(await call('account:signOut', {})).toEqual({ ok: true, value: { done: true } });
    expect(visits.hasSession(A.clientId)).toBe(false);
    expect(visits.sessionCount()).toBe(1);
    expect(await call('records:profile', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await call('records:profile', {}, B)).toMatchObject({ ok: true });
  });

  it('destroys the pending password-change OTP', async () => {
    await signIn();
    expect(await call('account:requestPasswordOtp', {})).toMatchObject({ ok: true, value: { otpSentTo: '*******678' } });
    const code = await otpFor(LAN_ANH.phone);
    await call('account:signOut', {});
    await signIn();
    const r = await call('account:changePassword', {
      oldPassword: DEMO_PASSWORD,
      newPassword: 'Khac2026ab',
      newPasswordRepeat: 'Khac2026ab',
      otp: code,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'expired' } });
  });

  it('a disconnected client loses its session', async () => {
    await signIn();
    visits.clientGone(A.clientId);
    expect(visits.sessionCount()).toBe(0);
  });
});

describe('CCCD + OTP sign-in', () => {
  it('sends an OTP to the registered phone and signs in with it', async () => {
    scan(LAN_ANH.idNumber);
    expect(await call('account:signInWithCard', {})).toMatchObject({
      ok: true,
      value: { otpSentTo: '*******678' },
    });
    expect(await call('account:verifyOtp', { code: '000000' === (await otpFor(LAN_ANH.phone)) ? '111111' : '000000' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', detail: { remainingAttempts: 4 } },
    });
    const code = await otpFor(LAN_ANH.phone);
    expect(await call('account:verifyOtp', { code })).toMatchObject({ ok: true, value: { status: 'signed-in' } });
    expect(await call('records:benefits', {})).toMatchObject({ ok: true });
  });

  it('rate-limits a resend within 60 s and reports an expired code', async () => {
    scan(LAN_ANH.idNumber);
    await call('account:signInWithCard', {});
    expect(await call('account:requestNewOtp', {})).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', detail: { retryAfterSeconds: 60 } },
    });
    const code = await otpFor(LAN_ANH.phone);
    now = new Date(now.getTime() + 6 * 60_000);
    expect(await call('account:verifyOtp', { code })).toMatchObject({ ok: false, error: { code: 'expired' } });
  });

  it('does not reveal a card without an account beyond not-found', async () => {
    scan('001099000000');
    expect(await call('account:signInWithCard', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('uses only what the reader scanned: an ID number from the screen is refused, a BHYT card or no scan explained', async () => {
    scan(LAN_ANH.idNumber);
    expect(await call('account:signInWithCard', { idNumber: LAN_ANH.idNumber })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    scanned = null;
    expect(await call('account:signInWithCard', {})).toMatchObject({
      ok: false,
      error: { code: 'expired', detail: { reason: 'no-card-scan' } },
    });
    scanned = { kind: 'bhyt' };
    expect(await call('account:signInWithCard', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported-code', detail: { reason: 'wrong-card-type' } },
    });
  });
});

describe('per-station and per-account limits (issue #14)', () => {
  it('counts sign-ins of every client against one station budget, right passwords too; the budget refills', async () => {
    const { capacity, refillEveryMs } = STATION_LIMITS['sign-in'].station;
    const wrong = ['0123456789', '3602150777', '0100000001', '0100000002'];
    for (let i = 0; i < capacity; i++) {
      // Alternate clients and accounts: neither a new connection nor a new account buys more attempts.
      const r = await signIn(wrong[i % wrong.length], i % 3 === 0 ? DEMO_PASSWORD : 'SaiMatKhau1', i % 2 === 0 ? A : B);
      expect((r as { error?: { code: string } }).error?.code).not.toBe('rate-limited');
    }
    expect(await signIn(LAN_ANH.insuranceNumber, DEMO_PASSWORD, B)).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', detail: { limit: 'sign-in', reason: 'station', retryAfterSeconds: refillEveryMs / 1000 } },
    });
    now = new Date(now.getTime() + refillEveryMs);
    expect(await signIn(LAN_ANH.insuranceNumber, DEMO_PASSWORD, B)).toMatchObject({ ok: true });
  });

  it('limits one account across clients, successes included', async () => {
    const { capacity } = STATION_LIMITS['sign-in'].account ?? { capacity: 0 };
    for (let i = 0; i < capacity; i++) {
      const client = i % 2 === 0 ? A : B;
      expect(await signIn(LAN_ANH.insuranceNumber, DEMO_PASSWORD, client)).toMatchObject({ ok: true });
      // One account on one screen at a time (issue #14): each screen leaves before the other signs in.
      expect(await call('account:signOut', {}, client)).toMatchObject({ ok: true });
    }
    expect(await signIn(LAN_ANH.insuranceNumber, DEMO_PASSWORD, B)).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', detail: { limit: 'sign-in', reason: 'account' } },
    });
    // Another account at the same station is not held back by this one.
    expect(await signIn('0123456789', 'SaiMatKhau1', A)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});

describe('dev:smsMessages', () => {
  it('is forbidden without the dev sink', async () => {
    const persons = createSqlitePersonRepository(db);
    const limiter = createStationLimiter({
      store: createSqliteRateLimitRepository(db),
      stationId: 'test',
      secret: () => Buffer.alloc(32, 7),
      now: () => now.getTime(),
    });
    const handlers = accountHandlers({ visits, persons, clock: () => now, devSms: null, scans, limiter }) as unknown as HandlerMap;
    const d = createDispatcher({ handlers, logger: silentLogger });
    expect(await d.dispatch('dev:smsMessages', {}, A)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('one account on one screen (issue #14)', () => {
  it('a CCCD sign-in while the account is signed in on another client warns first; its OTP then ends the other visit', async () => {
    expect(await signIn(LAN_ANH.insuranceNumber, DEMO_PASSWORD, B)).toMatchObject({ ok: true });
    scan(LAN_ANH.idNumber);
    expect(await call('account:signInWithCard', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict', detail: { reason: 'signed-in-elsewhere', otpSent: true, maskedPhone: '*******678' } },
    });
    expect(await call('records:profile', {}, B)).toMatchObject({ ok: true });
    const code = await otpFor(LAN_ANH.phone);
    expect(await call('account:verifyOtp', { code })).toMatchObject({ ok: true, value: { status: 'signed-in' } });
    expect(await call('records:profile', {}, B)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', detail: { reason: 'signed-in-elsewhere' } },
    });
    expect(await call('records:profile', {})).toMatchObject({ ok: true });
  });

  it('an account signed in elsewhere after the card code was sent: the code is refused once (warning) and then accepted', async () => {
    scan(LAN_ANH.idNumber);
    expect(await call('account:signInWithCard', {})).toMatchObject({ ok: true });
    expect(await signIn(LAN_ANH.insuranceNumber, DEMO_PASSWORD, B)).toMatchObject({ ok: true });
    const code = await otpFor(LAN_ANH.phone);
    expect(await call('account:verifyOtp', { code })).toMatchObject({
      ok: false,
      error: { code: 'conflict', detail: { reason: 'signed-in-elsewhere', codeStillValid: true } },
    });
    expect(await call('records:profile', {}, B)).toMatchObject({ ok: true });
    expect(await call('account:verifyOtp', { code })).toMatchObject({ ok: true });
    expect(await call('records:profile', {}, B)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
