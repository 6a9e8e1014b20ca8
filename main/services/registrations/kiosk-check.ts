/**
 * The kiosk's Form 01 check: the citizen scans the form's code and their CCCD, and we compare field by field.
 *
 * Rules (docs/domain/form01.md; docs/design.md, decision 5): the ID number must match exactly; the name is compared strictly and a difference
 * only in diacritics is a warning for the officer, never accepted automatically; a card that records only part of
 * the date of birth is compared on the parts it has; the address is shown side by side for information only
 * (cards issued before the 2025 reorganisation carry the old address, so a difference means nothing).
 * The check is stored (results only, no scanned values); the registration moves to 'checked-at-kiosk' only when a
 * ticket is printed (queue-tickets.ts).
 */
import { randomBytes } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import type { CardDiscrepancy, CccdCode, Gender } from '../../domain/codes/code-types';
import { checkRegistrationCode } from '../../domain/codes/registration-code';
import { displayPartialDate, partialDatesAgree } from '../../domain/person/partial-date';
import { classifyPersonId } from '../../domain/person/person-id';
import { compareVietnamese } from '../../domain/text/vi-text';
import type { Logger } from '../../logging/logger';
import { createInsuranceNumberOwner, type InsuranceNumberOwnership } from './insurance-number-owner';
import { createRegistrationAddress } from './registration-address';
import { isPastDeadline, registrationRef, type RegistrationRow } from './registration-types';

/**
 * 'cardNumber': the card's own number against its own birth year and gender (present only when they disagree).
 * 'insuranceNumber': the form's mã số BHXH against the persons table (present only when the table knows the number or
 * the card holder): it must belong to the person on the card.
 */
export type CheckedField = 'idNumber' | 'fullName' | 'dateOfBirth' | 'gender' | 'address' | 'cardNumber' | 'insuranceNumber';
/**
 * 'match-old-id': the form carries the old 9-digit CMND and it equals the card's old-ID field (shown to the officer as
 * such); 'unverifiable': the card cannot confirm what the form carries (a passport number, or a CMND on a card whose
 * old-ID field is empty), so the officer checks the paper document.
 */
export type FieldResult = 'match' | 'match-old-id' | 'diacritics-only' | 'unverifiable' | 'discrepant' | 'mismatch' | 'info';
export type OverallResult = 'match' | 'needs-officer' | 'mismatch';

export interface FieldComparison {
  readonly field: CheckedField;
  readonly result: FieldResult;
  /** As written on the form (for the screen; never logged). */
  readonly form: string;
  /** As read from the card. */
  readonly card: string;
}

export interface CheckOutcome {
  readonly registrationCode: string;
  readonly registrationId: number;
  /** Reference of the stored check; printed as the ticket's QR. */
  readonly checkRef: string;
  readonly fields: readonly FieldComparison[];
  readonly overall: OverallResult;
}

export interface KioskCheckDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly random?: (n: number) => Uint8Array;
}

export interface KioskCheck {
  checkAgainstCccd(code: string, cccd: CccdCode): CheckOutcome;
}

const GENDER_VI: Readonly<Record<Gender, string>> = { male: 'Nam', female: 'Nữ' };

/** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' → 'dd/mm/yyyy' | 'mm/yyyy' | 'yyyy'. */
export const displayDate = displayPartialDate;

/** Form and card dates may each hold only the year, or year and month: compared on the parts both have. */
export function compareDateOfBirth(form: string, card: string): 'match' | 'mismatch' {
  return partialDatesAgree(form, card) ? 'match' : 'mismatch';
}

/** Whichever number the form carries is compared with the card's matching field. */
export function compareIdNumber(formId: string, cccd: Pick<CccdCode, 'idNumber' | 'oldIdNumber'>): Omit<FieldComparison, 'field'> {
  const id = classifyPersonId(formId);
  switch (id?.kind) {
    case 'cccd':
      return { result: id.value === cccd.idNumber ? 'match' : 'mismatch', form: formId, card: cccd.idNumber };
    case 'cmnd':
      if (cccd.oldIdNumber === null) return { result: 'unverifiable', form: formId, card: cccd.idNumber };
      return { result: id.value === cccd.oldIdNumber ? 'match-old-id' : 'mismatch', form: formId, card: cccd.oldIdNumber };
    case 'passport':
      return { result: 'unverifiable', form: formId, card: cccd.idNumber };
    default:
      return { result: 'mismatch', form: formId, card: cccd.idNumber };
  }
}

export function overallOf(fields: readonly FieldComparison[]): OverallResult {
  if (fields.some((f) => f.result === 'mismatch')) return 'mismatch';
  if (fields.some((f) => f.result === 'diacritics-only' || f.result === 'unverifiable' || f.result === 'discrepant'))
    return 'needs-officer';
  return 'match';
}

/** Pure comparison of a (non-erased) registration with a parsed CCCD. */
export function compareWithCccd(
  form: {
    readonly idNumber: string;
    readonly fullName: string;
    readonly dateOfBirth: string;
    readonly gender: Gender;
    readonly address: string;
  },
  cccd: CccdCode,
): readonly FieldComparison[] {
  const name = compareVietnamese(form.fullName, cccd.fullName);
  return [
    { field: 'idNumber', ...compareIdNumber(form.idNumber, cccd) },
    {
      field: 'fullName',
      result: name === 'equal' ? 'match' : name === 'diacritics-only' ? 'diacritics-only' : 'mismatch',
      form: form.fullName,
      card: cccd.fullName,
    },
    {
      field: 'dateOfBirth',
      result: compareDateOfBirth(form.dateOfBirth, cccd.dateOfBirth),
      form: displayDate(form.dateOfBirth),
      card: displayDate(cccd.dateOfBirth),
    },
    {
      field: 'gender',
      result: form.gender === cccd.gender ? 'match' : 'mismatch',
      form: GENDER_VI[form.gender],
      card: GENDER_VI[cccd.gender],
    },
    { field: 'address', result: 'info', form: form.address, card: cccd.address },
    ...cardNumberRow(cccd),
  ];
}

/**
 * A genuine card whose number was built wrongly (its digits imply another birth year or gender than the card shows):
 * one row, "what the number implies" against "what the card says", for the officer to verify. Never a refusal.
 */
function cardNumberRow(cccd: CccdCode): FieldComparison[] {
  if (cccd.discrepancies.length === 0) return [];
  const show = (d: CardDiscrepancy, v: string): string => (d.field === 'gender' ? GENDER_VI[v as Gender] : v);
  return [
    {
      field: 'cardNumber',
      result: 'discrepant',
      form: cccd.discrepancies.map((d) => show(d, d.fromIdNumber)).join(' · '),
      card: cccd.discrepancies.map((d) => show(d, d.onCard)).join(' · '),
    },
  ];
}

/**
 * The form's mã số against the card holder. Someone else's mã số is a mismatch (never "Khớp"); the card column never
 * shows whose it is. A number the persons table does not know adds no row: the officer creates or confirms it.
 */
function insuranceNumberRow(insuranceNumber: string | null, ownership: InsuranceNumberOwnership): FieldComparison[] {
  if (insuranceNumber === null || (ownership !== 'owner' && ownership !== 'other-person')) return [];
  return [
    {
      field: 'insuranceNumber',
      result: ownership === 'owner' ? 'match' : 'mismatch',
      form: insuranceNumber,
      card: ownership === 'owner' ? insuranceNumber : '—',
    },
  ];
}

/**
 * Looks a registration up by a typed or scanned code and refuses the states a kiosk cannot act on, each with its
 * own error so the screen can say exactly what to do next.
 */
export function loadActionableRegistration(db: Database, code: string, now: Date): RegistrationRow {
  const checked = checkRegistrationCode(code);
  if (!checked.ok) {
    throw new KioskFailure('invalid-input', 'not a registration code', {
      field: 'code',
      reason: checked.reason === 'check' ? 'check-symbol' : 'format',
    });
  }
  const row = db.prepare('SELECT * FROM registrations WHERE code = ?').get(checked.code) as RegistrationRow | undefined;
  if (row === undefined) throw new KioskFailure('not-found', 'no registration with this code');
  switch (row.state) {
    case 'expired':
      throw new KioskFailure('expired', 'the registration has expired');
    case 'approved':
      throw new KioskFailure('conflict', 'the registration is already approved', { reason: 'already-approved' });
    case 'rejected':
      throw new KioskFailure('conflict', 'the registration was rejected', { reason: 'already-rejected' });
    case 'checked-at-kiosk':
      throw new KioskFailure('conflict', 'the registration was already checked', { reason: 'already-checked' });
    case 'submitted':
      // The hourly sweep may not have run yet: the deadline itself decides.
      if (isPastDeadline(row, now)) throw new KioskFailure('expired', 'the registration has expired');
      return row;
    default: {
      const never: never = row.state;
      throw new Error(`unknown registration state ${String(never)}`);
    }
  }
}

export function createKioskCheck(deps: KioskCheckDeps): KioskCheck {
  const { db, clock, logger } = deps;
  const random = deps.random ?? ((n: number) => new Uint8Array(randomBytes(n)));
  const insertCheck = db.prepare('INSERT INTO registration_checks (registration_id, ref, at, overall, outcome) VALUES (?, ?, ?, ?, ?)');
  const addressOf = createRegistrationAddress(db);
  const owner = createInsuranceNumberOwner(db);

  return {
    checkAgainstCccd(code, cccd) {
      const now = clock();
      const row = loadActionableRegistration(db, code, now);
      if (row.id_number === null || row.full_name === null || row.date_of_birth === null || row.gender === null) {
        // Only an erased row lacks these, and erased rows are never 'submitted'; treat a damaged row as lapsed.
        throw new KioskFailure('expired', 'the registration has no personal data left');
      }
      const fields = [
        ...compareWithCccd(
          { idNumber: row.id_number, fullName: row.full_name, dateOfBirth: row.date_of_birth, gender: row.gender, address: addressOf(row) },
          cccd,
        ),
        ...insuranceNumberRow(row.insurance_number, owner.ownership(row.insurance_number, cccd)),
      ];
      const overall = overallOf(fields);
      const checkRef = Buffer.from(random(6)).toString('hex').toUpperCase();
      // Results only, never values; which parts of a wrongly built number disagree is not personal and tells the officer what to verify.
      const outcomeJson = JSON.stringify({
        ...Object.fromEntries(fields.map((f) => [f.field, f.result])),
        ...(cccd.discrepancies.length > 0 ? { cardDiscrepancies: cccd.discrepancies.map((d) => d.field) } : {}),
      });
      insertCheck.run(row.id, checkRef, now.toISOString(), overall, outcomeJson);
      logger.info('registration.checked', { registration: registrationRef(row.id), overall });
      return { registrationCode: row.code, registrationId: row.id, checkRef, fields, overall };
    },
  };
}
