/**
 * Builds the QR text of a 1666-template BHYT card (17 `|`-separated parts ending in `$`, docs/domain/bhyt-card.md).
 * Field 13 is a checksum whose algorithm is unknown; synthetic cards carry a placeholder (16 hex digits, then one
 * of the suffixes real cards show) and must never be presented as genuine.
 */

/** Lower-case hex of the UTF-8 bytes, as the card stores names and "nơi cấp". */
export function hexUtf8(s: string): string {
  return Buffer.from(s.normalize('NFC'), 'utf8').toString('hex');
}

export interface Bhyt1666Fields {
  readonly insuranceNumber: string;
  /** Hex of the UTF-8 full name; pass `hexUtf8(name)` (precomputed by the generator for speed). */
  readonly nameHex: string;
  /** 'YYYY-MM-DD' or 'YYYY'. */
  readonly dateOfBirth: string;
  readonly gender: 'male' | 'female';
  readonly facilityCode: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly issueDate: string;
  /** 14 digits: 4 digits + the mã số, as on the 2023 sample. */
  readonly managementCode: string;
  /** Field 11: the benefit level (mức hưởng 1–5). Older readers misnamed it the living-area code. */
  readonly benefitLevel: string;
  readonly fiveYearsFrom: string | null;
  /** 16 hex digits (a placeholder: the real algorithm is unknown). */
  readonly checksumPlaceholder: string;
  /** The 4 digits after the checksum's '-'; real cards vary them by issue year ('0101', '7102', '1202'). */
  readonly checkSuffix: string;
  /** Field 14 (meaning unconfirmed; equal to the benefit level on the cards seen). */
  readonly benefitDigit: string;
  readonly issuedByHex: string;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'; 'YYYY' stays as is. */
export function toCardDate(iso: string): string {
  if (iso.length === 4) return iso;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

export function buildBhyt1666Payload(f: Bhyt1666Fields): string {
  const facility = `${f.facilityCode.slice(0, 2)} - ${f.facilityCode.slice(2)}`;
  return [
    f.insuranceNumber,
    f.nameHex,
    toCardDate(f.dateOfBirth),
    f.gender === 'male' ? '1' : '2',
    '-',
    facility,
    toCardDate(f.validFrom),
    f.validTo === null ? '-' : toCardDate(f.validTo),
    toCardDate(f.issueDate),
    f.managementCode,
    '-',
    f.benefitLevel,
    // The real 2023 sample carries a leading space in this field; reproduce it.
    f.fiveYearsFrom === null ? '-' : ` ${toCardDate(f.fiveYearsFrom)}`,
    `${f.checksumPlaceholder}-${f.checkSuffix}`,
    f.benefitDigit,
    f.issuedByHex,
    '$',
  ].join('|');
}
