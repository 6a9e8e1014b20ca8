/**
 * BHYT card data and the exact strings printed for it. Shared by the PDF renderer and the on-screen
 * preview so both print the same words (dates dd/mm/yyyy, name in upper case, NFC everywhere).
 */
import { z } from 'zod';
import type { BhytCardField } from './card-layout.js';
import { INSURANCE_NUMBER_PATTERN } from '../../preload/contract/insurance-number';

/** True for a real calendar date (rejects 2025-02-30, month 13, …). */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const isoDate = z.string().refine(isCalendarDate, 'expected a real date as YYYY-MM-DD');
const birthDate = z.string().refine((s) => /^\d{4}$/.test(s) || isCalendarDate(s), 'expected YYYY-MM-DD or YYYY');
const text = z.string().trim().min(1);

export const bhytCardDataSchema = z.object({
  /** Mã số BHXH: 10 digits on 1666-template cards. */
  insuranceNumber: z.string().regex(INSURANCE_NUMBER_PATTERN, 'expected 10 digits'),
  fullName: text,
  /** YYYY-MM-DD, or YYYY when only the year of birth is known. */
  dateOfBirth: birthDate,
  gender: z.enum(['male', 'female']),
  benefitCode: text.nullable(),
  /** Mã nơi đối tượng sinh sống: K1 / K2 / K3. */
  livingAreaCode: z.enum(['K1', 'K2', 'K3']).nullable(),
  /** 5-character mã cơ sở KCB, e.g. 01001, 01C54. */
  facilityCode: z.string().regex(/^[0-9A-Z]{5}$/, 'expected a 5-character facility code'),
  facilityName: text,
  validFrom: isoDate,
  /** null: open-ended card, only "Từ ngày …" is printed. */
  validTo: isoDate.nullable(),
  fiveYearsContinuousFrom: isoDate.nullable(),
  issuedBy: text.nullable(),
  issueDate: isoDate,
  /** Printed into the QR exactly as stored (it carries BHXH's own check field, which we cannot make). */
  qrPayload: z.string().min(1),
  copyLabel: text.optional(),
});
export type BhytCardData = z.input<typeof bhytCardDataSchema>;

/** YYYY-MM-DD → dd/mm/yyyy; YYYY stays YYYY. Input is assumed validated. */
export function formatCardDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** "Từ ngày dd/mm/yyyy đến ngày dd/mm/yyyy", or only "Từ ngày dd/mm/yyyy" for an open-ended card. */
export function validityText(validFrom: string, validTo: string | null): string {
  const from = `Từ ngày ${formatCardDate(validFrom)}`;
  return validTo === null ? from : `${from} đến ngày ${formatCardDate(validTo)}`;
}

function nfc(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Validates `card` (throws a ZodError naming the field, never echoing its value) and returns the
 * printable string for every layout field; null means "do not print this element".
 */
export function bhytCardText(card: BhytCardData): Readonly<Record<BhytCardField, string | null>> {
  const c = bhytCardDataSchema.parse(card);
  return {
    insuranceNumber: c.insuranceNumber,
    fullName: nfc(c.fullName).toUpperCase(),
    dateOfBirth: formatCardDate(c.dateOfBirth),
    gender: c.gender === 'male' ? 'Nam' : 'Nữ',
    benefitCode: c.benefitCode === null ? null : nfc(c.benefitCode),
    livingAreaCode: c.livingAreaCode,
    facilityCode: c.facilityCode,
    facilityName: nfc(c.facilityName),
    validity: validityText(c.validFrom, c.validTo),
    fiveYearsContinuousFrom: c.fiveYearsContinuousFrom === null ? null : formatCardDate(c.fiveYearsContinuousFrom),
    issuedBy: c.issuedBy === null ? null : nfc(c.issuedBy),
    issueDate: formatCardDate(c.issueDate),
    copyLabel: c.copyLabel === undefined ? null : nfc(c.copyLabel),
  };
}
