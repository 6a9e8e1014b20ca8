/** Vietnamese strings of CCCD-scan sign-in / lookup and the station and account limits (spread into vi.ts). */
export const sessionGuardVi = {
  'account.card.scanHint':
    'Đặt mặt trước thẻ CCCD (có mã QR) vào đầu đọc. Khi máy đọc xong, bấm “Gửi mã OTP”: mã sẽ được gửi đến số điện thoại bạn đã đăng ký.',
  'account.card.scanned': 'Đã đọc thẻ CCCD của {name}.',
  'account.card.notCccd': 'Thẻ vừa đọc là thẻ BHYT, không phải thẻ CCCD.',
  'account.card.waiting': 'Chưa đọc thẻ CCCD nào. Đưa thẻ vào đầu đọc.',
  'card.err.noCardScan': 'Chưa quét thẻ CCCD (hoặc đã quá 3 phút). Vui lòng đặt thẻ CCCD vào đầu đọc rồi thử lại.',
  'card.err.wrongCardType': 'Đây là thẻ BHYT, không phải thẻ CCCD. Vui lòng quét mã QR trên thẻ CCCD.',
  'limits.waitSeconds': 'Bạn đã thử quá nhiều lần. Vui lòng đợi {seconds} giây rồi thử lại.',
  'limits.waitMinutes': 'Bạn đã thử quá nhiều lần. Vui lòng đợi {minutes} phút rồi thử lại.',
  'lookup.scanned.button': 'Tra cứu mã số BHXH bằng thẻ CCCD này',
  'lookup.scanned.hint': 'Có thẻ CCCD? Đưa thẻ vào đầu đọc rồi bấm nút dưới đây để tra cứu ngay.',
  'lookup.scanned.submit': 'Tra cứu bằng thẻ CCCD vừa quét',
} as const;
