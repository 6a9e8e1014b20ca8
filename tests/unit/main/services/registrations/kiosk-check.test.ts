import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskFailure } from '../../../../../preload/contract/result';
import { silentLogger } from '../../../../../main/logging/logger';
import {
  compareDateOfBirth,
  createKioskCheck,
  type CheckOutcome,
  type KioskCheck,
} from '../../../../../main/services/registrations/kiosk-check';
import { createRegistrationImporter } from '../../../../../main/services/registrations/import-registrations';
import { cccdOf, deterministicRandom, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';

let t: TestDatabase;
let now: Date;
let check: KioskCheck;
let code: string;

beforeEach(() => {
  t = openTestDatabase();
  now = new Date('2025-03-02T03:00:00Z');
  createRegistrationImporter({ db: t.db, clock: () => now, random: deterministicRandom(), logger: silentLogger }).importLines(importLine());
  code = (t.db.prepare('SELECT code FROM registrations').get() as { code: string }).code;
  check = createKioskCheck({ db: t.db, clock: () => now, logger: silentLogger });
});
afterEach(() => t.close());

function failureOf(fn: () => unknown): KioskFailure {
  try {
    fn();
  } catch (e) {
    if (e instanceof KioskFailure) return e;
    throw e;
  }
  throw new Error('expected a KioskFailure');
}

describe('the number on the form: CCCD, old CMND or passport', () => {
  const codeOf = (overrides: Record<string, unknown>): string => {
    createRegistrationImporter({ db: t.db, clock: () => now, random: deterministicRandom(7), logger: silentLogger }).importLines(
      importLine({ externalId: 'X', ...overrides }),
    );
    const externalId = typeof overrides['externalId'] === 'string' ? overrides['externalId'] : 'X';
    return (t.db.prepare('SELECT code FROM registrations WHERE external_id = ?').get(externalId) as { code: string }).code;
  };
  const idField = (outcome: CheckOutcome) => outcome.fields.find((f) => f.field === 'idNumber');

  it('a CMND equal to the card’s old-ID field is a match on the old ID, shown as such', () => {
    const outcome = check.checkAgainstCccd(codeOf({ idNumber: '012345678' }), cccdOf({ oldIdNumber: '012345678' }));
    expect(idField(outcome)).toEqual({ field: 'idNumber', result: 'match-old-id', form: '012345678', card: '012345678' });
    expect(outcome.overall).toBe('match');
  });

  it('a CMND that differs from the old-ID field is a mismatch; with no old-ID on the card the officer checks it', () => {
    const cmnd = codeOf({ idNumber: '012345678' });
    expect(idField(check.checkAgainstCccd(cmnd, cccdOf({ oldIdNumber: '098765432' })))?.result).toBe('mismatch');
    const outcome = check.checkAgainstCccd(cmnd, cccdOf({ oldIdNumber: null }));
    expect(idField(outcome)?.result).toBe('unverifiable');
    expect(outcome.overall).toBe('needs-officer');
  });

  it('a passport number cannot be read off the card: the officer checks the passport', () => {
    const outcome = check.checkAgainstCccd(codeOf({ idNumber: 'C1234567' }), cccdOf());
    expect(idField(outcome)?.result).toBe('unverifiable');
    expect(outcome.overall).toBe('needs-officer');
  });

  it('a form with a birth year only matches a card with the full date, and the officer sees both as written', () => {
    const outcome = check.checkAgainstCccd(codeOf({ dateOfBirth: '1990' }), cccdOf());
    expect(outcome.fields.find((f) => f.field === 'dateOfBirth')).toEqual({
      field: 'dateOfBirth',
      result: 'match',
      form: '1990',
      card: '15/03/1990',
    });
    expect(outcome.overall).toBe('match');
    const wrongMonth = check.checkAgainstCccd(codeOf({ externalId: 'Y', dateOfBirth: '1990-04' }), cccdOf());
    expect(wrongMonth.fields.find((f) => f.field === 'dateOfBirth')?.result).toBe('mismatch');
  });
});

describe('a genuine card whose number disagrees with its birth year or gender', () => {
  it('is accepted, flagged with exactly what disagrees, and routed to the officer', () => {
    const card = cccdOf({ discrepancies: [{ field: 'birthYear', fromIdNumber: '1909', onCard: '1990' }] });
    const outcome = check.checkAgainstCccd(code, card);
    expect(outcome.overall).toBe('needs-officer');
    expect(outcome.fields.find((f) => f.field === 'cardNumber')).toEqual({
      field: 'cardNumber',
      result: 'discrepant',
      form: '1909',
      card: '1990',
    });
    const stored = JSON.parse((t.db.prepare('SELECT outcome FROM registration_checks').get() as { outcome: string }).outcome) as object;
    expect(stored).toMatchObject({ cardNumber: 'discrepant', cardDiscrepancies: ['birthYear'] });
    // Only which part disagrees is kept, never the values.
    expect(JSON.stringify(stored)).not.toContain('1909');
  });
});

describe('checkAgainstCccd', () => {
  it('matches a card that agrees on every field, showing the address for information', () => {
    const outcome = check.checkAgainstCccd(code.toLowerCase().replace(/-/g, ' '), cccdOf());
    expect(outcome.overall).toBe('match');
    expect(outcome.registrationCode).toBe(code);
    expect(outcome.fields.map((f) => [f.field, f.result])).toEqual([
      ['idNumber', 'match'],
      ['fullName', 'match'],
      ['dateOfBirth', 'match'],
      ['gender', 'match'],
      ['address', 'info'],
    ]);
    const address = outcome.fields.find((f) => f.field === 'address');
    expect(address?.form).toBe('Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội');
    expect(outcome.fields.find((f) => f.field === 'dateOfBirth')?.form).toBe('15/03/1990');
    const stored = t.db.prepare('SELECT ref, overall, outcome FROM registration_checks').get() as {
      ref: string;
      overall: string;
      outcome: string;
    };
    expect(stored.ref).toBe(outcome.checkRef);
    expect(stored.overall).toBe('match');
    expect(stored.outcome).not.toContain('001190012345');
    expect(JSON.parse(stored.outcome)).toEqual({
      idNumber: 'match',
      fullName: 'match',
      dateOfBirth: 'match',
      gender: 'match',
      address: 'info',
    });
    // Checking alone does not move the registration: only a printed ticket does.
    expect(t.db.prepare('SELECT state FROM registrations').get()).toEqual({ state: 'submitted' });
  });

  it('flags a name that differs only in diacritics for the officer, never accepting it', () => {
    const outcome = check.checkAgainstCccd(code, cccdOf({ fullName: 'Nguyen Thi Lan Anh' }));
    expect(outcome.fields.find((f) => f.field === 'fullName')).toEqual({
      field: 'fullName',
      result: 'diacritics-only',
      form: 'Nguyễn Thị Lan Anh',
      card: 'Nguyen Thi Lan Anh',
    });
    expect(outcome.overall).toBe('needs-officer');
  });

  it('reports mismatches of the ID number, date of birth and gender', () => {
    expect(check.checkAgainstCccd(code, cccdOf({ idNumber: '001190012346' })).overall).toBe('mismatch');
    const outcome = check.checkAgainstCccd(code, cccdOf({ dateOfBirth: '1991-03-15', gender: 'male', fullName: 'Nguyen Thi Lan Anh' }));
    expect(outcome.overall).toBe('mismatch');
    expect(outcome.fields.filter((f) => f.result === 'mismatch').map((f) => f.field)).toEqual(['dateOfBirth', 'gender']);
  });

  it('compares a partial date of birth on the parts the card has', () => {
    expect(check.checkAgainstCccd(code, cccdOf({ dateOfBirth: '1990' })).overall).toBe('match');
    expect(compareDateOfBirth('1990-03-15', '1990-03')).toBe('match');
    expect(compareDateOfBirth('1990-03-15', '1990-04')).toBe('mismatch');
    expect(compareDateOfBirth('1990-03-15', '1989')).toBe('mismatch');
  });

  it('gives distinct errors for bad, unknown, expired, approved and checked codes', () => {
    expect(failureOf(() => check.checkAgainstCccd('hello', cccdOf())).code).toBe('invalid-input');
    expect(failureOf(() => check.checkAgainstCccd('F01-00000000-0', cccdOf())).code).toBe('not-found');

    t.db.prepare("UPDATE registrations SET state = 'approved'").run();
    expect(failureOf(() => check.checkAgainstCccd(code, cccdOf())).detail).toEqual({ reason: 'already-approved' });
    t.db.prepare("UPDATE registrations SET state = 'checked-at-kiosk'").run();
    const checked = failureOf(() => check.checkAgainstCccd(code, cccdOf()));
    expect([checked.code, checked.detail]).toEqual(['conflict', { reason: 'already-checked' }]);
    t.db.prepare("UPDATE registrations SET state = 'expired'").run();
    expect(failureOf(() => check.checkAgainstCccd(code, cccdOf())).code).toBe('expired');

    // Past the deadline but before the hourly sweep: still expired.
    t.db.prepare("UPDATE registrations SET state = 'submitted'").run();
    now = new Date('2025-03-11T01:00:00Z');
    expect(failureOf(() => check.checkAgainstCccd(code, cccdOf())).code).toBe('expired');
  });
});
