/**
 * The identity-document number a citizen writes on Form 01 ("Số CCCD/CMND/Hộ chiếu"): the 12-digit CCCD (số định
 * danh cá nhân), the old 9-digit CMND that most CCCD QR codes still carry in their second field, or a Vietnamese
 * passport number (one letter and 7 or 8 digits, e.g. C1234567). Nothing else is accepted, so a typo is reported
 * instead of stored.
 */

export type PersonIdKind = 'cccd' | 'cmnd' | 'passport';

export interface PersonId {
  readonly kind: PersonIdKind;
  /** Spaces removed; passport letter in upper case. */
  readonly value: string;
}

export const PERSON_ID_PATTERN = /^(\d{12}|\d{9}|[A-Z]\d{7,8})$/;

/** Spaces, dots and dashes people type between digit groups are ignored; anything else makes the number invalid. */
export function classifyPersonId(raw: string): PersonId | null {
  const value = raw.replace(/[\s.-]/g, '').toUpperCase();
  if (/^\d{12}$/.test(value)) return { kind: 'cccd', value };
  if (/^\d{9}$/.test(value)) return { kind: 'cmnd', value };
  if (/^[A-Z]\d{7,8}$/.test(value)) return { kind: 'passport', value };
  return null;
}
