/** Vietnamese strings of BHYT card preview and printing (spread into vi.ts). */
export const cardVi = {
  'cardPrint.preview': 'Xem bản PDF',
  'cardPrint.previewBusy': 'Đang tạo bản PDF…',
  'cardPrint.previewTitle': 'Bản PDF thẻ BHYT của bạn',
  'cardPrint.previewFrame': 'Bản xem trước thẻ BHYT dạng PDF',
  'cardPrint.close': 'Đóng',
  'cardPrint.print': 'In thẻ',
  'cardPrint.printBusy': 'Đang in thẻ…',
  'cardPrint.printHint': 'Thẻ được in tại quầy. Sau khi in, bạn nhận phiếu và đến quầy để nhận thẻ.',
  'cardPrint.printed': 'Đã in thẻ BHYT của bạn.',
  'cardPrint.reprinted': 'Đã in lại thẻ BHYT của bạn (bản in lại số {copy}).',
  'cardPrint.collect': 'Vui lòng nhận thẻ tại quầy trả kết quả, mang theo phiếu nhận thẻ và CCCD.',
  'cardPrint.receipt.paper-out':
    'Máy in phiếu đã hết giấy nên chưa in được phiếu nhận thẻ; phiếu sẽ được in khi có giấy. Bạn vẫn có thể nhận thẻ tại quầy, vui lòng báo cán bộ.',
  'cardPrint.receipt.printer-problem': 'Chưa in được phiếu nhận thẻ. Bạn vẫn có thể nhận thẻ tại quầy, vui lòng báo cán bộ.',
  'cardPrint.error.printer-missing': 'Máy in thẻ chưa sẵn sàng tại điểm này. Vui lòng liên hệ cán bộ tại quầy để in thẻ.',
  'cardPrint.error.printer-failed': 'Máy in thẻ đang gặp sự cố nên chưa in được thẻ. Vui lòng thử lại sau ít phút hoặc liên hệ cán bộ.',
  'cardPrint.error.signed-out': 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại để in thẻ.',
  'cardPrint.error.no-card': 'Bạn chưa có thẻ BHYT trong hệ thống nên không thể in thẻ.',
  'cardPrint.error.preview': 'Không mở được bản PDF của thẻ. Vui lòng thử lại.',
  'cardPrint.error.generic': 'Không in được thẻ. Vui lòng thử lại hoặc liên hệ cán bộ tại quầy.',
} as const;
