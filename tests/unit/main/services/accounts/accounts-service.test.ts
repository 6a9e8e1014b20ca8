import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { verifyAudit } from '../../../../../main/services/audit/audit-log';
import type { DevSmsSink } from '../../../../../main/services/notifications/dev-sms-sink';
import type { Outbox } from '../../../../../main/services/notifications/outbox';
import type { OutboxWorker } from '../../../../../main/services/notifications/outbox-worker';
import { lastOtpCode } from '../../../../../main/services/otp/last-otp-code';
import { createSmsAccountsStack, failureOf } from '../../../../support/service-test-kit';
import { LOCKOUT_MS, type AccountsService } from '../../../../../main/services/accounts/accounts-service';

const N = '0123456789';
const PHONE = '0912345678';
const DAY = 24 * 3_600_000;

let db: Database;
let now: Date;
let sink: DevSmsSink;
let worker: OutboxWorker;
let outbox: Outbox;
let accounts: AccountsService;

beforeEach(() => {
  db = openDatabase(':memory:');
  now = new Date('2025-03-01T08:00:00Z');
  ({ sink, outbox, worker, accounts } = createSmsAccountsStack({ db, clock: () => now, phoneOf: (n) => (n === N ? PHONE : null) }));
});
afterEach(() => db.close());

const advance = (ms: number): void => {
  now = new Date(now.getTime() + ms);
};

async function readOtp(): Promise<string> {
  await worker.deliverDue();
  const code = lastOtpCode(sink, PHONE);
  if (code === null) throw new Error('no OTP');
  return code;
}

/** Creates the account and moves it past first login with password 'matkhau2025'. */
async function activeAccount(): Promise<void> {
  await accounts.createAccount({ insuranceNumber: N, initialPassword: 'Bhxh1234', idempotencyKey: 'reg-1' });
  await accounts.forcedChangePassword({
    insuranceNumber: N,
    oldPassword: 'Bhxh1234',
    newPassword: 'matkhau2025',
    newPasswordRepeat: 'matkhau2025',
  });
}

describe('createAccount', () => {
  it('generates a 10-char unambiguous initial password and hands it over inside the transaction', async () => {
    let password = '';
    const result = await accounts.createAccount({
      insuranceNumber: N,
      idempotencyKey: 'approve:reg-1',
      createdByRef: 'officer:1',
      onCreated: ({ initialPassword }) => {
        password = initialPassword;
        outbox.enqueue({
          channel: 'sms',
          idempotencyKey: 'approve:reg-1:sms',
          recipient: PHONE,
          body: `Mật khẩu: ${initialPassword}`,
          sensitive: true,
        });
      },
    });
    expect(result.created).toBe(true);
    expect(result.accountRef).toMatch(/^acc_[0-9a-f]{24}$/);
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{10}$/);
    expect(password).toMatch(/\d/);
    expect(password).toMatch(/[A-Za-z]/);
    const stored = db.prepare('SELECT password_hash, must_change_password FROM accounts').get() as {
      password_hash: string;
      must_change_password: number;
    };
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.password_hash).not.toContain(password);
    expect(stored.must_change_password).toBe(1);
    const signedIn = await accounts.signIn({ insuranceNumber: N, password, deviceId: 'phone-A' });
    expect(signedIn.mustChangePassword).toBe('first-login');
  });

  it('is idempotent: a retry with the same key creates nothing and does not call onCreated again', async () => {
    let calls = 0;
    const input = { insuranceNumber: N, idempotencyKey: 'approve:reg-1', onCreated: () => void calls++ };
    const [a, b] = await Promise.all([accounts.createAccount(input), accounts.createAccount(input)]);
    const c = await accounts.createAccount(input);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(c).toEqual({ created: false, accountRef: a.accountRef });
    expect(calls).toBe(1);
    expect((db.prepare('SELECT COUNT(*) AS n FROM accounts').get() as { n: number }).n).toBe(1);
  });

  it('rolls the account back when onCreated fails', async () => {
    await expect(
      accounts.createAccount({
        insuranceNumber: N,
        idempotencyKey: 'k',
        onCreated: () => {
          throw new Error('outbox down');
        },
      }),
    ).rejects.toThrow('outbox down');
    expect(accounts.exists(N)).toBe(false);
  });

  it('refuses a second account for the same number under another key, and a key reused for another number', async () => {
    await accounts.createAccount({ insuranceNumber: N, idempotencyKey: 'k1' });
    expect((await failureOf(() => accounts.createAccount({ insuranceNumber: N, idempotencyKey: 'k2' }))).detail?.reason).toBe(
      'account-exists',
    );
    expect((await failureOf(() => accounts.createAccount({ insuranceNumber: '0999999999', idempotencyKey: 'k1' }))).detail?.reason).toBe(
      'idempotency-key-reused',
    );
    expect((await failureOf(() => accounts.createAccount({ insuranceNumber: '12345', idempotencyKey: 'k3' }))).code).toBe('invalid-input');
  });

  it('writes a verifiable audit entry without the insurance number', async () => {
    await accounts.createAccount({ insuranceNumber: N, idempotencyKey: 'k1', createdByRef: 'officer:7' });
    const rows = db.prepare('SELECT actor, action, subject_ref, details FROM audit_log').all();
    expect(rows).toEqual([{ actor: 'officer:7', action: 'account.created', subject_ref: accounts.accountRefOf(N), details: '{}' }]);
    expect(JSON.stringify(rows)).not.toContain(N);
    expect(verifyAudit(db).ok).toBe(true);
  });
});

describe('signIn', () => {
  beforeEach(activeAccount);

  it('signs in and binds the first device', async () => {
    const r = await accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-A' });
    expect(r).toEqual({ accountRef: accounts.accountRefOf(N), mustChangePassword: null, deviceChange: false, previousDeviceId: null });
    expect(accounts.currentDevice(N)).toBe('phone-A');
  });

  it('counts wrong passwords, locks for 15 minutes after 5, then lets the right password in', async () => {
    for (let remaining = 4; remaining >= 1; remaining--) {
      const f = await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'sai-mat-khau1', deviceId: 'phone-A' }));
      expect(f.code).toBe('unauthorized');
      expect(f.detail?.remainingAttempts).toBe(remaining);
    }
    const locked = await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'sai-mat-khau1', deviceId: 'phone-A' }));
    expect(locked.code).toBe('locked-out');
    expect(locked.detail?.retryAfterSeconds).toBe(900);

    advance(10 * 60_000);
    const stillLocked = await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-A' }));
    expect(stillLocked.code).toBe('locked-out');
    expect(stillLocked.detail?.retryAfterSeconds).toBe(300);

    advance(LOCKOUT_MS - 10 * 60_000);
    await expect(accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-A' })).resolves.toMatchObject({
      mustChangePassword: null,
    });
    // The counter restarted.
    const f = await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'sai-mat-khau1', deviceId: 'phone-A' }));
    expect(f.detail?.remainingAttempts).toBe(4);
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const wrong = await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'sai-mat-khau1', deviceId: 'p' }));
    const unknown = await failureOf(() => accounts.signIn({ insuranceNumber: '0999999999', password: 'sai-mat-khau1', deviceId: 'p' }));
    expect(unknown.code).toBe(wrong.code);
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.detail).toEqual(wrong.detail);
    for (let i = 0; i < 4; i++) await failureOf(() => accounts.signIn({ insuranceNumber: '0999999999', password: 'x', deviceId: 'p' }));
    expect((await failureOf(() => accounts.signIn({ insuranceNumber: '0999999999', password: 'x', deviceId: 'p' }))).code).toBe(
      'locked-out',
    );
  });

  it('asks for a password change when the password is 183 days old', async () => {
    advance(183 * DAY - 1);
    expect((await accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-A' })).mustChangePassword).toBeNull();
    advance(1);
    expect((await accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-A' })).mustChangePassword).toBe(
      'expired',
    );
    await accounts.forcedChangePassword({
      insuranceNumber: N,
      oldPassword: 'matkhau2025',
      newPassword: 'matkhau2026',
      newPasswordRepeat: 'matkhau2026',
    });
    expect((await accounts.signIn({ insuranceNumber: N, password: 'matkhau2026', deviceId: 'phone-A' })).mustChangePassword).toBeNull();
  });
});

describe('one device at a time', () => {
  beforeEach(async () => {
    await activeAccount();
    await accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-A' });
  });

  it('a second device gets a conflict and an OTP; confirming moves the binding and names the old device', async () => {
    const f = await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-B' }));
    expect(f.code).toBe('conflict');
    expect(f.detail).toMatchObject({ reason: 'device-change-otp-required', otpSent: true, maskedPhone: '*******678' });
    expect(accounts.currentDevice(N)).toBe('phone-A');
    const code = await readOtp();

    const r = accounts.confirmDeviceChange({ insuranceNumber: N, deviceId: 'phone-B', otp: code });
    expect(r).toMatchObject({ deviceChange: true, previousDeviceId: 'phone-A', mustChangePassword: null });
    expect(accounts.currentDevice(N)).toBe('phone-B');
    const rows = db.prepare('SELECT device_id, signed_out_at FROM account_devices ORDER BY id').all() as {
      device_id: string;
      signed_out_at: string | null;
    }[];
    expect(rows.map((r2) => [r2.device_id, r2.signed_out_at !== null])).toEqual([
      ['phone-A', true],
      ['phone-B', false],
    ]);
    // Now phone A is the stranger.
    expect((await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-A' }))).code).toBe(
      'conflict',
    );
  });

  it('a wrong password on the second device sends no OTP', async () => {
    const f = await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'sai-mat-khau1', deviceId: 'phone-B' }));
    expect(f.code).toBe('unauthorized');
    await worker.deliverDue();
    expect(sink.messages()).toHaveLength(0);
  });

  it('confirming needs the OTP and the device that asked', async () => {
    await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-B' }));
    const code = await readOtp();
    expect(
      (await failureOf(() => accounts.confirmDeviceChange({ insuranceNumber: N, deviceId: 'phone-C', otp: code }))).detail?.reason,
    ).toBe('no-pending-device-change');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect((await failureOf(() => accounts.confirmDeviceChange({ insuranceNumber: N, deviceId: 'phone-B', otp: wrong }))).code).toBe(
      'unauthorized',
    );
    expect(accounts.currentDevice(N)).toBe('phone-A');
  });

  it('signing in again within the cooldown reuses the code already sent', async () => {
    await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-B' }));
    const again = await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-B' }));
    expect(again.detail).toMatchObject({ reason: 'device-change-otp-required', otpSent: false });
    const code = await readOtp();
    expect(accounts.confirmDeviceChange({ insuranceNumber: N, deviceId: 'phone-B', otp: code }).previousDeviceId).toBe('phone-A');
  });

  it('a kiosk visit signs in without binding or signing the phone out', async () => {
    const r = await accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'kiosk:quay-1' });
    expect(r.deviceChange).toBe(false);
    expect(accounts.currentDevice(N)).toBe('phone-A');
    expect(
      (await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'kiosk:quay-1', bindDevice: true })))
        .code,
    ).toBe('invalid-input');
  });
});

describe('changePassword', () => {
  beforeEach(activeAccount);

  it('needs the old password, the new one twice, and the OTP; then the new password works', async () => {
    accounts.requestPasswordChangeOtp({ insuranceNumber: N });
    const code = await readOtp();
    await accounts.changePassword({
      insuranceNumber: N,
      oldPassword: 'matkhau2025',
      newPassword: 'Moi12345',
      newPasswordRepeat: 'Moi12345',
      otp: code,
    });
    expect((await failureOf(() => accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-A' }))).code).toBe(
      'unauthorized',
    );
    expect((await accounts.signIn({ insuranceNumber: N, password: 'Moi12345', deviceId: 'phone-A' })).mustChangePassword).toBeNull();
  });

  it('rejects policy violations with the reason, before spending the OTP', async () => {
    const base = { insuranceNumber: N, oldPassword: 'matkhau2025', otp: '000000' };
    const reason = async (newPassword: string, newPasswordRepeat: string): Promise<unknown> =>
      (await failureOf(() => accounts.changePassword({ ...base, newPassword, newPasswordRepeat }))).detail?.reason;
    expect(await reason('Moi12345', 'Moi12346')).toBe('repeat-mismatch');
    expect(await reason('Moi1234', 'Moi1234')).toBe('too-short');
    expect(await reason('chichuthoi', 'chichuthoi')).toBe('needs-letter-and-digit');
    expect(await reason('12345678', '12345678')).toBe('needs-letter-and-digit');
    expect(await reason('matkhau2025', 'matkhau2025')).toBe('same-as-old');
  });

  it('rejects a wrong old password (counting toward lockout) and a missing or wrong OTP', async () => {
    const wrongOld = await failureOf(() =>
      accounts.changePassword({
        insuranceNumber: N,
        oldPassword: 'nham-mk-99',
        newPassword: 'Moi12345',
        newPasswordRepeat: 'Moi12345',
        otp: '123456',
      }),
    );
    expect(wrongOld.detail?.remainingAttempts).toBe(4);
    const noOtp = await failureOf(() =>
      accounts.changePassword({
        insuranceNumber: N,
        oldPassword: 'matkhau2025',
        newPassword: 'Moi12345',
        newPasswordRepeat: 'Moi12345',
        otp: '123456',
      }),
    );
    expect(noOtp.code).toBe('expired');
    await accounts.signIn({ insuranceNumber: N, password: 'matkhau2025', deviceId: 'phone-A' });
  });

  it('forcedChangePassword is only for first-login / expired passwords', async () => {
    const f = await failureOf(() =>
      accounts.forcedChangePassword({
        insuranceNumber: N,
        oldPassword: 'matkhau2025',
        newPassword: 'Moi12345',
        newPasswordRepeat: 'Moi12345',
      }),
    );
    expect(f.code).toBe('forbidden');
  });

  it('an account without a registered phone cannot get an OTP', async () => {
    await accounts.createAccount({ insuranceNumber: '0999999999', idempotencyKey: 'k9' });
    expect((await failureOf(() => accounts.requestPasswordChangeOtp({ insuranceNumber: '0999999999' }))).detail?.reason).toBe(
      'no-registered-phone',
    );
  });
});
