import type { scanErrorsVi } from './scan-errors-vi';

/** Why a scan could not be read, by code, in English (spread into en.ts; the compiler keeps the keys complete). */
export const scanErrorsEn: { readonly [K in keyof typeof scanErrorsVi]: string } = {
  'scan.error.empty-code': 'The QR code could not be read. Please scan again.',
  'scan.error.code-too-long': 'The QR code is too long: it is not a supported document.',
  'scan.error.unknown-code': 'The QR code is not a CCCD, a BHYT card or a Form 01.',
  'scan.error.wrong-kind': 'This QR code is not the document asked for.',
  'scan.error.cccd-bad-field-count': 'The QR code on the CCCD is incomplete. Please scan again.',
  'scan.error.cccd-bad-id': 'The CCCD number in the QR code is invalid (it must have 12 digits).',
  'scan.error.cccd-bad-old-id': 'The old ID number in the QR code is invalid (it must have 9 or 12 digits).',
  'scan.error.cccd-bad-name': 'The QR code on the CCCD has no name.',
  'scan.error.cccd-bad-date': 'A date in the QR code on the CCCD is invalid.',
  'scan.error.cccd-bad-gender': 'The gender in the QR code on the CCCD is invalid.',
  'scan.error.cccd-dob-mismatch': 'The date of birth does not match the CCCD number.',
  'scan.error.cccd-gender-mismatch': 'The gender does not match the CCCD number.',
  'scan.error.bhyt-missing-terminator': 'The QR code on the BHYT card is cut short. Please scan again.',
  'scan.error.bhyt-bad-field-count': 'The QR code on the BHYT card is incomplete. Please scan again.',
  'scan.error.bhyt-bad-card-code': 'The BHYT card number is invalid.',
  'scan.error.bhyt-bad-hex': 'The name on the BHYT card arrived damaged — the scanner may be typing through a Vietnamese input method.',
  'scan.error.bhyt-bad-hex.address':
    'The address on the BHYT card arrived damaged — the scanner may be typing through a Vietnamese input method.',
  'scan.error.bhyt-bad-hex.guardianName':
    "The guardian's name on the BHYT card arrived damaged — the scanner may be typing through a Vietnamese input method.",
  'scan.error.bhyt-bad-hex.issuedBy':
    'The issuing office on the BHYT card arrived damaged — the scanner may be typing through a Vietnamese input method.',
  'scan.error.bhyt-bad-name': 'The QR code on the BHYT card has no name.',
  'scan.error.bhyt-bad-date': 'A date in the QR code on the BHYT card is invalid.',
  'scan.error.bhyt-bad-gender': 'The gender in the QR code on the BHYT card is invalid.',
  'scan.error.bhyt-bad-facility': 'The registered health facility code on the BHYT card is invalid.',
  'scan.error.registration-bad-format': 'The Form 01 code is not in the right format (F01-XXXXXXXX-X).',
  'scan.error.registration-bad-check': 'The Form 01 code is wrong (its check character does not match). Please check it.',
  'scan.error.invalid-utf8': 'The code could not be read: the data is damaged. Please scan again.',
};
