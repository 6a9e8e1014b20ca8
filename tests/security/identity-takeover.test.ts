/**
 * Attack: account takeover at the counter. Someone with their own genuine CCCD files a Form 01 carrying ANOTHER
 * person's mã số BHXH. Before, the kiosk said "Khớp" (every CCCD field matches the filer), the officer approved, the
 * initial password went to the filer's phone and the account opened the victim's records. Now the kiosk shows the
 * mã số as not the card holder's (overall 'mismatch') and approval is refused.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/logging/logger';
import { createAccountsService } from '../../main/services/accounts/accounts-service';
import { TEST_PASSWORD_HASHING } from '../../main/services/accounts/password-hasher';
import { createOutbox } from '../../main/services/notifications/outbox';
import { createOtpService } from '../../main/services/otp/otp-service';
import { createRegistrationImporter } from '../../main/services/registrations/import-registrations';
import { createKioskCheck } from '../../main/services/registrations/kiosk-check';
import { createOfficerDecisions } from '../../main/services/registrations/officer-decisions';
import { cccdOf, importLine, openTestDatabase, type TestDatabase } from '../support/registration-test-kit';
import { failureOf } from '../support/service-test-kit';
import { foldKey } from '../../main/domain/text/vi-text';

const VICTIM_NUMBER = '0123456789';

let t: TestDatabase;
const clock = (): Date => new Date('2025-03-02T03:00:00Z');
const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));

beforeEach(() => {
  t = openTestDatabase();
  const person = t.db.prepare(
    'INSERT INTO persons (insurance_number, id_number, old_id_number, full_name, name_key, date_of_birth, gender) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  person.run(VICTIM_NUMBER, '079085004321', '025123456', 'Trần Văn Đức', foldKey('Trần Văn Đức'), '1985-07-20', 'male');
  // The impostor's form: their own name, CCCD, phone — and the victim's mã số.
  createRegistrationImporter({ db: t.db, clock, random, logger: silentLogger }).importLines(
    importLine({ externalId: 'IMPOSTOR', insuranceNumber: VICTIM_NUMBER, phone: '0987000111' }),
  );
});
afterEach(() => t.close());

const registration = (): { id: number; code: string } =>
  t.db.prepare("SELECT id, code FROM registrations WHERE external_id = 'IMPOSTOR'").get() as { id: number; code: string };

describe('identity before an account: another person’s mã số on a genuine CCCD', () => {
  it('the kiosk check does not say "match": the mã số row is a mismatch', () => {
    const check = createKioskCheck({ db: t.db, clock, logger: silentLogger });
    const outcome = check.checkAgainstCccd(registration().code, cccdOf());
    expect(outcome.overall).toBe('mismatch');
    expect(outcome.fields.find((f) => f.field === 'insuranceNumber')).toMatchObject({ result: 'mismatch', card: '—' });
  });

  it('the officer cannot approve: no account, no password sent to the impostor', async () => {
    const { db } = t;
    const outbox = createOutbox({ db, clock });
    const otp = createOtpService({ db, clock, random, logger: silentLogger, outbox });
    const accounts = createAccountsService({ db, clock, random, logger: silentLogger, otp, hashing: TEST_PASSWORD_HASHING });
    const decisions = createOfficerDecisions({ db, clock, logger: silentLogger, accounts, outbox });
    const failure = await failureOf(decisions.approve({ registrationId: registration().id, officerId: 1, paperFormSigned: true }));
    expect(failure).toMatchObject({ code: 'conflict', detail: { reason: 'insurance-number-not-owner' } });
    expect(db.prepare('SELECT COUNT(*) AS n FROM accounts').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM notification_outbox').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT state FROM registrations WHERE id = ?').get(registration().id)).toEqual({ state: 'submitted' });
  });
});
