import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskFailure } from '../../../../../preload/contract/result';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import type { DevSmsSink } from '../../../../../main/services/notifications/dev-sms-sink';
import type { OutboxWorker } from '../../../../../main/services/notifications/outbox-worker';
import { createSmsOtpStack } from '../../../../support/service-test-kit';
import { lastOtpCode } from '../../../../../main/services/otp/last-otp-code';
import { otpSmsBody, type OtpService } from '../../../../../main/services/otp/otp-service';

const PHONE = '0912345678';
const SUBJECT = '0123456789';

let db: Database;
let now: Date;
let sink: DevSmsSink;
let worker: OutboxWorker;
let otp: OtpService;

beforeEach(() => {
  db = openDatabase(':memory:');
  now = new Date('2025-03-01T08:00:00Z');
  const clock = (): Date => now;
  ({ sink, worker, otp } = createSmsOtpStack({ db, clock }));
});
afterEach(() => db.close());

const advance = (ms: number): void => {
  now = new Date(now.getTime() + ms);
};

async function issueAndRead(purpose: 'change-password' | 'device-change' = 'change-password'): Promise<string> {
  otp.issueOtp({ purpose, subjectRef: SUBJECT, phone: PHONE });
  await worker.deliverDue();
  const code = lastOtpCode(sink, PHONE);
  if (code === null) throw new Error('no OTP delivered');
  return code;
}

function failureOf(fn: () => void): KioskFailure {
  try {
    fn();
  } catch (e) {
    if (e instanceof KioskFailure) return e;
    throw e;
  }
  throw new Error('expected a KioskFailure');
}

const wrongCode = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('OTP', () => {
  it('sends the Vietnamese SMS and stores only a hash of the code', async () => {
    const issued = otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE });
    expect(issued.maskedPhone).toBe('*******678');
    await worker.deliverDue();
    const code = lastOtpCode(sink, PHONE)!;
    expect(code).toMatch(/^\d{6}$/);
    expect(sink.lastTo(PHONE)?.body).toBe(otpSmsBody(code));
    expect(sink.lastTo(PHONE)?.body).toBe(
      `Mã xác thực BHXH của bạn là ${code}. Mã có hiệu lực trong 5 phút. Không chia sẻ mã này cho bất kỳ ai.`,
    );
    const rows = db.prepare('SELECT code_hash FROM otps').all() as { code_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.code_hash).not.toContain(code);
    expect(rows[0]?.code_hash).toMatch(/^[0-9a-f]{64}$/);
    // The delivered outbox row no longer holds the code either.
    expect(JSON.stringify(db.prepare('SELECT body FROM notification_outbox').all())).not.toContain(code);
  });

  it('accepts the right code once', async () => {
    const code = await issueAndRead();
    expect(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code })).not.toThrow();
    expect(failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code })).code).toBe('expired');
  });

  it('does not accept a code for another purpose or subject', async () => {
    const code = await issueAndRead('device-change');
    expect(failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code })).code).toBe('expired');
    expect(failureOf(() => otp.verifyOtp({ purpose: 'device-change', subjectRef: '0999999999', code })).code).toBe('expired');
    otp.verifyOtp({ purpose: 'device-change', subjectRef: SUBJECT, code });
  });

  it('expires after 5 minutes', async () => {
    const code = await issueAndRead();
    advance(5 * 60_000 - 1);
    advance(1);
    const f = failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code }));
    expect(f.code).toBe('expired');
  });

  it('is still valid just before 5 minutes', async () => {
    const code = await issueAndRead();
    advance(5 * 60_000 - 1);
    otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code });
  });

  it('counts wrong attempts and locks after 5, even for the right code', async () => {
    const code = await issueAndRead();
    for (let remaining = 4; remaining >= 1; remaining--) {
      const f = failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: wrongCode(code) }));
      expect(f.code).toBe('unauthorized');
      expect(f.detail?.remainingAttempts).toBe(remaining);
    }
    expect(failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: wrongCode(code) })).code).toBe(
      'locked-out',
    );
    expect(failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code })).code).toBe('locked-out');
  });

  it('rejects malformed input without spending an attempt', async () => {
    const code = await issueAndRead();
    expect(failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: '12ab' })).code).toBe('invalid-input');
    const f = failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: wrongCode(code) }));
    expect(f.detail?.remainingAttempts).toBe(4);
    otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: ` ${code.slice(0, 3)} ${code.slice(3)} ` });
  });

  it('only the newest code counts after a resend', async () => {
    const first = await issueAndRead();
    advance(60_000);
    const second = await issueAndRead();
    if (first !== second) {
      expect(failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: first })).code).toBe('unauthorized');
    }
    otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: second });
  });

  it('enforces a 60 s resend cooldown', () => {
    otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE });
    advance(20_000);
    const f = failureOf(() => otp.issueOtp({ purpose: 'device-change', subjectRef: SUBJECT, phone: PHONE }));
    expect(f.code).toBe('rate-limited');
    expect(f.detail?.retryAfterSeconds).toBe(40);
    advance(40_000);
    expect(() => otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE })).not.toThrow();
    // Another subject is not affected.
    expect(() => otp.issueOtp({ purpose: 'change-password', subjectRef: '0999999999', phone: PHONE })).not.toThrow();
  });

  it('allows at most 5 codes per hour per subject', () => {
    for (let i = 0; i < 5; i++) {
      otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE });
      advance(60_000);
    }
    // First code was sent 5 minutes ago: the sixth waits until it is an hour old.
    const f = failureOf(() => otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE }));
    expect(f.code).toBe('rate-limited');
    expect(f.detail?.retryAfterSeconds).toBe(55 * 60);
    advance(55 * 60_000);
    expect(() => otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE })).not.toThrow();
  });

  it('destroyOtpsFor invalidates open codes but keeps the resend limits', async () => {
    const code = await issueAndRead();
    expect(otp.destroyOtpsFor(SUBJECT)).toBe(1);
    expect(failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code })).code).toBe('expired');
    expect(failureOf(() => otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE })).code).toBe('rate-limited');
  });

  it('phone subject references are stable, opaque and normalise +84', () => {
    const a = otp.phoneSubjectRef('0912 345 678');
    expect(a).toMatch(/^phone:[0-9a-f]{32}$/);
    expect(otp.phoneSubjectRef('+84912345678')).toBe(a);
    expect(a).not.toContain('912345678');
  });
});

describe('spent codes are purged (issue #14)', () => {
  const count = (): number => (db.prepare('SELECT COUNT(*) AS n FROM otps').get() as { n: number }).n;

  it('a used code is deleted at once, with the older codes it replaced; another purpose stays', async () => {
    const first = await issueAndRead('change-password');
    advance(61_000);
    otp.issueOtp({ purpose: 'device-change', subjectRef: SUBJECT, phone: PHONE });
    advance(61_000);
    const second = await issueAndRead('change-password');
    expect(count()).toBe(3);
    otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: second });
    expect(db.prepare('SELECT purpose FROM otps').all()).toEqual([{ purpose: 'device-change' }]);
    // Neither the used code nor the one it replaced counts again.
    expect(failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: second })).code).toBe('expired');
    expect(failureOf(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: first })).code).toBe('expired');
  });

  it('the code after a used one gets its own SMS, though its row id is the deleted one again', async () => {
    const first = await issueAndRead('change-password');
    otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: first });
    advance(61_000);
    const second = await issueAndRead('change-password');
    expect(sink.messages().filter((m) => m.to === PHONE)).toHaveLength(2);
    expect(() => otp.verifyOtp({ purpose: 'change-password', subjectRef: SUBJECT, code: second })).not.toThrow();
  });

  it('the sweep blanks expired codes at once and deletes spent rows after the resend window, which still holds meanwhile', async () => {
    await issueAndRead('change-password');
    advance(5 * 60_000);
    expect(otp.purgeSpent()).toEqual({ blanked: 1, deleted: 0 });
    expect(db.prepare('SELECT code_hash FROM otps').all()).toEqual([{ code_hash: '' }]);
    // Kept (without its hash) for the hourly limit: four more codes in the hour, then a refusal.
    for (let i = 0; i < 4; i++) {
      otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE });
      advance(61_000);
    }
    expect(failureOf(() => otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE })).code).toBe('rate-limited');
    // An open code is never touched by the sweep.
    advance(60 * 60_000);
    otp.issueOtp({ purpose: 'change-password', subjectRef: SUBJECT, phone: PHONE });
    expect(otp.purgeSpent()).toEqual({ blanked: 4, deleted: 5 });
    expect(db.prepare("SELECT COUNT(*) AS n FROM otps WHERE code_hash <> ''").get()).toEqual({ n: 1 });
    expect(count()).toBe(1);
  });

  it('invalidated codes (a wiped visit) lose their hash at once and go after the resend window', async () => {
    await issueAndRead('device-change');
    otp.destroyOtpsFor(SUBJECT);
    expect(otp.purgeSpent()).toEqual({ blanked: 0, deleted: 0 });
    advance(60 * 60_000 + 1);
    expect(otp.purgeSpent()).toEqual({ blanked: 0, deleted: 1 });
    expect(count()).toBe(0);
  });
});
