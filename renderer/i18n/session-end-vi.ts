/** Vietnamese strings of a visit the host ended (idle timeout, the account signed in elsewhere) (spread into vi.ts). */
export const sessionEndVi = {
  'session.ended.expired': 'Phiên làm việc đã hết hạn do không có thao tác. Vui lòng đăng nhập lại nếu cần.',
  'session.ended.elsewhere': 'Tài khoản của bạn vừa được đăng nhập ở máy khác. Vui lòng đăng nhập lại nếu cần.',
  'account.elsewhere.warning':
    'Tài khoản này đang được đăng nhập ở một máy khác. Nhập mã OTP gửi đến số điện thoại đã đăng ký để đăng nhập tại đây; máy kia sẽ được đăng xuất.',
  'account.elsewhere.noPhone':
    'Tài khoản này đang được đăng nhập ở một máy khác và chưa có số điện thoại đăng ký để xác nhận. Vui lòng đăng xuất ở máy kia hoặc liên hệ quầy hướng dẫn.',
  'account.elsewhere.resendHint': 'Bấm “Gửi lại mã” để nhận mã OTP.',
} as const;
