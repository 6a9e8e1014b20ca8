/**
 * CCCD front-QR parser (docs/domain/cccd-qr.md):
 * `ID12|CMND(9/12 or empty)|Name|DOB ddmmyyyy (or mmyyyy / yyyy)|Nam/Nữ|Address|IssueDate ddmmyyyy`,
 * optionally padded to 11 parts. The ID's 4th digit (century + gender) and digits 5–6 (year of
 * birth) usually agree with the DOB and gender fields. Where they do not, the card is still accepted: wrongly built
 * numbers were issued and are re-established under the ID law. The disagreement is reported in `discrepancies` so
 * every flow flags it and routes the citizen to an officer, never silently accepting it and never refusing the card.
 */
import { cleanText, foldKey } from '../text/vi-text';
import { codeError } from './code-errors';
import { parseCccdFullDate, parseCccdPartialDate, yearOf } from './code-dates';
import type { CardDiscrepancy, CccdCode, CodeResult, Gender } from './code-types';

/**
 * Only 7 parts (2021 card) and 11 parts (seen in one production parser, probably the 2024 card)
 * are evidenced; widen this when real 2024-card scans show another layout.
 */
export const CCCD_ACCEPTED_FIELD_COUNTS: readonly number[] = [7, 11];

const fail = (...args: Parameters<typeof codeError>): CodeResult<never> => ({ ok: false, error: codeError(...args) });

function parseGender(s: string): Gender | null {
  switch (foldKey(s)) {
    case 'nam':
      return 'male';
    case 'nu':
      return 'female';
    default:
      return null;
  }
}

/** 4th digit of the ID: even = male, odd = female; each pair of values is one century from 1900. */
export function centuryAndGenderFromId(idNumber: string): { readonly century: number; readonly gender: Gender } {
  const digit = Number(idNumber[3]);
  return { century: 1900 + Math.floor(digit / 2) * 100, gender: digit % 2 === 0 ? 'male' : 'female' };
}

/** `fields` are the raw `|`-separated parts of a payload whose control characters were already removed. */
export function parseCccdFields(fields: readonly string[]): CodeResult<CccdCode> {
  if (!CCCD_ACCEPTED_FIELD_COUNTS.includes(fields.length)) return fail('cccd-bad-field-count');
  const [rawId = '', rawOldId = '', rawName = '', rawDob = '', rawGender = '', rawAddress = '', rawIssue = ''] = fields;

  const idNumber = rawId.trim();
  if (!/^\d{12}$/.test(idNumber)) return fail('cccd-bad-id', 'idNumber');

  const oldId = rawOldId.trim();
  if (oldId !== '' && !/^(\d{9}|\d{12})$/.test(oldId)) return fail('cccd-bad-old-id', 'oldIdNumber');

  const fullName = cleanText(rawName);
  if (fullName === '') return fail('cccd-bad-name', 'fullName');

  const dateOfBirth = parseCccdPartialDate(rawDob.trim());
  if (dateOfBirth === null) return fail('cccd-bad-date', 'dateOfBirth');

  const gender = parseGender(rawGender);
  if (gender === null) return fail('cccd-bad-gender', 'gender');

  const issue = rawIssue.trim();
  const issueDate = issue === '' ? null : parseCccdFullDate(issue);
  if (issue !== '' && issueDate === null) return fail('cccd-bad-date', 'issueDate');

  const fromId = centuryAndGenderFromId(idNumber);
  const discrepancies: CardDiscrepancy[] = [];
  const yearFromId = fromId.century + Number(idNumber.slice(4, 6));
  if (yearFromId !== yearOf(dateOfBirth))
    discrepancies.push({ field: 'birthYear', fromIdNumber: String(yearFromId), onCard: dateOfBirth.slice(0, 4) });
  if (fromId.gender !== gender) discrepancies.push({ field: 'gender', fromIdNumber: fromId.gender, onCard: gender });
  // Lexicographic order works across full and partial ISO dates at the year level we need here.
  if (issueDate !== null && issueDate < dateOfBirth) return fail('cccd-bad-date', 'issueDate');

  return {
    ok: true,
    value: {
      kind: 'cccd',
      idNumber,
      oldIdNumber: oldId === '' ? null : oldId,
      fullName,
      dateOfBirth,
      gender,
      address: cleanText(rawAddress),
      issueDate,
      extraFields: fields.slice(7).map(cleanText),
      discrepancies,
    },
  };
}
