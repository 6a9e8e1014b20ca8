/** Vietnamese strings of the supervisor's panel in the counter console (spread into vi.ts). */
export const officerSupervisorVi = {
  'officer.supervisor.open': 'Quản lý của tổ trưởng',
  'officer.supervisor.title': 'Quản lý của tổ trưởng',
  'officer.supervisor.intro':
    'Mở khóa tài khoản cán bộ bị khóa do nhập sai mật khẩu, và trả số đang phục vụ về hàng chờ khi cán bộ rời quầy. Mọi thao tác đều được ghi nhật ký.',
  'officer.supervisor.accounts': 'Tài khoản cán bộ',
  'officer.supervisor.displayName': 'Họ tên cán bộ',
  'officer.supervisor.role': 'Vai trò',
  'officer.supervisor.role.officer': 'Cán bộ',
  'officer.supervisor.role.supervisor': 'Tổ trưởng',
  'officer.supervisor.state.active': 'Đang hoạt động',
  'officer.supervisor.state.locked': 'Bị khóa đến {time}',
  'officer.supervisor.state.disabled': 'Đã ngừng sử dụng',
  'officer.supervisor.unlock': 'Mở khóa {username}',
  'officer.supervisor.unlocked': 'Đã mở khóa tài khoản {username} ({name}). Cán bộ có thể đăng nhập lại ngay.',
  'officer.supervisor.called': 'Số đang được phục vụ tại quầy',
  'officer.supervisor.calledIntro':
    'Nếu cán bộ đã gọi số nhưng rời quầy (nghỉ giữa giờ), hãy trả số về hàng chờ: số giữ nguyên thứ tự và sẽ được gọi đầu tiên tại quầy đó.',
  'officer.supervisor.calledEmpty': 'Hiện không có số nào đang được phục vụ.',
  'officer.supervisor.calledAt': 'Gọi lúc',
  'officer.supervisor.release': 'Trả số {number} về hàng chờ',
  'officer.supervisor.released': 'Đã trả số {number} về hàng chờ của quầy {counter}.',
  'officer.supervisor.err.notCalled': 'Số này không còn đang được phục vụ (đã xử lý hoặc đã trả về hàng chờ). Danh sách đã được làm mới.',
  'officer.err.forbidden': 'Chỉ tổ trưởng mới được thực hiện thao tác này.',
} as const;
