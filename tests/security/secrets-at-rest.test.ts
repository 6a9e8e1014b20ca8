/**
 * Secrets at rest (issue #8): after real sign-in, password-change and OTP flows through the services on a real
 * SQLite file, the plain passwords and OTP codes appear nowhere in the file's bytes — neither in the main file nor in
 * the write-ahead log, where old page images linger — and the stored password hashes are argon2id.
 * The database files themselves are owner-only (0600).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../main/db/open-database';
import { silentLogger } from '../../main/logging/logger';
import type { AccountsService } from '../../main/services/accounts/accounts-service';
import { TEST_PASSWORD_HASHING } from '../../main/services/accounts/password-hasher';
import type { DevSmsSink } from '../../main/services/notifications/dev-sms-sink';
import type { Outbox } from '../../main/services/notifications/outbox';
import type { OutboxWorker } from '../../main/services/notifications/outbox-worker';
import { createOfficersService } from '../../main/services/officers/officers-service';
import { lastOtpCode } from '../../main/services/otp/last-otp-code';
import type { OtpService } from '../../main/services/otp/otp-service';
import { deterministicRandom } from '../support/registration-test-kit';
import { createSmsAccountsStack } from '../support/service-test-kit';

const N = '0112345678';
const N2 = '0123456789';
const PHONE = '0912345678';
const PHONE2 = '0903123456';
const DEMO_PASSWORD = 'Kiosk2026';
const FIRST_CHANGE = 'LanAnh2027';
const SECOND_CHANGE = 'LanAnh2028';
const OFFICER_PASSWORD = 'CanBoBHXH#2026';

let dir: string;
let file: string;
let db: Database;
let sink: DevSmsSink;
let worker: OutboxWorker;
let otp: OtpService;
let accounts: AccountsService;
let now: number;
let outbox: Outbox;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-secrets-'));
  file = join(dir, 'kiosk.sqlite');
  db = openDatabase(file);
  now = new Date('2026-03-01T08:00:00Z').getTime();
  const clock = (): Date => new Date(now);
  ({ sink, outbox, worker, otp, accounts } = createSmsAccountsStack({
    db,
    clock,
    random: deterministicRandom(8),
    phoneOf: (n) => (n === N ? PHONE : n === N2 ? PHONE2 : null),
  }));
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Past the resend cool-down, well inside a code's lifetime. */
const later = (): void => void (now += 61_000);

async function deliveredOtp(phone: string): Promise<string> {
  await worker.deliverDue();
  const code = lastOtpCode(sink, phone);
  if (code === null) throw new Error('no OTP delivered');
  return code;
}

/** The bytes of the database file and its sidecars, as one latin1 string (a byte-for-byte search space). */
function fileBytes(): { name: string; bytes: string }[] {
  return ['', '-wal', '-shm', '-journal']
    .map((s) => file + s)
    .filter((f) => existsSync(f))
    .map((f) => ({ name: f.slice(dir.length + 1), bytes: readFileSync(f).toString('latin1') }));
}

/** Which secrets occur in which file, in UTF-8 (SQLite's text encoding) or UTF-16 either way round. */
function leaks(secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const { name, bytes } of fileBytes()) {
    for (const secret of secrets) {
      const forms = [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le'), Buffer.from(secret, 'utf16le').swap16()];
      if (forms.some((b) => bytes.includes(b.toString('latin1')))) found.push(`${secret} in ${name}`);
    }
  }
  return found;
}

describe('secrets at rest', () => {
  it('stores no plain password or OTP code in the database file or its WAL after real flows', async () => {
    // An account approved at the counter: a generated initial password, sent by SMS.
    let initialPassword = '';
    await accounts.createAccount({
      insuranceNumber: N2,
      idempotencyKey: 'approve:1',
      createdByRef: 'officer:1',
      onCreated: (c) => {
        initialPassword = c.initialPassword;
        outbox.enqueue({
          channel: 'sms',
          idempotencyKey: 'approve:1:sms',
          recipient: PHONE2,
          body: `Tài khoản VssID đã được tạo. Mật khẩu: ${c.initialPassword}`,
          sensitive: true,
        });
      },
    });
    expect(initialPassword).toMatch(/^\S{10}$/);

    // The demo-style account: first sign-in, the forced change, then a change confirmed by an SMS OTP.
    await accounts.createAccount({ insuranceNumber: N, initialPassword: DEMO_PASSWORD, idempotencyKey: 'demo:1' });
    expect((await accounts.signIn({ insuranceNumber: N, password: DEMO_PASSWORD, deviceId: 'kiosk:1' })).mustChangePassword).toBe(
      'first-login',
    );
    await accounts.forcedChangePassword({
      insuranceNumber: N,
      oldPassword: DEMO_PASSWORD,
      newPassword: FIRST_CHANGE,
      newPasswordRepeat: FIRST_CHANGE,
    });
    later();
    accounts.requestPasswordChangeOtp({ insuranceNumber: N });
    const changeCode = await deliveredOtp(PHONE);
    await accounts.changePassword({
      insuranceNumber: N,
      oldPassword: FIRST_CHANGE,
      newPassword: SECOND_CHANGE,
      newPasswordRepeat: SECOND_CHANGE,
      otp: changeCode,
    });
    await accounts.signIn({ insuranceNumber: N, password: SECOND_CHANGE, deviceId: 'kiosk:1' });

    // Sign-in with the CCCD + OTP: one code verified, one left unused.
    later();
    otp.issueOtp({ purpose: 'card-sign-in', subjectRef: N, phone: PHONE });
    const cardCode = await deliveredOtp(PHONE);
    otp.verifyOtp({ purpose: 'card-sign-in', subjectRef: N, code: cardCode });
    later();
    otp.issueOtp({ purpose: 'card-sign-in', subjectRef: N2, phone: PHONE2 });
    const unusedCode = await deliveredOtp(PHONE2);

    // An officer account and its sign-in.
    const officers = createOfficersService({
      db,
      clock: () => new Date(),
      random: deterministicRandom(9),
      logger: silentLogger,
      hashing: TEST_PASSWORD_HASHING,
    });
    await officers.createOfficer({ username: 'canbo01', displayName: 'Cán bộ Một', role: 'officer', password: OFFICER_PASSWORD });
    await officers.signInOfficer({ username: 'canbo01', password: OFFICER_PASSWORD });

    const codes = [changeCode, cardCode, unusedCode];
    expect(new Set(codes).size).toBe(codes.length);
    const secrets = [DEMO_PASSWORD, FIRST_CHANGE, SECOND_CHANGE, initialPassword, OFFICER_PASSWORD, ...codes];

    // Stored hashes are argon2id (citizens and officers alike); OTPs are stored only as hashes.
    const hashes = db.prepare('SELECT password_hash FROM accounts UNION ALL SELECT password_hash FROM officers').pluck().all() as string[];
    expect(hashes).toHaveLength(3);
    for (const h of hashes) expect(h).toMatch(/^\$argon2id\$v=19\$/);
    // Used codes are deleted at once (issue #14): only the unused one is left, as a hash.
    expect(db.prepare('SELECT COUNT(*) FROM otps').pluck().get()).toBe(1);

    // While the kiosk runs: the WAL holds recent page images, including rows since rewritten.
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(leaks(secrets)).toEqual([]);
    // After a clean close (checkpoint into the main file).
    db.close();
    expect(leaks(secrets)).toEqual([]);
    // The search itself works: a secret written in plain text is found.
    const probe = openDatabase(file);
    probe.prepare('INSERT INTO news (title, body, published_at, pinned) VALUES (?, ?, ?, 0)').run('t', `probe ${cardCode}`, 'x');
    expect(leaks([cardCode]).length).toBeGreaterThan(0);
    probe.close();
  });

  it('creates the database and its sidecar files owner-only (0600), in an owner-only folder', () => {
    const nested = join(dir, 'fresh', 'data');
    const f = join(nested, 'kiosk.sqlite');
    const fresh = openDatabase(f);
    fresh.prepare('INSERT INTO provinces (code, name, short_name, kind, name_key) VALUES (?,?,?,?,?)').run('01', 'A', 'A', 'tinh', 'a');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(existsSync(`${f}-wal`)).toBe(true);
    for (const s of ['-wal', '-shm']) expect(statSync(f + s).mode & 0o777, s).toBe(0o600);
    expect(statSync(nested).mode & 0o777).toBe(0o700);
    fresh.close();
  });
});
