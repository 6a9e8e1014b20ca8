/**
 * One-time codes sent by SMS to the registered phone (change password, confirm a device change, verify a phone).
 *
 * The database keeps only HMAC-SHA256(per-database secret, purpose | subject | code), never the code: the only place
 * a code can be read back is the SMS gateway — in development the in-memory sink (see last-otp-code.ts).
 * Codes live 5 minutes and allow 5 attempts; only the newest code per (subject, purpose) counts. Resending is
 * limited per subject (all purposes together, because the cost and the abuse are per phone): one code per 60 s and
 * five per hour.
 *
 * Spent codes do not linger (issue #14): a code that was used is deleted at once, with every older code of the same
 * subject and purpose (otherwise the previous code would become the newest and count again). Expired codes lose their
 * hash at the next sweep (purgeSpent: at start and on the hourly expiry timer); expired or invalidated rows are
 * deleted once they are older than the one-hour resend window, which they are kept for.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import type { Outbox } from '../notifications/outbox';
import { getOrCreateSecret } from './database-secret';

export const OTP_PURPOSES = ['change-password', 'device-change', 'forgot-password', 'phone-verification', 'card-sign-in'] as const;
export type OtpPurpose = (typeof OTP_PURPOSES)[number];

export const OTP_TTL_MS = 5 * 60_000;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_RESEND_COOLDOWN_MS = 60_000;
export const OTP_MAX_PER_HOUR = 5;
const HOUR_MS = 3_600_000;

export const otpSmsBody = (code: string): string =>
  `Mã xác thực BHXH của bạn là ${code}. Mã có hiệu lực trong 5 phút. Không chia sẻ mã này cho bất kỳ ai.`;

export interface OtpDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly random: (n: number) => Uint8Array;
  readonly logger: Logger;
  readonly outbox: Pick<Outbox, 'enqueue'>;
  /** Code lifetime; default OTP_TTL_MS. Shorter only in tests (e2e of the "expired code" message). */
  readonly ttlMs?: number;
}

export interface IssueOtpInput {
  readonly purpose: OtpPurpose;
  /** Insurance number, or phoneSubjectRef(phone) when there is no account yet. */
  readonly subjectRef: string;
  readonly phone: string;
}

export interface IssuedOtp {
  readonly otpId: number;
  readonly expiresAt: string;
  /** e.g. '*******678', for "we sent a code to …". */
  readonly maskedPhone: string;
}

export interface VerifyOtpInput {
  readonly purpose: OtpPurpose;
  readonly subjectRef: string;
  readonly code: string;
}

export interface OtpService {
  issueOtp(input: IssueOtpInput): IssuedOtp;
  /** Returns when the code is right (and consumes it); throws KioskFailure otherwise. */
  verifyOtp(input: VerifyOtpInput): void;
  /** Invalidates every open code of a subject (kiosk session wiped). Rows stay, so resend limits still hold. */
  destroyOtpsFor(subjectRef: string): number;
  /** Non-personal subject reference for a phone number (HMAC, so the table does not hold the number). */
  phoneSubjectRef(phone: string): string;
  /** Deletes rows older than a day (housekeeping; rate limits only look back one hour). */
  purgeOld(): number;
  /** Blanks the hash of every expired code and deletes spent rows older than the resend window (see above). */
  purgeSpent(): { readonly blanked: number; readonly deleted: number };
}

interface OtpRow {
  readonly id: number;
  readonly code_hash: string;
  readonly expires_at: string;
  readonly attempts: number;
  readonly max_attempts: number;
  readonly consumed_at: string | null;
  readonly created_at: string;
}

type VerifyOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'none' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'locked'; readonly retryAfterSeconds: number }
  | { readonly kind: 'wrong'; readonly remainingAttempts: number };

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 3 ? '***' : '*'.repeat(digits.length - 3) + digits.slice(-3);
}

export function createOtpService(deps: OtpDeps): OtpService {
  const { db, clock, random, logger, outbox } = deps;
  const otpKey = (): Buffer => getOrCreateSecret(db, 'otp', random, clock());
  const hashCode = (purpose: string, subjectRef: string, code: string): string =>
    createHmac('sha256', otpKey()).update(`${purpose}\u0000${subjectRef}\u0000${code}`, 'utf8').digest('hex');

  const newCode = (): string => {
    // Rejection sampling over 32-bit values keeps the six digits uniform.
    const limit = Math.floor(0x1_0000_0000 / 1_000_000) * 1_000_000;
    for (;;) {
      const b = random(4);
      const n = ((b[0] ?? 0) * 0x100_0000 + ((b[1] ?? 0) << 16) + ((b[2] ?? 0) << 8) + (b[3] ?? 0)) >>> 0;
      if (n < limit) return String(n % 1_000_000).padStart(6, '0');
    }
  };

  const recent = db.prepare('SELECT created_at FROM otps WHERE subject_ref = ? AND created_at > ? ORDER BY created_at');
  const insert = db.prepare(
    'INSERT INTO otps (purpose, subject_ref, code_hash, expires_at, attempts, max_attempts, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)',
  );
  const latest = db.prepare('SELECT * FROM otps WHERE subject_ref = ? AND purpose = ? ORDER BY id DESC LIMIT 1');

  const cooldownLeftMs = (subjectRef: string, nowMs: number): number => {
    const rows = recent.all(subjectRef, new Date(nowMs - HOUR_MS).toISOString()) as { created_at: string }[];
    const last = rows.at(-1);
    const cooldown = last === undefined ? 0 : Date.parse(last.created_at) + OTP_RESEND_COOLDOWN_MS - nowMs;
    const first = rows[0];
    const hourly =
      rows.length >= OTP_MAX_PER_HOUR && first !== undefined
        ? Date.parse(rows[rows.length - OTP_MAX_PER_HOUR]!.created_at) + HOUR_MS - nowMs
        : 0;
    return Math.max(0, cooldown, hourly);
  };

  const issue = db.transaction((input: IssueOtpInput): IssuedOtp => {
    const now = clock();
    const wait = cooldownLeftMs(input.subjectRef, now.getTime());
    if (wait > 0) {
      throw new KioskFailure('rate-limited', 'an OTP was sent recently; wait before requesting another', {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
    const code = newCode();
    const expiresAt = new Date(now.getTime() + (deps.ttlMs ?? OTP_TTL_MS)).toISOString();
    const info = insert.run(
      input.purpose,
      input.subjectRef,
      hashCode(input.purpose, input.subjectRef, code),
      expiresAt,
      OTP_MAX_ATTEMPTS,
      now.toISOString(),
    );
    const otpId = Number(info.lastInsertRowid);
    // Row ids come back once the newest row was deleted (a used code): the key needs its own random part, or the
    // next code's SMS would be taken for the previous one's and never sent.
    const nonce = Buffer.from(random(6)).toString('hex');
    outbox.enqueue({
      channel: 'sms',
      idempotencyKey: `otp:${otpId}:${nonce}`,
      recipient: input.phone,
      body: otpSmsBody(code),
      sensitive: true,
    });
    return { otpId, expiresAt, maskedPhone: maskPhone(input.phone) };
  });

  // Decide inside the transaction, throw after it committed: a wrong attempt must be counted, not rolled back.
  const check = db.transaction((input: VerifyOtpInput): VerifyOutcome => {
    const now = clock();
    const row = latest.get(input.subjectRef, input.purpose) as OtpRow | undefined;
    if (row === undefined || row.consumed_at !== null) return { kind: 'none' };
    if (row.attempts >= row.max_attempts) {
      return { kind: 'locked', retryAfterSeconds: Math.ceil(cooldownLeftMs(input.subjectRef, now.getTime()) / 1000) };
    }
    if (now.getTime() >= Date.parse(row.expires_at)) return { kind: 'expired' };
    const expected = Buffer.from(row.code_hash, 'hex');
    const actual = Buffer.from(hashCode(input.purpose, input.subjectRef, input.code), 'hex');
    if (expected.length === actual.length && timingSafeEqual(expected, actual)) {
      // Used: nothing of it (or of the codes it replaced) needs to stay.
      db.prepare('DELETE FROM otps WHERE subject_ref = ? AND purpose = ? AND id <= ?').run(input.subjectRef, input.purpose, row.id);
      return { kind: 'ok' };
    }
    const attempts = row.attempts + 1;
    db.prepare('UPDATE otps SET attempts = ? WHERE id = ?').run(attempts, row.id);
    if (attempts >= row.max_attempts) {
      return { kind: 'locked', retryAfterSeconds: Math.ceil(cooldownLeftMs(input.subjectRef, now.getTime()) / 1000) };
    }
    return { kind: 'wrong', remainingAttempts: row.max_attempts - attempts };
  });

  return {
    issueOtp(input) {
      const issued = issue.immediate(input);
      logger.info('otp.issued', { purpose: input.purpose, otpId: issued.otpId });
      return issued;
    },
    verifyOtp(input) {
      const code = input.code.replace(/\s+/g, '');
      if (!/^\d{6}$/.test(code)) throw new KioskFailure('invalid-input', 'an OTP is six digits', { field: 'otp' });
      const outcome = check.immediate({ ...input, code });
      switch (outcome.kind) {
        case 'ok':
          logger.info('otp.verified', { purpose: input.purpose });
          return;
        case 'none':
          throw new KioskFailure('expired', 'no active code for this purpose; request a new one', { reason: 'no-code' });
        case 'expired':
          throw new KioskFailure('expired', 'the code has expired; request a new one', { reason: 'expired' });
        case 'locked':
          logger.warn('otp.locked', { purpose: input.purpose });
          throw new KioskFailure('locked-out', 'too many wrong codes; request a new one', { retryAfterSeconds: outcome.retryAfterSeconds });
        case 'wrong':
          throw new KioskFailure('unauthorized', 'the code is wrong', { remainingAttempts: outcome.remainingAttempts });
      }
    },
    destroyOtpsFor(subjectRef) {
      return db
        .prepare("UPDATE otps SET consumed_at = ?, code_hash = '' WHERE subject_ref = ? AND consumed_at IS NULL")
        .run(clock().toISOString(), subjectRef).changes;
    },
    phoneSubjectRef(phone) {
      const digits = phone.replace(/\D/g, '').replace(/^84/, '0');
      return (
        'phone:' +
        createHmac('sha256', getOrCreateSecret(db, 'subject-ref', random, clock()))
          .update(digits)
          .digest('hex')
          .slice(0, 32)
      );
    },
    purgeSpent() {
      const now = clock();
      const blanked = db
        .prepare("UPDATE otps SET code_hash = '' WHERE code_hash <> '' AND (expires_at <= ? OR consumed_at IS NOT NULL)")
        .run(now.toISOString()).changes;
      const deleted = db
        .prepare('DELETE FROM otps WHERE created_at <= ? AND (consumed_at IS NOT NULL OR expires_at <= ?)')
        .run(new Date(now.getTime() - HOUR_MS).toISOString(), now.toISOString()).changes;
      if (blanked + deleted > 0) logger.info('otp.purged', { blanked, deleted });
      return { blanked, deleted };
    },
    purgeOld() {
      return db.prepare('DELETE FROM otps WHERE created_at < ?').run(new Date(clock().getTime() - 24 * HOUR_MS).toISOString()).changes;
    },
  };
}
