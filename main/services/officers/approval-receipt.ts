/**
 * What the counter prints for a citizen whose account was just created: the username and the next steps. The
 * initial password is NOT printed: it travels only by SMS (and e-mail) to the registered phone, so a slip left on the
 * counter cannot open the account.
 */
import type { Receipt } from '../../../native/printer/receipt';
import { vietnamDateTime } from '../registrations/registration-types';

export function buildApprovalReceipt(input: {
  readonly registrationCode: string;
  readonly insuranceNumber: string;
  readonly decidedAt: string;
  readonly smsSent: boolean;
  readonly emailSent: boolean;
}): Receipt {
  return {
    title: 'ĐĂNG KÝ VssID THÀNH CÔNG',
    lines: [
      { kind: 'text', text: 'Tài khoản VssID của bạn đã được cấp', align: 'center', bold: true },
      { kind: 'pair', label: 'Mã tờ khai:', value: input.registrationCode },
      { kind: 'pair', label: 'Tên đăng nhập:', value: `${input.insuranceNumber} (mã số BHXH)` },
      { kind: 'pair', label: 'Thời gian:', value: vietnamDateTime(new Date(input.decidedAt)) },
      { kind: 'rule' },
      { kind: 'text', text: 'Các bước tiếp theo:', bold: true },
      { kind: 'text', text: '1. Cài ứng dụng VssID – Bảo hiểm xã hội số (App Store hoặc Google Play).' },
      {
        kind: 'text',
        text: input.smsSent
          ? `2. Đăng nhập bằng mã số BHXH và mật khẩu ban đầu trong tin nhắn SMS gửi đến số điện thoại đã đăng ký${input.emailSent ? ' (và trong e-mail)' : ''}.`
          : '2. Đăng nhập bằng mã số BHXH và mật khẩu ban đầu cán bộ sẽ gửi cho bạn.',
      },
      { kind: 'text', text: '3. Đổi mật khẩu ngay lần đăng nhập đầu tiên; sau đó ít nhất 6 tháng đổi một lần.' },
      { kind: 'rule' },
      { kind: 'text', text: 'Không chia sẻ mật khẩu cho bất kỳ ai, kể cả người tự xưng là cán bộ BHXH.' },
      // The form's code, for any later question at the counter.
      { kind: 'qr', data: input.registrationCode },
    ],
    footer: 'Cảm ơn bạn đã sử dụng dịch vụ của BHXH Việt Nam.',
  };
}
