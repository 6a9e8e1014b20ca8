/**
 * VssID accounts: username = mã số BHXH (10 digits), password, lockout, first-login and 6-monthly password change,
 * and the "one account on one device at a time" rule.
 *
 * Decisions (documented here because callers depend on them):
 * - createAccount is idempotent by idempotencyKey. The initial password is never returned on a retry and never
 *   stored in clear: it is handed to `onCreated`, which runs INSIDE the transaction that inserts the account, so
 *   the approval flow enqueues the SMS/e-mail carrying it atomically with the account. A retry returns
 *   `{ created: false }`; the message is then already in the outbox (marked sensitive, blanked once delivered).
 * - forcedChangePassword (first login / expired) needs no OTP: the user proved the password seconds ago and the
 *   account cannot be used for anything else until it is changed. The voluntary changePassword needs the OTP
 *   (VssID rule).
 * - Device binding: a phone/app sign-in binds its deviceId; a different device gets a 'conflict' error
 *   (reason 'device-change-otp-required') after an OTP was sent; confirmDeviceChange binds the new device and
 *   returns the old device id so the caller can end that session. A kiosk visit signs in with deviceId
 *   'kiosk:<station>' and bindDevice false (the default for 'kiosk:' ids): the shared kiosk never becomes the
 *   citizen's device and never signs their phone out; the visit session is the citizen-sessions table.
 * - Unknown accounts get the same 'unauthorized' answer, the same argon2 time and the same attempt countdown
 *   (tracked in memory) as wrong passwords, so the sign-in screen does not reveal who has an account.
 */
import { createHmac } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { appendAudit } from '../audit/audit-log';
import { getOrCreateSecret } from '../otp/database-secret';
import type { IssuedOtp, OtpService } from '../otp/otp-service';
import type { PasswordHashPool } from './password-hash-pool';
import { createPasswordHasher, PRODUCTION_PASSWORD_HASHING, type PasswordHashingOptions } from './password-hasher';
import { generatePassword, passwordProblem } from './password-policy';
import { isInsuranceNumber } from '../../../preload/contract/insurance-number';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60_000;
/** "at least every 6 months" read as 183 days. */
export const PASSWORD_MAX_AGE_MS = 183 * 24 * 3_600_000;

export type MustChangePassword = null | 'first-login' | 'expired';

export interface AccountsDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly random: (n: number) => Uint8Array;
  readonly logger: Logger;
  readonly otp: Pick<OtpService, 'issueOtp' | 'verifyOtp'>;
  readonly hashing?: PasswordHashingOptions;
  /** The host's shared argon2 pool (a private one when absent). */
  readonly hashPool?: PasswordHashPool;
  /** Registered phone of an insurance number; defaults to the persons table. */
  readonly phoneOf?: (insuranceNumber: string) => string | null;
}

export interface CreateAccountInput {
  readonly insuranceNumber: string;
  readonly initialPassword?: string;
  readonly idempotencyKey: string;
  /** Non-personal reference of the approver, e.g. 'officer:3'. */
  readonly createdByRef?: string;
  /** Runs inside the inserting transaction, only when the account is created now. Throwing rolls everything back. */
  readonly onCreated?: (created: { readonly accountRef: string; readonly initialPassword: string }) => void;
}

export interface CreateAccountResult {
  readonly created: boolean;
  readonly accountRef: string;
}

export interface SignInInput {
  readonly insuranceNumber: string;
  readonly password: string;
  readonly deviceId: string;
  /** Default: true, except for 'kiosk:' device ids. */
  readonly bindDevice?: boolean;
}

export interface SignInResult {
  readonly accountRef: string;
  readonly mustChangePassword: MustChangePassword;
  /** true when this call moved the account to a new device (confirmDeviceChange). */
  readonly deviceChange: boolean;
  /** The device that was signed out by a device change, so its session can be ended. */
  readonly previousDeviceId: string | null;
}

export interface ChangePasswordInput {
  readonly insuranceNumber: string;
  readonly oldPassword: string;
  readonly newPassword: string;
  readonly newPasswordRepeat: string;
  readonly otp: string;
}

export type ForcedChangePasswordInput = Omit<ChangePasswordInput, 'otp'>;

export interface ConfirmDeviceChangeInput {
  readonly insuranceNumber: string;
  readonly deviceId: string;
  readonly otp: string;
}

export interface AccountsService {
  createAccount(input: CreateAccountInput): Promise<CreateAccountResult>;
  signIn(input: SignInInput): Promise<SignInResult>;
  confirmDeviceChange(input: ConfirmDeviceChangeInput): SignInResult;
  requestPasswordChangeOtp(input: { readonly insuranceNumber: string }): IssuedOtp;
  changePassword(input: ChangePasswordInput): Promise<void>;
  forcedChangePassword(input: ForcedChangePasswordInput): Promise<void>;
  currentDevice(insuranceNumber: string): string | null;
  accountRefOf(insuranceNumber: string): string;
  exists(insuranceNumber: string): boolean;
  /** Whether the account must change its password now (for sign-ins that did not check the password, e.g. CCCD + OTP). */
  passwordStatus(insuranceNumber: string): MustChangePassword;
}

interface AccountRow {
  readonly insurance_number: string;
  readonly password_hash: string;
  readonly must_change_password: number;
  readonly password_changed_at: string;
  readonly failed_attempts: number;
  readonly locked_until: string | null;
  readonly pending_device_id: string | null;
  readonly creation_key: string;
}

const WRONG_CREDENTIALS = 'wrong insurance number or password';
const GHOST_CAPACITY = 10_000;

export function createAccountsService(deps: AccountsDeps): AccountsService {
  const { db, clock, random, logger, otp } = deps;
  const hasher = createPasswordHasher(deps.hashing ?? PRODUCTION_PASSWORD_HASHING, deps.hashPool);
  const phoneOf =
    deps.phoneOf ??
    ((n: string): string | null =>
      (db.prepare('SELECT phone FROM persons WHERE insurance_number = ?').get(n) as { phone: string | null } | undefined)?.phone ?? null);
  /** Failure counters for insurance numbers without an account (see header). */
  const ghosts = new Map<string, { failed: number; lockedUntil: number }>();

  const byNumber = db.prepare('SELECT * FROM accounts WHERE insurance_number = ?');
  const byKey = db.prepare('SELECT insurance_number FROM accounts WHERE creation_key = ?');
  const current = db.prepare('SELECT device_id FROM account_devices WHERE insurance_number = ? AND signed_out_at IS NULL');

  const accountRefOf = (n: string): string =>
    'acc_' +
    createHmac('sha256', getOrCreateSecret(db, 'account-ref', random, clock()))
      .update(n)
      .digest('hex')
      .slice(0, 24);
  const actorOf = (n: string): string => `citizen:${accountRefOf(n)}`;
  const load = (n: string): AccountRow | undefined => byNumber.get(n) as AccountRow | undefined;

  const requireNumber = (n: string): void => {
    if (!isInsuranceNumber(n))
      throw new KioskFailure('invalid-input', 'the username is the 10-digit insurance number', { field: 'insuranceNumber' });
  };
  const requirePolicy = (password: string, options: { old?: string; repeat?: string }, field: string): void => {
    const problem = passwordProblem(password, options);
    if (problem !== null) throw new KioskFailure('invalid-input', `password rejected: ${problem}`, { field, reason: problem });
  };

  const lockedFor = (lockedUntil: string | null | number, now: Date): number => {
    if (lockedUntil === null) return 0;
    const until = typeof lockedUntil === 'number' ? lockedUntil : Date.parse(lockedUntil);
    return Math.max(0, until - now.getTime());
  };
  const lockedOut = (ms: number): KioskFailure =>
    new KioskFailure('locked-out', 'too many wrong passwords; try again later', { retryAfterSeconds: Math.ceil(ms / 1000) });

  /**
   * Reserves this attempt BEFORE the password is compared (issue #14): the lockout decision and the count are one
   * transaction, so N guesses sent at once get at most MAX_FAILED_SIGN_INS compares; the others find the lock. The
   * MAX-th reservation sets the lock already; a right password then clears the count and the lock.
   */
  const reserveAttempt = db.transaction((n: string): { readonly attempt: number } | { readonly waitMs: number } => {
    const now = clock();
    const row = db.prepare('SELECT failed_attempts, locked_until FROM accounts WHERE insurance_number = ?').get(n) as Pick<
      AccountRow,
      'failed_attempts' | 'locked_until'
    >;
    const wait = lockedFor(row.locked_until, now);
    if (wait > 0) return { waitMs: wait };
    const attempt = row.failed_attempts + 1;
    if (attempt >= MAX_FAILED_SIGN_INS) {
      db.prepare('UPDATE accounts SET failed_attempts = 0, locked_until = ? WHERE insurance_number = ?').run(
        new Date(now.getTime() + LOCKOUT_MS).toISOString(),
        n,
      );
    } else {
      db.prepare('UPDATE accounts SET failed_attempts = ?, locked_until = NULL WHERE insurance_number = ?').run(attempt, n);
    }
    return { attempt };
  });

  /** The answer to a wrong password whose attempt was reserved as `attempt`. */
  const failureOf = (n: string, attempt: number): KioskFailure => {
    if (attempt < MAX_FAILED_SIGN_INS) {
      return new KioskFailure('unauthorized', WRONG_CREDENTIALS, { remainingAttempts: MAX_FAILED_SIGN_INS - attempt });
    }
    appendAudit(db, {
      at: clock(),
      actor: 'system',
      action: 'account.locked-out',
      subjectRef: accountRefOf(n),
      details: { minutes: LOCKOUT_MS / 60_000 },
    });
    logger.warn('account.locked-out', {});
    return lockedOut(LOCKOUT_MS);
  };

  /** The same reservation for insurance numbers without an account, in memory (synchronous, so just as atomic). */
  const reserveGhost = (n: string, now: Date): KioskFailure => {
    const g = ghosts.get(n) ?? { failed: 0, lockedUntil: 0 };
    ghosts.delete(n);
    const failed = g.failed + 1;
    if (ghosts.size >= GHOST_CAPACITY) {
      const oldest = ghosts.keys().next();
      if (!oldest.done) ghosts.delete(oldest.value);
    }
    if (failed >= MAX_FAILED_SIGN_INS) {
      ghosts.set(n, { failed: 0, lockedUntil: now.getTime() + LOCKOUT_MS });
      return lockedOut(LOCKOUT_MS);
    }
    ghosts.set(n, { failed, lockedUntil: 0 });
    return new KioskFailure('unauthorized', WRONG_CREDENTIALS, { remainingAttempts: MAX_FAILED_SIGN_INS - failed });
  };

  /** Verifies the password of an account, applying lockout; returns the row on success. */
  const authenticate = async (n: string, password: string): Promise<AccountRow> => {
    requireNumber(n);
    const before = clock();
    const row = load(n);
    if (row === undefined) {
      const ghost = ghosts.get(n);
      const wait = lockedFor(ghost?.lockedUntil ?? null, before);
      if (wait > 0) throw lockedOut(wait);
      hasher.assertRoom();
      const failure = reserveGhost(n, before);
      await hasher.burn(password);
      throw failure;
    }
    // A full hashing queue refuses before anything is counted; from here to the verify call nothing awaits.
    hasher.assertRoom();
    const reserved = reserveAttempt.immediate(n);
    if ('waitMs' in reserved) throw lockedOut(reserved.waitMs);
    if (!(await hasher.verify(row.password_hash, password))) throw failureOf(n, reserved.attempt);
    db.prepare('UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE insurance_number = ?').run(n);
    return row;
  };

  const mustChange = (row: Pick<AccountRow, 'must_change_password' | 'password_changed_at'>, now: Date): MustChangePassword => {
    if (row.must_change_password === 1) return 'first-login';
    return now.getTime() - Date.parse(row.password_changed_at) >= PASSWORD_MAX_AGE_MS ? 'expired' : null;
  };

  const registeredPhone = (n: string): string => {
    const phone = phoneOf(n);
    if (phone === null || phone.trim() === '') {
      throw new KioskFailure('forbidden', 'no registered phone for this account; the citizen must visit the counter', {
        reason: 'no-registered-phone',
      });
    }
    return phone;
  };

  const bindOrDetect = db.transaction((n: string, deviceId: string): { bound: boolean; other: string | null } => {
    const cur = current.get(n) as { device_id: string } | undefined;
    if (cur === undefined) {
      db.prepare('INSERT INTO account_devices (insurance_number, device_id, bound_at) VALUES (?, ?, ?)').run(
        n,
        deviceId,
        clock().toISOString(),
      );
      db.prepare('UPDATE accounts SET pending_device_id = NULL WHERE insurance_number = ?').run(n);
      return { bound: true, other: null };
    }
    if (cur.device_id === deviceId) return { bound: false, other: null };
    db.prepare('UPDATE accounts SET pending_device_id = ? WHERE insurance_number = ?').run(deviceId, n);
    return { bound: false, other: cur.device_id };
  });

  const setPassword = db.transaction((n: string, hash: string, action: string) => {
    const now = clock();
    db.prepare(
      'UPDATE accounts SET password_hash = ?, must_change_password = 0, password_changed_at = ?, failed_attempts = 0, locked_until = NULL WHERE insurance_number = ?',
    ).run(hash, now.toISOString(), n);
    appendAudit(db, { at: now, actor: actorOf(n), action, subjectRef: accountRefOf(n) });
  });

  const changeWith = async (input: ForcedChangePasswordInput, otpCode: string | null): Promise<void> => {
    requireNumber(input.insuranceNumber);
    requirePolicy(input.newPassword, { old: input.oldPassword, repeat: input.newPasswordRepeat }, 'newPassword');
    const row = await authenticate(input.insuranceNumber, input.oldPassword);
    if (otpCode === null) {
      if (mustChange(row, clock()) === null)
        throw new KioskFailure('forbidden', 'this password does not need changing; use the change-password flow with an OTP');
    } else {
      otp.verifyOtp({ purpose: 'change-password', subjectRef: input.insuranceNumber, code: otpCode });
    }
    const hash = await hasher.hash(input.newPassword);
    setPassword.immediate(input.insuranceNumber, hash, otpCode === null ? 'account.password-changed-forced' : 'account.password-changed');
    logger.info('account.password-changed', { forced: otpCode === null });
  };

  return {
    accountRefOf,
    exists: (n) => load(n) !== undefined,
    passwordStatus(n) {
      const row = load(n);
      if (row === undefined) throw new KioskFailure('not-found', 'no such account');
      return mustChange(row, clock());
    },
    currentDevice: (n) => (current.get(n) as { device_id: string } | undefined)?.device_id ?? null,

    async createAccount(input) {
      requireNumber(input.insuranceNumber);
      if (input.idempotencyKey.trim() === '')
        throw new KioskFailure('invalid-input', 'idempotencyKey is required', { field: 'idempotencyKey' });
      const replay = (): CreateAccountResult | null => {
        const prior = byKey.get(input.idempotencyKey) as { insurance_number: string } | undefined;
        if (prior === undefined) return null;
        if (prior.insurance_number !== input.insuranceNumber) {
          throw new KioskFailure('conflict', 'idempotency key reused for a different account', { reason: 'idempotency-key-reused' });
        }
        return { created: false, accountRef: accountRefOf(input.insuranceNumber) };
      };
      const early = replay();
      if (early) return early;
      if (input.initialPassword !== undefined) requirePolicy(input.initialPassword, {}, 'initialPassword');
      const initialPassword = input.initialPassword ?? generatePassword(random);
      const hash = await hasher.hash(initialPassword);
      const insert = db.transaction((): CreateAccountResult => {
        const again = replay(); // a concurrent retry may have won while we were hashing
        if (again) return again;
        if (load(input.insuranceNumber) !== undefined) {
          throw new KioskFailure('conflict', 'an account already exists for this insurance number', { reason: 'account-exists' });
        }
        const now = clock();
        db.prepare(
          `INSERT INTO accounts (insurance_number, password_hash, must_change_password, password_changed_at, creation_key, created_at, created_by_ref)
           VALUES (?, ?, 1, ?, ?, ?, ?)`,
        ).run(input.insuranceNumber, hash, now.toISOString(), input.idempotencyKey, now.toISOString(), input.createdByRef ?? null);
        const accountRef = accountRefOf(input.insuranceNumber);
        appendAudit(db, { at: now, actor: input.createdByRef ?? 'system', action: 'account.created', subjectRef: accountRef });
        input.onCreated?.({ accountRef, initialPassword });
        return { created: true, accountRef };
      });
      const result = insert.immediate();
      if (result.created) logger.info('account.created', {});
      return result;
    },

    async signIn(input) {
      const bindDevice = input.bindDevice ?? !input.deviceId.startsWith('kiosk:');
      if (input.deviceId.trim() === '') throw new KioskFailure('invalid-input', 'deviceId is required', { field: 'deviceId' });
      if (bindDevice && input.deviceId.startsWith('kiosk:')) {
        throw new KioskFailure('invalid-input', 'a kiosk is never bound as a citizen device', { field: 'deviceId' });
      }
      const row = await authenticate(input.insuranceNumber, input.password);
      const n = input.insuranceNumber;
      const result: SignInResult = {
        accountRef: accountRefOf(n),
        mustChangePassword: mustChange(row, clock()),
        deviceChange: false,
        previousDeviceId: null,
      };
      if (!bindDevice) return result;
      const { other } = bindOrDetect.immediate(n, input.deviceId);
      if (other === null) return result;
      const phone = registeredPhone(n);
      try {
        const issued = otp.issueOtp({ purpose: 'device-change', subjectRef: n, phone });
        logger.info('account.device-change-requested', {});
        throw new KioskFailure('conflict', 'the account is in use on another device; confirm with the OTP sent to the registered phone', {
          reason: 'device-change-otp-required',
          otpSent: true,
          maskedPhone: issued.maskedPhone,
        });
      } catch (error) {
        // A code sent less than a minute ago is still valid: tell the caller to use it.
        if (error instanceof KioskFailure && error.code === 'rate-limited') {
          throw new KioskFailure('conflict', 'the account is in use on another device; use the OTP already sent', {
            reason: 'device-change-otp-required',
            otpSent: false,
            retryAfterSeconds: Number(error.detail?.retryAfterSeconds ?? 0),
          });
        }
        throw error;
      }
    },

    confirmDeviceChange(input) {
      requireNumber(input.insuranceNumber);
      const row = load(input.insuranceNumber);
      if (row === undefined || row.pending_device_id !== input.deviceId) {
        throw new KioskFailure('conflict', 'no device change is pending for this device; sign in again', {
          reason: 'no-pending-device-change',
        });
      }
      otp.verifyOtp({ purpose: 'device-change', subjectRef: input.insuranceNumber, code: input.otp });
      const previous = db
        .transaction((): string | null => {
          const now = clock().toISOString();
          const cur = current.get(input.insuranceNumber) as { device_id: string } | undefined;
          db.prepare('UPDATE account_devices SET signed_out_at = ? WHERE insurance_number = ? AND signed_out_at IS NULL').run(
            now,
            input.insuranceNumber,
          );
          db.prepare('INSERT INTO account_devices (insurance_number, device_id, bound_at) VALUES (?, ?, ?)').run(
            input.insuranceNumber,
            input.deviceId,
            now,
          );
          db.prepare('UPDATE accounts SET pending_device_id = NULL WHERE insurance_number = ?').run(input.insuranceNumber);
          appendAudit(db, {
            at: clock(),
            actor: actorOf(input.insuranceNumber),
            action: 'account.device-changed',
            subjectRef: accountRefOf(input.insuranceNumber),
          });
          return cur?.device_id ?? null;
        })
        .immediate();
      logger.info('account.device-changed', {});
      return {
        accountRef: accountRefOf(input.insuranceNumber),
        mustChangePassword: mustChange(row, clock()),
        deviceChange: true,
        previousDeviceId: previous,
      };
    },

    requestPasswordChangeOtp(input) {
      requireNumber(input.insuranceNumber);
      if (load(input.insuranceNumber) === undefined) throw new KioskFailure('not-found', 'no such account');
      return otp.issueOtp({ purpose: 'change-password', subjectRef: input.insuranceNumber, phone: registeredPhone(input.insuranceNumber) });
    },

    changePassword: (input) => changeWith(input, input.otp),
    forcedChangePassword: (input) => changeWith(input, null),
  };
}
