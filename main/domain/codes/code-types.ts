/**
 * What a scanned code can be once parsed: the CCCD front QR, the BHYT card QR, or the Form 01
 * registration code. Parsing never throws; failures carry a typed code plus Vietnamese (UI) and
 * English (logs/CLI) messages that never contain the scanned data itself.
 */
import { CODE_ERROR_CODES } from '../../../preload/contract/scan-errors';

export type Gender = 'male' | 'female';

/** Citizen ID card (CCCD, 2021 template) front QR; see docs/domain/cccd-qr.md. */
export interface CccdCode {
  readonly kind: 'cccd';
  /** 12 digits. */
  readonly idNumber: string;
  /** Old CMND number (9 or 12 digits), null when the card leaves the field empty. */
  readonly oldIdNumber: string | null;
  /** NFC, control characters removed, whitespace collapsed. */
  readonly fullName: string;
  /** 'YYYY-MM-DD', or 'YYYY-MM' / 'YYYY' when the card records only part of the date. */
  readonly dateOfBirth: string;
  readonly gender: Gender;
  readonly address: string;
  /** 'YYYY-MM-DD', null when absent. */
  readonly issueDate: string | null;
  /** Fields after the seventh (the 11-part variant), cleaned; their meaning is not documented. */
  readonly extraFields: readonly string[];
  /**
   * Where the ID number's own digits (4th: century and gender, 5th–6th: birth year) disagree with the card's birth
   * date or gender. Wrongly built numbers were issued and are re-established under the ID law, so such a card is
   * genuine: it is accepted, flagged, and routed to an officer. Empty for a consistent card.
   */
  readonly discrepancies: readonly CardDiscrepancy[];
}

export interface CardDiscrepancy {
  readonly field: 'birthYear' | 'gender';
  /** What the ID number implies: a year ('1958') or a gender. */
  readonly fromIdNumber: string;
  /** What the card's own field says. */
  readonly onCard: string;
}

export type BhytTemplate = 'old-15' | '1666-17';

/** Health-insurance card QR; see docs/domain/bhyt-card.md. */
export interface BhytCode {
  readonly kind: 'bhyt';
  /** Named after the number of `|`-separated parts, terminator included. */
  readonly template: BhytTemplate;
  /** Field 0 as printed (15 chars on old cards, 10 digits on 1666 cards). */
  readonly cardCode: string;
  /**
   * Mã số BHXH, 10 digits: the card code on 1666 cards; on older cards the last 10 digits of the 14-digit
   * management code (field 9) when present, because pre-2018 card codes do not always end in it (letters occur
   * there), else the last 10 characters of the card code when they are digits. Null when neither carries it.
   */
  readonly insuranceNumber: string | null;
  /** Where insuranceNumber came from. */
  readonly insuranceNumberSource: 'card-code' | 'management-code' | null;
  readonly fullName: string;
  /** 'YYYY-MM-DD' or 'YYYY'. */
  readonly dateOfBirth: string;
  readonly gender: Gender;
  /** Old cards only; 1666 cards carry no address. */
  readonly address: string | null;
  /** 5-character KCB facility code, e.g. '79024', '01C54'. */
  readonly facilityCode: string;
  readonly validFrom: string;
  /** Null when the card is open-ended ('-'). */
  readonly validTo: string | null;
  readonly issueDate: string;
  readonly managementCode: string | null;
  readonly guardianName: string | null;
  readonly fiveYearsContinuousFrom: string | null;
  /** Field 13, kept verbatim: its algorithm is unknown, so we never check or invent it. */
  readonly checksum: string;
  /** The 4 digits after the last '-' of field 13 ('0101', '7102', '1202'…); they vary with the issue year. */
  readonly checkSuffix: string | null;
  /**
   * Mức hưởng (benefit level, 1–5): field 11 on both templates. Older readers called field 11 the living-area code,
   * but it equals the benefit digit on every card seen; the living area (K1/K2/K3) is not in the QR.
   */
  readonly benefitCode: string | null;
  /** Field 14 (1666 cards only), one digit of unconfirmed meaning (equal to the benefit level on cards seen). */
  readonly field14: string | null;
  /** Nơi cấp, đổi thẻ (field 15, 1666 cards only). */
  readonly issuedBy: string | null;
}

/** The code printed (as text and QR) on a Form 01 the kiosk produced. */
export interface RegistrationCode {
  readonly kind: 'registration';
  /** Canonical form, e.g. 'F01-7K3M9QXZ-4'. */
  readonly registrationCode: string;
}

export type ParsedCode = CccdCode | BhytCode | RegistrationCode;
export type CodeKind = ParsedCode['kind'];

export { CODE_ERROR_CODES };
export type CodeErrorCode = (typeof CODE_ERROR_CODES)[number];

export interface CodeError {
  readonly code: CodeErrorCode;
  /** English, for logs and the admin CLI. */
  readonly messageEn: string;
  /** Which parsed field failed (a key of the parsed object), when one did. */
  readonly field?: string;
}

export type CodeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CodeError };
export type CodeParseResult = CodeResult<ParsedCode>;
