/** Vietnamese strings of printing Form 01 on the office's A4 printer, at the kiosk and at the counter (spread into vi.ts). */
export const form01PrintVi = {
  'form01print.button': 'In tờ khai 01',
  'form01print.busy': 'Đang gửi tờ khai tới máy in…',
  'form01print.hintChecked': 'Bạn chưa có tờ khai bản giấy? In tờ khai 01 tại đây, ký tên và nộp tại quầy cùng CCCD.',
  'form01print.atCounter': 'Bạn chưa có tờ khai bản giấy? Không cần in: cán bộ tại quầy sẽ in tờ khai 01 để bạn ký khi nộp hồ sơ.',
  'form01print.done': 'Đã in tờ khai 01 (mã hồ sơ {code}). Mời bạn nhận tờ khai tại máy in, ký tên và nộp tại quầy cùng CCCD.',
  'form01print.noPrinter':
    'Kiosk này không có máy in tờ khai. Bạn không cần in: cán bộ tại quầy sẽ in tờ khai 01 để bạn ký khi bạn đến nộp hồ sơ.',
  'form01print.failed': 'Máy in tờ khai đang gặp sự cố nên chưa in được. Vui lòng thử lại, hoặc cán bộ tại quầy sẽ in tờ khai giúp bạn.',
  'form01print.queueStopped': 'Máy in tờ khai đang tạm dừng nên chưa in được. Cán bộ tại quầy sẽ in tờ khai 01 giúp bạn.',
  'form01print.jobPending':
    'Máy in tờ khai chưa in xong nên tờ khai chưa được in. Vui lòng thử lại, hoặc cán bộ tại quầy sẽ in tờ khai giúp bạn.',
  'form01print.refused': 'Không in được tờ khai từ màn hình này. Cán bộ tại quầy sẽ in tờ khai 01 giúp bạn.',
  'form01print.gone': 'Hồ sơ này không còn để in (đã hết hạn hoặc đã bị xóa).',
  'form01print.officer.title': 'Tờ khai bản giấy',
  'form01print.officer.hint':
    'Nếu công dân chưa có tờ khai giấy: in tờ khai 01 ra máy in tài liệu A4 để công dân ký, rồi quét mã QR trên tờ khai đó.',
  'form01print.officer.done': 'Đã in tờ khai 01 mã hồ sơ {code} (bản in thứ {copy}) ra máy in {destination}.',
  'form01print.officer.noPrinter': 'Máy tính này chưa được cấu hình máy in tài liệu A4 (tùy chọn --document-printer).',
  'form01print.officer.failed': 'Máy in tài liệu báo lỗi, tờ khai chưa được in. Kiểm tra máy in rồi thử lại.',
  'form01print.officer.queueStopped':
    'Máy in tài liệu đang tạm dừng; lệnh in đã được hủy, tờ khai chưa được in. Kiểm tra máy in rồi bật lại hàng đợi, sau đó in lại.',
  'form01print.officer.jobPending':
    'Máy in tài liệu chưa in xong trong thời gian chờ; lệnh in đã được hủy, tờ khai chưa được in. Kiểm tra máy in rồi in lại.',
  'form01print.officer.jobFailed': 'Máy in tài liệu báo lỗi khi in; lệnh in đã bị hủy, tờ khai chưa được in. Kiểm tra máy in rồi in lại.',
  'form01print.officer.gone': 'Hồ sơ này không còn dữ liệu để in (đã hết hạn hoặc đã bị xóa).',
};
