/** Vietnamese strings of the lobby call board (spread into vi.ts). */
export const boardVi = {
  'board.title': 'Bảng gọi số',
  'board.serving': 'Đang phục vụ',
  'board.servingEmpty': 'Hiện chưa có số nào đang được phục vụ. Xin mời quý vị chờ.',
  'board.number': 'Số',
  'board.counter': 'Quầy {counter}',
  'board.toCounter': 'Mời đến quầy {counter}',
  'board.recent': 'Vừa gọi',
  'board.recentEmpty': 'Chưa có số nào.',
  'board.waiting': 'Đang chờ',
  'board.waitingCount': '{n} số',
  'board.callout': 'Mời công dân có số thứ tự {label} đến quầy số {counter}',
  'board.soundOff': 'Loa gọi số đang tắt.',
  'board.soundOn': 'Bật âm thanh',
  'board.offline': 'Mất kết nối với máy chủ, đang kết nối lại…',
  'board.privacy': 'Bảng chỉ hiển thị số thứ tự, không hiển thị thông tin cá nhân.',
  'board.clock': 'Giờ hiện tại',
} as const;
