/** Vietnamese catalogue: the source of truth for every string the kiosk shows. */
import { publicVi } from './public-vi';
import { registrationVi } from './registration-vi';
import { form01PrintVi } from './form01-print-vi';
import { accountVi } from './account-vi';
import { cardVi } from './card-vi';
import { documentVi } from './document-vi';
import { sessionGuardVi } from './session-guard-vi';
import { sessionEndVi } from './session-end-vi';
import { statementVi } from './statement-vi';
import { devicesVi } from './devices-vi';
import { readersVi } from './readers-vi';
import { scanErrorsVi } from './scan-errors-vi';
import { officerVi } from './officer-vi';
import { officerSupervisorVi } from './officer-supervisor-vi';
import { kioskVi } from './kiosk-vi';
import { keyboardVi } from './keyboard-vi';
import { servicesVi } from './services-vi';
import { boardVi } from './board-vi';
import { officerRecallVi } from './officer-recall-vi';

export const vi = {
  ...accountVi,
  ...cardVi,
  ...documentVi,
  ...sessionGuardVi,
  ...sessionEndVi,
  ...statementVi,
  ...devicesVi,
  ...readersVi,
  ...scanErrorsVi,
  ...officerVi,
  ...officerSupervisorVi,
  ...kioskVi,
  ...keyboardVi,
  ...servicesVi,
  ...publicVi,
  ...registrationVi,
  ...form01PrintVi,
  ...boardVi,
  ...officerRecallVi,
  'app.title': 'Bảo hiểm xã hội Việt Nam',
  'app.subtitle': 'Kiosk tự phục vụ',
  'app.language': 'Ngôn ngữ',
  'app.switchToEnglish': 'English',
  'app.switchToVietnamese': 'Tiếng Việt',
  'app.home': 'Về trang chủ',
  'app.back': 'Quay lại',
  'app.connecting': 'Đang kết nối với máy chủ kiosk…',
  'app.noToken': 'Không kết nối được: thiếu mã phiên của kiosk. Hãy mở kiosk bằng đường dẫn do máy chủ in ra.',
  'home.greeting': 'Xin chào! Bạn cần làm gì hôm nay?',
  'home.scanHint': 'Bạn có thể đưa CCCD hoặc thẻ BHYT vào máy đọc bất cứ lúc nào.',
  'home.group.lookup': 'Tra cứu',
  'home.group.records': 'Thông tin của tôi',
  'home.group.form01': 'Tờ khai 01 và số thứ tự',
  'home.group.help': 'Hỗ trợ và tin tức',
  'home.hotline': 'Tổng đài hỗ trợ BHXH Việt Nam: {hotline} · Email: {email}',
  'home.lookup': 'Tra cứu mã số BHXH',
  'home.lookup.desc': 'Tìm mã số BHXH theo họ tên và ngày sinh',
  'lookup.title': 'Tra cứu mã số BHXH',
  'lookup.intro': 'Nhập họ tên (có dấu hoặc không dấu) và ngày sinh. Các ô có dấu * là bắt buộc.',
  'lookup.fullName': 'Họ và tên *',
  'lookup.fullName.placeholder': 'Ví dụ: Nguyễn Văn An',
  'lookup.dob': 'Ngày sinh *',
  'lookup.dob.day': 'Ngày',
  'lookup.dob.month': 'Tháng',
  'lookup.dob.year': 'Năm',
  'lookup.province': 'Tỉnh/thành phố (không bắt buộc)',
  'lookup.province.any': 'Tất cả tỉnh/thành phố',
  'lookup.ward': 'Xã/phường (không bắt buộc)',
  'lookup.ward.any': 'Tất cả xã/phường',
  'lookup.idNumber': 'Số CCCD (không bắt buộc)',
  'lookup.submit': 'Tra cứu',
  'lookup.searching': 'Đang tra cứu…',
  'lookup.again': 'Tra cứu lại',
  'lookup.found': 'Đã tìm thấy mã số BHXH',
  'lookup.none': 'Không tìm thấy người nào khớp với thông tin đã nhập.',
  'lookup.none.help': 'Hãy kiểm tra lại họ tên và ngày sinh, hoặc thêm số CCCD. Nếu vẫn không thấy, vui lòng hỏi cán bộ tại quầy.',
  'lookup.ambiguous': 'Có {count} người trùng họ tên và ngày sinh.',
  'lookup.ambiguous.help':
    'Vì có nhiều người trùng thông tin, mã số BHXH chỉ hiện 3 số cuối. Hãy chọn tỉnh/thành phố hoặc nhập số CCCD để thu hẹp kết quả và xem đầy đủ mã số của bạn.',
  'lookup.result.insuranceNumber': 'Mã số BHXH',
  'lookup.result.name': 'Họ và tên',
  'lookup.result.birthYear': 'Năm sinh',
  'lookup.result.idNumber': 'Số CCCD',
  'lookup.result.province': 'Nơi cư trú',
  'lookup.masked.note': 'Một phần thông tin được che để bảo vệ dữ liệu cá nhân.',
  'error.fullName.required': 'Vui lòng nhập họ và tên.',
  'error.fullName.tooLong': 'Họ và tên quá dài (tối đa 100 ký tự).',
  'error.dob.invalid': 'Hãy chọn ít nhất năm sinh. Nếu chọn ngày thì chọn cả tháng.',
  'error.dob.future': 'Ngày sinh không được ở trong tương lai.',
  'error.idNumber.invalid': 'Số CCCD phải gồm 12 chữ số (hoặc CMND 9 chữ số).',
  'error.rate-limited': 'Bạn đã tra cứu quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
  'error.host-unavailable': 'Mất kết nối với máy chủ kiosk. Vui lòng thử lại sau giây lát.',
  'error.invalid-input': 'Thông tin nhập chưa đúng định dạng.',
  'error.generic': 'Đã có lỗi xảy ra. Vui lòng thử lại hoặc hỏi cán bộ tại quầy.',
  'keyboard.label': 'Bàn phím ảo',
  'keyboard.backspace': 'Xóa lùi',
  'keyboard.space': 'Dấu cách',
  'keyboard.shift': 'Chữ hoa',
  'keyboard.done': 'Xong',
  'keyboard.method': 'Kiểu gõ',
  'keyboard.method.telex': 'Telex',
  'keyboard.method.vni': 'VNI',
  'keyboard.hint.telex':
    'Kiểu Telex: aa → â, aw → ă, ee → ê, oo → ô, ow → ơ, w → ư, dd → đ; dấu: s sắc, f huyền, r hỏi, x ngã, j nặng, z xóa dấu.',
  'keyboard.hint.vni': 'Kiểu VNI: 6 → â ê ô, 7 → ơ ư, 8 → ă, 9 → đ; dấu: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 0 xóa dấu.',
  'date.day': 'Ngày',
  'date.month': 'Tháng',
  'date.year': 'Năm',
  'date.choose': 'Chọn',
  'date.partialHint': 'Nếu giấy tờ chỉ ghi năm sinh, chỉ chọn Năm và để trống Ngày, Tháng. Nếu chỉ có tháng và năm, để trống Ngày.',
  'date.monthOption': 'Tháng {month}',
  'date.decrease': 'Giảm {part}',
  'date.increase': 'Tăng {part}',
  'date.decrease10': 'Lùi 10 năm',
  'date.increase10': 'Tiến 10 năm',
  'idle.title': 'Bạn vẫn đang sử dụng kiosk?',
  'idle.message': 'Màn hình sẽ trở về trang chủ sau {seconds} giây. Thông tin của bạn sẽ được xóa.',
  'idle.continue': 'Tiếp tục',
  'display.label': 'Hiển thị',
  'display.textSize': 'Cỡ chữ',
  'display.textSize.option': 'Cỡ chữ {percent}%',
  'display.contrast': 'Tương phản cao',
} as const;

export type MessageKey = keyof typeof vi;
