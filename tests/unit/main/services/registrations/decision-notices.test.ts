import { describe, expect, it } from 'vitest';
import { MAX_SMS_PARTS } from '../../../../../main/domain/sms/sms-length';
import { rejectionSms } from '../../../../../main/services/registrations/decision-notices';

describe('rejection SMS', () => {
  it('carries the officer’s note for "Lý do khác", so a citizen without e-mail reads it', () => {
    const sms = rejectionSms('F01-7K3M9QXZ-4', 'other', 'Cần mang bản gốc giấy khai sinh.');
    expect(sms.text).toContain('Lý do: Cần mang bản gốc giấy khai sinh.');
    expect(sms.text).not.toContain('xem ghi chú của cán bộ');
    expect(sms).toMatchObject({ encoding: 'ucs2', noteShortened: false });
    expect(sms.parts).toBeLessThanOrEqual(MAX_SMS_PARTS);
  });

  it('shortens a long note so the SMS stays within the length rules', () => {
    const sms = rejectionSms('F01-7K3M9QXZ-4', 'other', 'Giấy tờ kèm theo chưa đủ, cần bổ sung bản sao có chứng thực '.repeat(8));
    expect(sms.noteShortened).toBe(true);
    expect(sms.parts).toBeLessThanOrEqual(MAX_SMS_PARTS);
    expect(sms.text).toContain('…');
    expect(sms.text.endsWith('Vui lòng kê khai và nộp lại.')).toBe(true);
  });

  it('adds a note to the other reasons too, and stays as before without one', () => {
    expect(rejectionSms('F01-7K3M9QXZ-4', 'unsigned-form', 'Ký vào trang 2.').text).toContain(
      'Tờ khai chưa được ký. Ghi chú: Ký vào trang 2.',
    );
    expect(rejectionSms('F01-7K3M9QXZ-4', 'unsigned-form').text).toBe(
      'BHXH: Tờ khai đăng ký VssID F01-7K3M9QXZ-4 không được chấp nhận. Lý do: Tờ khai chưa được ký. Vui lòng kê khai và nộp lại.',
    );
  });
});
