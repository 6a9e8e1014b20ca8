/** Vietnamese strings of the in-page PDF view (card preview, Form 01, participation statement; spread into vi.ts). */
export const documentVi = {
  'pdf.loading': 'Đang mở tài liệu…',
  'pdf.failed': 'Không hiển thị được tài liệu. Vui lòng thử lại hoặc hỏi cán bộ tại quầy.',
  'pdf.page': '{title}, trang {page}/{pages}',
};
