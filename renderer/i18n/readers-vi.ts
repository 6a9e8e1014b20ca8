/** Vietnamese strings of the reader modes on the device screen and of wedge/serial scan errors (spread into vi.ts). */
export const readersVi = {
  'devices.readerMode': 'Chế độ máy đọc',
  'devices.readerMode.hid': 'HID POS (USB)',
  'devices.readerMode.serial': 'Cổng COM ảo (USB serial) — {port}',
  'devices.readerMode.serialNoPort': 'Cổng COM ảo (USB serial) — chưa thấy cổng',
  'devices.readerMode.keyboard': 'Bàn phím (keyboard wedge)',
  'devices.readerMode.notFound': 'Không tìm thấy máy đọc',
  'devices.readerMode.keyboardCollection': 'Bàn phím (máy đọc đang giả lập bàn phím, không phải HID POS)',
  'devices.readerMode.unknown': 'Không xác định',
  'devices.readerError.not-found': 'Không tìm thấy máy đọc.',
  'devices.readerError.not-found.fix':
    'Kiểm tra cáp USB và nguồn của máy đọc. Với cổng COM ảo: kiểm tra tên cổng trong devices.json (thư mục /dev/serial/by-id/), hoặc bỏ "path" để kiosk tự tìm.',
  'devices.readerError.disconnected': 'Máy đọc vừa bị ngắt kết nối (rút cáp hoặc cổng bị đóng).',
  'devices.readerError.disconnected.fix': 'Cắm lại cáp USB. Kiosk tự kết nối lại khi máy đọc có lại, không cần khởi động lại.',
  'devices.readerError.open-failed': 'Không mở được máy đọc.',
  'devices.readerError.open-failed.fix': 'Rút ra, cắm lại máy đọc; nếu vẫn lỗi, kiểm tra tốc độ truyền (baudRate) trong devices.json.',
  'devices.readerError.permission-denied': 'Kiosk không có quyền mở cổng COM của máy đọc.',
  'devices.readerError.permission-denied.fix':
    'Thêm tài khoản chạy kiosk vào nhóm "dialout" (sudo usermod -aG dialout TÊN_TÀI_KHOẢN), đăng xuất rồi đăng nhập lại.',
  'devices.readerError.port-busy': 'Cổng COM của máy đọc đang bị chương trình khác dùng.',
  'devices.readerError.port-busy.fix':
    'Đóng chương trình đang mở cổng (phần mềm bệnh viện, ModemManager, phần mềm thử cổng COM) rồi chờ vài giây.',
  'devices.readerError.keyboard-collection': 'Máy đọc đang ở chế độ bàn phím, kiosk không nhận được dữ liệu quét.',
  'devices.readerError.keyboard-collection.fix':
    'Quét mã cấu hình "USB HID POS" hoặc "USB CDC / Virtual COM" trong sách hướng dẫn của máy đọc; hoặc đặt "transport": "keyboard" trong devices.json.',
  'devices.readerError.unknown-collection': 'Thiết bị cắm vào không phải máy đọc ở chế độ HID POS.',
  'devices.readerError.unknown-collection.fix':
    'Quét mã cấu hình "USB HID POS" trong sách hướng dẫn của máy đọc, hoặc kiểm tra lại thiết bị.',
  'devices.readerError.ime-damage': 'Bộ gõ tiếng Việt đang làm sai dữ liệu quét (họ tên có dấu bị đổi).',
  'devices.readerError.ime-damage.fix':
    'Tắt Unikey / EVKey / bộ gõ tiếng Việt của hệ điều hành cho tài khoản kiosk, hoặc chuyển máy đọc sang chế độ HID POS hay cổng COM ảo (docs/readers.md).',
  'devices.readerError.no-terminator': 'Máy đọc gửi mã không có ký tự kết thúc như đã cấu hình.',
  'devices.readerError.no-terminator.fix':
    'Đặt "terminator" trong devices.json đúng với hậu tố của máy đọc (cr, lf, crlf), hoặc "idle" nếu máy đọc không gửi hậu tố.',
  'devices.readerError.fixLabel': 'Cách khắc phục:',
  'scan.error.reader-ime-damaged':
    'Không đọc được thẻ chính xác: bộ gõ tiếng Việt trên máy đã làm sai dữ liệu quét. Vui lòng nhờ cán bộ hỗ trợ.',
  'scan.error.reader-no-terminator': 'Không đọc được mã: máy đọc gửi dữ liệu chưa trọn. Vui lòng quét lại.',
} as const;
