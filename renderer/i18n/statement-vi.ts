/** Vietnamese strings of the participation statement print (spread into vi.ts). */
export const statementVi = {
  'statement.print': 'In bảng quá trình tham gia',
  'statement.pdf': 'Xem bản PDF',
  'statement.queued': 'Đã gửi lệnh in (số {job}). Vui lòng nhận phiếu ở khe máy in.',
  'statement.failed': 'Không in được lúc này. Vui lòng thử lại hoặc hỏi cán bộ tại quầy.',
  'statement.pdfTitle': 'Bảng quá trình tham gia (PDF)',
} as const;
