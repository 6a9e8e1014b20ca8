/**
 * Message catalogue for code-parsing errors. Messages name the problem and what to do, never the
 * scanned values (design decision 7: no personal data in logs).
 */
import type { ErrorCode } from '../../../preload/contract/result';
import type { CodeError, CodeErrorCode, CodeKind } from './code-types';

interface Messages {
  readonly vi: string;
  readonly en: string;
}

const MESSAGES: { readonly [C in CodeErrorCode]: Messages } = {
  'empty-code': { vi: 'Không đọc được nội dung mã QR. Vui lòng quét lại.', en: 'The scanned code is empty.' },
  'code-too-long': { vi: 'Mã QR quá dài, không phải loại giấy tờ được hỗ trợ.', en: 'The scanned code is too long.' },
  'unknown-code': {
    vi: 'Mã QR không phải CCCD, thẻ BHYT hay tờ khai mẫu 01',
    en: 'The code is not a CCCD, a BHYT card or a Form 01 code.',
  },
  'wrong-kind': { vi: 'Mã QR không đúng loại giấy tờ cần quét.', en: 'The code is not of the expected kind.' },
  'cccd-bad-field-count': {
    vi: 'Mã QR trên CCCD không đầy đủ. Vui lòng quét lại.',
    en: 'The CCCD QR has an unexpected number of fields.',
  },
  'cccd-bad-id': { vi: 'Số CCCD trong mã QR không hợp lệ (phải gồm 12 chữ số).', en: 'The CCCD number is not 12 digits.' },
  'cccd-bad-old-id': {
    vi: 'Số CMND cũ trong mã QR không hợp lệ (phải gồm 9 hoặc 12 chữ số).',
    en: 'The old ID number is not 9 or 12 digits.',
  },
  'cccd-bad-name': { vi: 'Mã QR trên CCCD không có họ tên.', en: 'The CCCD QR has no name.' },
  'cccd-bad-date': { vi: 'Ngày tháng trong mã QR trên CCCD không hợp lệ.', en: 'A date in the CCCD QR is invalid.' },
  'cccd-bad-gender': { vi: 'Giới tính trong mã QR trên CCCD không hợp lệ.', en: 'The gender in the CCCD QR is invalid.' },
  'cccd-dob-mismatch': {
    vi: 'Ngày sinh không khớp với số CCCD',
    en: 'The date of birth does not match the century/year digits of the CCCD number.',
  },
  'cccd-gender-mismatch': {
    vi: 'Giới tính không khớp với số CCCD',
    en: 'The gender does not match the gender digit of the CCCD number.',
  },
  'bhyt-missing-terminator': {
    vi: 'Mã QR trên thẻ BHYT bị thiếu phần cuối. Vui lòng quét lại.',
    en: 'The BHYT QR lacks its "|$" terminator (truncated scan?).',
  },
  'bhyt-bad-field-count': {
    vi: 'Mã QR trên thẻ BHYT không đầy đủ. Vui lòng quét lại.',
    en: 'The BHYT QR has an unexpected number of fields.',
  },
  'bhyt-bad-card-code': { vi: 'Mã thẻ BHYT không hợp lệ.', en: 'The BHYT card code is malformed.' },
  'bhyt-bad-hex': {
    vi: 'Tên trên thẻ BHYT bị hỏng — có thể máy quét đang dùng bộ gõ tiếng Việt',
    en: 'A hex-encoded BHYT field is not valid hex of UTF-8 (scanner typing through a Vietnamese IME?).',
  },
  'bhyt-bad-name': { vi: 'Mã QR trên thẻ BHYT không có họ tên.', en: 'The BHYT QR has no name.' },
  'bhyt-bad-date': { vi: 'Ngày tháng trong mã QR trên thẻ BHYT không hợp lệ.', en: 'A date in the BHYT QR is invalid.' },
  'bhyt-bad-gender': { vi: 'Giới tính trong mã QR trên thẻ BHYT không hợp lệ.', en: 'The gender in the BHYT QR is invalid.' },
  'bhyt-bad-facility': {
    vi: 'Mã nơi đăng ký khám chữa bệnh ban đầu trên thẻ BHYT không hợp lệ.',
    en: 'The BHYT facility code is not 5 characters.',
  },
  'registration-bad-format': {
    vi: 'Mã tờ khai mẫu 01 không đúng định dạng (F01-XXXXXXXX-X).',
    en: 'The Form 01 code is not of the form F01-XXXXXXXX-C.',
  },
  'registration-bad-check': {
    vi: 'Mã tờ khai mẫu 01 bị sai (ký tự kiểm tra không khớp). Vui lòng kiểm tra lại.',
    en: 'The Form 01 code fails its check character.',
  },
};

/** Field-specific wording where the generic message would mislead ("Tên" for a broken address). */
const HEX_FIELD_MESSAGES: Readonly<Record<string, Messages>> = {
  address: {
    vi: 'Địa chỉ trên thẻ BHYT bị hỏng — có thể máy quét đang dùng bộ gõ tiếng Việt',
    en: 'The BHYT address field is not valid hex of UTF-8 (scanner typing through a Vietnamese IME?).',
  },
  guardianName: {
    vi: 'Tên người giám hộ trên thẻ BHYT bị hỏng — có thể máy quét đang dùng bộ gõ tiếng Việt',
    en: 'The BHYT guardian field is not valid hex of UTF-8 (scanner typing through a Vietnamese IME?).',
  },
  issuedBy: {
    vi: 'Nơi cấp trên thẻ BHYT bị hỏng — có thể máy quét đang dùng bộ gõ tiếng Việt',
    en: 'The BHYT issuing-office field is not valid hex of UTF-8 (scanner typing through a Vietnamese IME?).',
  },
};

export function codeError(code: CodeErrorCode, field?: string): CodeError {
  const m = (code === 'bhyt-bad-hex' && field !== undefined ? HEX_FIELD_MESSAGES[field] : undefined) ?? MESSAGES[code];
  return field === undefined ? { code, message: m.vi, messageEn: m.en } : { code, message: m.vi, messageEn: m.en, field };
}

const KIND_LABELS: { readonly [K in CodeKind]: Messages } = {
  cccd: { vi: 'Mã QR không phải CCCD', en: 'The code is not a CCCD QR.' },
  bhyt: { vi: 'Mã QR không phải thẻ BHYT', en: 'The code is not a BHYT card QR.' },
  registration: { vi: 'Mã QR không phải mã tờ khai mẫu 01', en: 'The code is not a Form 01 registration code.' },
};

/** The error for "we asked for a CCCD and got something else". */
export function wrongKindError(expected: CodeKind): CodeError {
  const m = KIND_LABELS[expected];
  return { code: 'wrong-kind', message: m.vi, messageEn: m.en };
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
