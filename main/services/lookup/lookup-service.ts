/**
 * Tra cứu mã số BHXH: find a person's 10-digit social-insurance number from their full name and date of
 * birth, optionally narrowed by province and ID number, the way the public portal does (docs/domain/public-lookups.md).
 *
 * Name matching is diacritic-insensitive (the portal's "không dấu" option) using foldKey: NFC or NFD input,
 * any case, đ→d. The search is an index seek on persons (name_key, date_of_birth) — see 0002-persons.ts for
 * why that composite index rather than FTS5. Results are masked; more than one match is "ambiguous" so the
 * citizen adds the province or ID number.
 */
import type { LookupResult, MaskedPerson } from '../../../preload/contract/channels/lookup';
import { KioskFailure } from '../../../preload/contract/result';
import type { PersonRepository, PersonSummary, ReferenceRepository } from '../../db/repositories/ports';
import { foldKey } from '../../domain/text/vi-text';
import { maskIdNumber, maskName } from './mask';

export type { LookupResult, MaskedPerson };

export interface InsuranceNumberQuery {
  readonly fullName: string;
  /** 'YYYY-MM-DD' (also matches people recorded with a year only), 'YYYY-MM' (that month), or 'YYYY' (that year). */
  readonly dateOfBirth: string;
  readonly provinceCode?: string;
  /** 2025 ward code; only meaningful inside provinceCode. */
  readonly wardCode?: string;
  readonly idNumber?: string;
}

export interface LookupService {
  lookupInsuranceNumber(query: InsuranceNumberQuery): LookupResult;
  /** A scanned CCCD (12 digits) or old CMND (9 digits) finds the person directly. */
  lookupByIdNumber(idNumber: string): LookupResult;
}

/** Most matches returned when ambiguous. */
export const MAX_MATCHES = 5;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** `wards` checks a ward filter belongs to the chosen province; without it a ward filter is refused. */
export function createLookupService(repo: PersonRepository, wards?: Pick<ReferenceRepository, 'getWard'>): LookupService {
  return {
    lookupInsuranceNumber(query) {
      if (query.wardCode !== undefined) {
        if (query.provinceCode === undefined) throw new KioskFailure('invalid-input', 'a ward needs its province');
        if (wards?.getWard(query.wardCode)?.provinceCode !== query.provinceCode) {
          throw new KioskFailure('invalid-input', 'the ward is not in the chosen province');
        }
      }
      const nameKey = foldKey(query.fullName);
      if (nameKey === '' || !DATE.test(query.dateOfBirth)) return { status: 'none', matches: [] };
      const digits = query.idNumber?.replace(/\D/g, '');
      const rows = repo.findByNameAndBirth({
        nameKey,
        dateOfBirth: query.dateOfBirth,
        ...(query.provinceCode ? { provinceCode: query.provinceCode } : {}),
        ...(query.wardCode ? { wardCode: query.wardCode } : {}),
        ...(digits ? { idNumber: digits } : {}),
        limit: MAX_MATCHES + 1,
      });
      return toResult(rows);
    },
    lookupByIdNumber(idNumber) {
      const digits = idNumber.replace(/\D/g, '');
      if (digits.length !== 12 && digits.length !== 9) return { status: 'none', matches: [] };
      const p = repo.findByIdNumber(digits);
      if (!p) return { status: 'none', matches: [] };
      return toResult([p]);
    },
  };
}

/** Up to MAX_MATCHES masked matches and the status their count gives (the naive bench baseline shapes its result so too). */
export function toResult(rows: readonly PersonSummary[]): LookupResult {
  const matches = rows.slice(0, MAX_MATCHES).map(toMasked);
  if (rows.length === 0) return { status: 'none', matches: [] };
  return { status: rows.length === 1 ? 'found' : 'ambiguous', matches };
}

function toMasked(p: PersonSummary): MaskedPerson {
  return {
    insuranceNumber: p.insuranceNumber,
    maskedName: maskName(p.fullName),
    birthYear: p.dateOfBirth.slice(0, 4),
    maskedIdNumber: maskIdNumber(p.idNumber),
    provinceName: p.provinceName,
  };
}
