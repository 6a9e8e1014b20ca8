/**
 * Vietnamese texts of the approval and rejection notices (SMS and e-mail). NFC, proper diacritics. The officer's note
 * travels in the SMS too (citizens without e-mail would otherwise never read it), shortened at a word boundary when
 * the message would exceed MAX_SMS_PARTS parts (main/domain/sms/sms-length.ts).
 */
import { fitNoteInSms, smsLength, type SmsLength } from '../../domain/sms/sms-length';

export const REJECT_REASON_CODES = ['id-mismatch', 'name-mismatch', 'unsigned-form', 'missing-documents', 'duplicate', 'other'] as const;
export type RejectReasonCode = (typeof REJECT_REASON_CODES)[number];

export const REJECT_REASON_VI: Readonly<Record<RejectReasonCode, string>> = {
  'id-mismatch': 'Số CCCD trên tờ khai không khớp với thẻ căn cước.',
  'name-mismatch': 'Họ tên trên tờ khai không khớp với thẻ căn cước.',
  'unsigned-form': 'Tờ khai chưa được ký.',
  'missing-documents': 'Thiếu giấy tờ cần thiết.',
  duplicate: 'Tờ khai trùng với một đăng ký đã có.',
  other: 'Lý do khác (xem ghi chú của cán bộ).',
};

/** In the SMS, "other" is replaced by the note itself. */
const REJECT_REASON_SMS: Readonly<Record<RejectReasonCode, string>> = { ...REJECT_REASON_VI, other: 'Lý do khác.' };

export function approvalSms(insuranceNumber: string, initialPassword: string): string {
  return (
    `BHXH: Tài khoản VssID của bạn đã được cấp. Tên đăng nhập: ${insuranceNumber} (mã số BHXH). Mật khẩu: ${initialPassword}. ` +
    'Hãy cài ứng dụng VssID, đăng nhập và đổi mật khẩu ngay lần đầu.'
  ).normalize('NFC');
}

export function approvalEmail(
  registrationCode: string,
  insuranceNumber: string,
  initialPassword: string,
): { subject: string; body: string } {
  return {
    subject: 'Tài khoản VssID của bạn đã được cấp',
    body: [
      'Kính gửi Quý khách,',
      '',
      `Tờ khai đăng ký ${registrationCode} đã được cơ quan BHXH phê duyệt.`,
      `Tên đăng nhập (mã số BHXH): ${insuranceNumber}`,
      `Mật khẩu ban đầu: ${initialPassword}`,
      '',
      'Các bước tiếp theo:',
      '1. Cài đặt ứng dụng VssID – Bảo hiểm xã hội số từ App Store hoặc Google Play.',
      '2. Đăng nhập bằng mã số BHXH và mật khẩu ban đầu ở trên.',
      '3. Đổi mật khẩu ngay khi đăng nhập lần đầu, và đổi lại ít nhất 6 tháng một lần.',
      '',
      'Không chia sẻ mật khẩu cho bất kỳ ai, kể cả người tự xưng là cán bộ BHXH.',
    ]
      .join('\n')
      .normalize('NFC'),
  };
}

export interface RejectionSms extends SmsLength {
  readonly text: string;
  /** The note did not fit whole: the SMS carries its beginning and points to the e-mail / the office. */
  readonly noteShortened: boolean;
}

export function rejectionSms(registrationCode: string, reason: RejectReasonCode, note: string | null = null): RejectionSms {
  const head = `BHXH: Tờ khai đăng ký VssID ${registrationCode} không được chấp nhận.`;
  const tail = 'Vui lòng kê khai và nộp lại.';
  const withNote = (n: string): string => {
    const note = n.endsWith('…') ? n : `${n}.`;
    return (
      reason === 'other' ? `${head} Lý do: ${note} ${tail}` : `${head} Lý do: ${REJECT_REASON_SMS[reason]} Ghi chú: ${note} ${tail}`
    ).normalize('NFC');
  };
  const trimmed = note?.trim().replace(/[.\s]+$/, '') ?? '';
  if (trimmed === '') {
    const text = `${head} Lý do: ${REJECT_REASON_SMS[reason]} ${tail}`.normalize('NFC');
    return { text, noteShortened: false, ...smsLength(text) };
  }
  const fitted = fitNoteInSms(trimmed, withNote);
  return { text: fitted.text, noteShortened: fitted.shortened, ...smsLength(fitted.text) };
}

export function rejectionEmail(registrationCode: string, reason: RejectReasonCode, note: string | null): { subject: string; body: string } {
  return {
    subject: 'Tờ khai đăng ký VssID không được chấp nhận',
    body: [
      'Kính gửi Quý khách,',
      '',
      `Tờ khai đăng ký ${registrationCode} không được chấp nhận.`,
      `Lý do: ${REJECT_REASON_VI[reason]}`,
      ...(note === null || note === '' ? [] : [`Ghi chú của cán bộ: ${note}`]),
      '',
      'Quý khách vui lòng kê khai lại tờ khai 01 và mang tờ khai đã ký cùng CCCD đến cơ quan BHXH trong vòng 10 ngày.',
    ]
      .join('\n')
      .normalize('NFC'),
  };
}
