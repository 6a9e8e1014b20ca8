/**
 * English descriptions of code-parsing errors, for logs and the admin CLI. They name the problem, never the scanned
 * values (design decision 7: no personal data in logs). What a citizen or officer reads is worded by the screen from
 * the code, in its language (renderer/i18n/scan-errors-*.ts): defined there once, not here too.
 */
import type { ErrorCode } from '../../../preload/contract/result';
import type { CodeError, CodeErrorCode, CodeKind } from './code-types';

const MESSAGES: { readonly [C in CodeErrorCode]: string } = {
  'empty-code': 'The scanned code is empty.',
  'code-too-long': 'The scanned code is too long.',
  'unknown-code': 'The code is not a CCCD, a BHYT card or a Form 01 code.',
  'wrong-kind': 'The code is not of the expected kind.',
  'cccd-bad-field-count': 'The CCCD QR has an unexpected number of fields.',
  'cccd-bad-id': 'The CCCD number is not 12 digits.',
  'cccd-bad-old-id': 'The old ID number is not 9 or 12 digits.',
  'cccd-bad-name': 'The CCCD QR has no name.',
  'cccd-bad-date': 'A date in the CCCD QR is invalid.',
  'cccd-bad-gender': 'The gender in the CCCD QR is invalid.',
  'cccd-dob-mismatch': 'The date of birth does not match the century/year digits of the CCCD number.',
  'cccd-gender-mismatch': 'The gender does not match the gender digit of the CCCD number.',
  'bhyt-missing-terminator': 'The BHYT QR lacks its "|$" terminator (truncated scan?).',
  'bhyt-bad-field-count': 'The BHYT QR has an unexpected number of fields.',
  'bhyt-bad-card-code': 'The BHYT card code is malformed.',
  'bhyt-bad-hex': 'A hex-encoded BHYT field is not valid hex of UTF-8 (scanner typing through a Vietnamese IME?).',
  'bhyt-bad-name': 'The BHYT QR has no name.',
  'bhyt-bad-date': 'A date in the BHYT QR is invalid.',
  'bhyt-bad-gender': 'The gender in the BHYT QR is invalid.',
  'bhyt-bad-facility': 'The BHYT facility code is not 5 characters.',
  'registration-bad-format': 'The Form 01 code is not of the form F01-XXXXXXXX-C.',
  'registration-bad-check': 'The Form 01 code fails its check character.',
};

/** Field-specific wording where the generic message would mislead ("Tên" for a broken address). */
const HEX_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  address: 'The BHYT address field is not valid hex of UTF-8 (scanner typing through a Vietnamese IME?).',
  guardianName: 'The BHYT guardian field is not valid hex of UTF-8 (scanner typing through a Vietnamese IME?).',
  issuedBy: 'The BHYT issuing-office field is not valid hex of UTF-8 (scanner typing through a Vietnamese IME?).',
};

export function codeError(code: CodeErrorCode, field?: string): CodeError {
  const m = (code === 'bhyt-bad-hex' && field !== undefined ? HEX_FIELD_MESSAGES[field] : undefined) ?? MESSAGES[code];
  return field === undefined ? { code, messageEn: m } : { code, messageEn: m, field };
}

const KIND_LABELS: { readonly [K in CodeKind]: string } = {
  cccd: 'The code is not a CCCD QR.',
  bhyt: 'The code is not a BHYT card QR.',
  registration: 'The code is not a Form 01 registration code.',
};

/** The error for "we asked for a CCCD and got something else". */
export function wrongKindError(expected: CodeKind): CodeError {
  return { code: 'wrong-kind', messageEn: KIND_LABELS[expected] };
}

/** Maps a parse failure onto the IPC contract's coarse error codes. */
export function toKioskErrorCode(code: CodeErrorCode): ErrorCode {
  switch (code) {
    case 'empty-code':
      return 'invalid-input';
    case 'unknown-code':
    case 'wrong-kind':
    case 'code-too-long':
      return 'unsupported-code';
    case 'cccd-dob-mismatch':
    case 'cccd-gender-mismatch':
      return 'mismatch';
    case 'cccd-bad-field-count':
    case 'cccd-bad-id':
    case 'cccd-bad-old-id':
    case 'cccd-bad-name':
    case 'cccd-bad-date':
    case 'cccd-bad-gender':
    case 'bhyt-missing-terminator':
    case 'bhyt-bad-field-count':
    case 'bhyt-bad-card-code':
    case 'bhyt-bad-hex':
    case 'bhyt-bad-name':
    case 'bhyt-bad-date':
    case 'bhyt-bad-gender':
    case 'bhyt-bad-facility':
    case 'registration-bad-format':
    case 'registration-bad-check':
      return 'malformed-code';
  }
}
