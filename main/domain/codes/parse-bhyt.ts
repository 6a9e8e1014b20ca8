/**
 * BHYT card QR parser (docs/domain/bhyt-card.md). Parts, `|`-separated, `-` = empty:
 *  0 card code · 1 name (hex UTF-8) · 2 DOB dd/mm/yyyy|yyyy · 3 gender 1/2 · 4 address (hex, `-` on 1666 cards)
 *  5 facility `TT - XXX` · 6 valid from · 7 valid to (`-` = open) · 8 issue date · 9 management code
 *  10 guardian name · 11 benefit level (mức hưởng; not the living area) · 12 five-years-continuous date (may have a
 *  leading space) · 13 checksum (unknown algorithm; kept verbatim, its `-NNNN` suffix varies by issue year)
 *  1666 cards only: 14 one digit (unconfirmed meaning), 15 issued by (hex)
 *  last: `$`. Old cards have 15 parts, 1666 cards 17.
 */
import { cleanText } from '../text/vi-text';
import { codeError } from './code-errors';
import { parseBhytBirthDate, parseBhytFullDate } from './code-dates';
import type { BhytCode, BhytTemplate, CodeErrorCode, CodeResult, Gender } from './code-types';
import { decodeHexUtf8, looksLikeHex } from './hex-utf8';
import { isInsuranceNumber } from '../../../preload/contract/insurance-number';

export const BHYT_TERMINATOR = '$';

const fail = (code: CodeErrorCode, field?: string): CodeResult<never> => ({ ok: false, error: codeError(code, field) });

/** `-` and blank both mean "not on this card". */
function optional(s: string | undefined): string | null {
  const t = (s ?? '').trim();
  return t === '' || t === '-' ? null : t;
}

type Decoded = { readonly ok: true; readonly text: string | null } | { readonly ok: false };

function hexField(s: string | undefined): Decoded {
  const t = optional(s);
  if (t === null) return { ok: true, text: null };
  const text = decodeHexUtf8(t);
  return text === null ? { ok: false } : { ok: true, text: cleanText(text) };
}

function templateFor(partCount: number): BhytTemplate | null {
  if (partCount === 15) return 'old-15';
  if (partCount === 17) return '1666-17';
  return null;
}

/** Old code `XX Y ZZ NNNNNNNNNN`; legacy cards may hold letters in the last 10 characters. */
const OLD_CARD_CODE = /^[A-Z]{2}[1-5]\d{2}[0-9A-Z]{10}$/i;

/** 14 digits: a 4-digit prefix, then the 10-digit mã số BHXH. */
const MANAGEMENT_CODE = /^\d{4}(\d{10})$/;

function insuranceNumberOf(
  template: BhytTemplate,
  cardCode: string,
  managementCode: string | null,
): Pick<BhytCode, 'insuranceNumber' | 'insuranceNumberSource'> {
  const tail = cardCode.slice(-10);
  // 1666 cards print the mã số as the card code itself.
  if (template === '1666-17') return { insuranceNumber: tail, insuranceNumberSource: 'card-code' };
  const fromManagement = MANAGEMENT_CODE.exec(managementCode ?? '')?.[1];
  if (fromManagement !== undefined) return { insuranceNumber: fromManagement, insuranceNumberSource: 'management-code' };
  if (isInsuranceNumber(tail)) return { insuranceNumber: tail, insuranceNumberSource: 'card-code' };
  return { insuranceNumber: null, insuranceNumberSource: null };
}

export function normaliseFacilityCode(s: string): string | null {
  const compact = s.replace(/[\s\-\u2010-\u2015]/g, '').toUpperCase();
  return /^\d{2}[0-9A-Z]{3}$/.test(compact) ? compact : null;
}

/**
 * `parts` are the raw `|`-separated parts of a payload whose control characters were removed,
 * terminator included.
 */
export function parseBhytParts(parts: readonly string[]): CodeResult<BhytCode> {
  if ((parts[parts.length - 1] ?? '').trim() !== BHYT_TERMINATOR) return fail('bhyt-missing-terminator');
  const template = templateFor(parts.length);
  if (template === null) return fail('bhyt-bad-field-count');
  const f = (i: number): string => parts[i] ?? '';

  const cardCode = f(0).trim().toUpperCase();
  const cardTail = cardCode.slice(-10);
  const cardCodeOk =
    template === '1666-17'
      ? isInsuranceNumber(cardTail) && (cardCode.length === 10 || OLD_CARD_CODE.test(cardCode))
      : OLD_CARD_CODE.test(cardCode);
  if (!cardCodeOk) return fail('bhyt-bad-card-code', 'cardCode');
  const managementCode = optional(f(9));
  const { insuranceNumber, insuranceNumberSource } = insuranceNumberOf(template, cardCode, managementCode);

  const name = hexField(f(1));
  if (!name.ok) return fail('bhyt-bad-hex', 'fullName');
  if (name.text === null || name.text === '') return fail('bhyt-bad-name', 'fullName');

  const dateOfBirth = parseBhytBirthDate(f(2).trim());
  if (dateOfBirth === null) return fail('bhyt-bad-date', 'dateOfBirth');

  const genderCode = f(3).trim();
  const gender: Gender | null = genderCode === '1' ? 'male' : genderCode === '2' ? 'female' : null;
  if (gender === null) return fail('bhyt-bad-gender', 'gender');

  const address = hexField(f(4));
  if (!address.ok) return fail('bhyt-bad-hex', 'address');

  const facilityCode = normaliseFacilityCode(f(5));
  if (facilityCode === null) return fail('bhyt-bad-facility', 'facilityCode');

  const validFrom = parseBhytFullDate(f(6).trim());
  if (validFrom === null) return fail('bhyt-bad-date', 'validFrom');
  const rawValidTo = optional(f(7));
  const validTo = rawValidTo === null ? null : parseBhytFullDate(rawValidTo);
  if (rawValidTo !== null && (validTo === null || validTo < validFrom)) return fail('bhyt-bad-date', 'validTo');

  const issueDate = parseBhytFullDate(f(8).trim());
  if (issueDate === null) return fail('bhyt-bad-date', 'issueDate');

  // Field 10 is presumably hex like the other names; plain text is kept as is (meaning unconfirmed).
  const rawGuardian = optional(f(10));
  let guardianName: string | null = null;
  if (rawGuardian !== null) {
    if (looksLikeHex(rawGuardian)) {
      const g = hexField(rawGuardian);
      if (!g.ok) return fail('bhyt-bad-hex', 'guardianName');
      guardianName = g.text;
    } else {
      guardianName = cleanText(rawGuardian);
    }
  }

  const rawFiveYears = optional(f(12));
  const fiveYearsContinuousFrom = rawFiveYears === null ? null : parseBhytFullDate(rawFiveYears);
  if (rawFiveYears !== null && fiveYearsContinuousFrom === null) return fail('bhyt-bad-date', 'fiveYearsContinuousFrom');

  let issuedBy: string | null = null;
  if (template === '1666-17') {
    const decoded = hexField(f(15));
    if (!decoded.ok) return fail('bhyt-bad-hex', 'issuedBy');
    issuedBy = decoded.text;
  }

  return {
    ok: true,
    value: {
      kind: 'bhyt',
      template,
      cardCode,
      insuranceNumber,
      fullName: name.text,
      dateOfBirth,
      gender,
      address: address.text,
      facilityCode,
      validFrom,
      validTo,
      issueDate,
      insuranceNumberSource,
      managementCode,
      guardianName,
      fiveYearsContinuousFrom,
      checksum: f(13),
      checkSuffix: /-(\d{4})\s*$/.exec(f(13))?.[1] ?? null,
      benefitCode: optional(f(11)),
      field14: template === '1666-17' ? optional(f(14)) : null,
      issuedBy,
    },
  };
}
