/**
 * The kiosk's FAQ corpus (Vietnamese, NFC). Facts follow docs/domain/form01.md, public-lookups.md and the
 * VssID user guide (Phụ lục 01, Công văn BHXH-CNTT 11/2020). Where a rule varies by case, the answer
 * sends the citizen to the counter or the hotline rather than guessing. `keywords` add folded search
 * terms people type that the question itself does not contain.
 */
import type { FaqTopic } from '../../../preload/contract/channels/support';

export interface FaqSource {
  readonly id: string;
  readonly topic: FaqTopic;
  readonly question: string;
  readonly answer: string;
  readonly keywords?: string;
}

export const FAQ_CORPUS: readonly FaqSource[] = [
  {
    id: 'vssid-what',
    topic: 'vssid',
    question: 'Ứng dụng VssID là gì?',
    answer:
      'VssID – Bảo hiểm xã hội số là ứng dụng chính thức của BHXH Việt Nam trên điện thoại. Ứng dụng cho xem quá trình tham gia BHXH, BHYT, bảo hiểm thất nghiệp, thông tin các chế độ đã hưởng, sổ khám chữa bệnh và thẻ BHYT điện tử.',
    keywords: 'ung dung app bao hiem xa hoi so',
  },
  {
    id: 'vssid-install',
    topic: 'vssid',
    question: 'Tải và cài đặt ứng dụng VssID ở đâu?',
    answer:
      'Trên điện thoại Android, mở CH Play (Google Play); trên iPhone, mở App Store. Gõ từ khóa “VssID” vào ô tìm kiếm, chọn ứng dụng VssID rồi chọn Cài đặt (Android) hoặc Nhận (iPhone).',
    keywords: 'tai app cai dat ch play app store dien thoai iphone android',
  },
  {
    id: 'vssid-login',
    topic: 'vssid',
    question: 'Đăng nhập VssID bằng tài khoản nào?',
    answer:
      'Tên đăng nhập là mã số BHXH (10 chữ số) và mật khẩu do cơ quan BHXH cấp khi tài khoản giao dịch điện tử được duyệt. Nên đổi mật khẩu ngay lần đăng nhập đầu tiên.',
    keywords: 'dang nhap ten dang nhap tai khoan username',
  },
  {
    id: 'vssid-devices',
    topic: 'vssid',
    question: 'Một tài khoản VssID có đăng nhập trên hai điện thoại được không?',
    answer:
      'Mỗi tài khoản chỉ đăng nhập trên một thiết bị tại một thời điểm. Nếu đăng nhập trên thiết bị thứ hai, ứng dụng cảnh báo và yêu cầu mã OTP gửi đến số điện thoại đã đăng ký; thiết bị thứ nhất sẽ bị đăng xuất.',
    keywords: 'hai thiet bi dien thoai moi doi may dang xuat',
  },
  {
    id: 'vssid-card',
    topic: 'vssid',
    question: 'Xem thẻ BHYT trên ứng dụng VssID như thế nào?',
    answer:
      'Đăng nhập VssID, chọn “Quản lý cá nhân”, chọn “Thẻ BHYT” rồi nhấn “Xem thẻ Bảo hiểm y tế”. Có thể xoay màn hình để xem thẻ rõ hơn.',
    keywords: 'the bhyt dien tu xem the',
  },
  {
    id: 'vssid-history',
    topic: 'vssid',
    question: 'Xem quá trình đóng BHXH trên VssID ở đâu?',
    answer:
      'Chọn chức năng “Quá trình tham gia BH”: ứng dụng hiển thị thời gian, đơn vị, nghề nghiệp, chức vụ và mức đóng BHXH, bảo hiểm thất nghiệp, bảo hiểm tai nạn lao động – bệnh nghề nghiệp và BHYT.',
    keywords: 'qua trinh dong bao hiem lich su tham gia so nam dong',
  },
  {
    id: 'vssid-no-account',
    topic: 'vssid',
    question: 'Chưa có tài khoản thì dùng được những gì trên VssID?',
    answer:
      'Khi chưa có tài khoản, bạn vẫn dùng được: tìm mã số BHXH, xem tin tức, tra cứu trực tuyến (cơ quan BHXH, cơ sở KCB, đơn vị tham gia, điểm thu) và mục hỗ trợ. Các mục này cũng có trên kiosk này.',
  },
  {
    id: 'maso-what',
    topic: 'ma-so',
    question: 'Mã số BHXH là gì?',
    answer:
      'Mã số BHXH gồm 10 chữ số, mỗi người có một mã số duy nhất để theo dõi việc tham gia BHXH, BHYT. Mã số này cũng là tên đăng nhập ứng dụng VssID và được in trên thẻ BHYT.',
    keywords: 'ma so bao hiem xa hoi 10 so',
  },
  {
    id: 'maso-find',
    topic: 'ma-so',
    question: 'Tôi quên mã số BHXH, tìm ở đâu?',
    answer:
      'Mã số BHXH là 10 số cuối của mã thẻ BHYT (thẻ mẫu cũ có 15 ký tự). Bạn cũng có thể chọn “Tra cứu mã số BHXH” trên màn hình chính của kiosk và nhập họ tên, ngày sinh, hoặc dùng mục “Tìm mã số BHXH” trên VssID.',
    keywords: 'tim tra cuu khong nho quen ma so',
  },
  {
    id: 'maso-one',
    topic: 'ma-so',
    question: 'Đổi chỗ làm thì có phải làm mã số BHXH mới không?',
    answer: 'Không. Mỗi người chỉ có một mã số BHXH dùng suốt đời; khi chuyển đơn vị làm việc, bạn cung cấp mã số cũ cho đơn vị mới.',
    keywords: 'chuyen cong ty noi lam viec moi cap moi',
  },
  {
    id: 'maso-sms',
    topic: 'ma-so',
    question: 'Tra cứu quá trình tham gia BHXH bằng tin nhắn như thế nào?',
    answer: 'Soạn tin “BH QT <mã số BHXH>” gửi 8079 (phí 1.000 đồng/tin) để nhận thông tin quá trình tham gia BHXH.',
    keywords: 'sms tin nhan 8079 bh qt',
  },
  {
    id: 'register-how',
    topic: 'dang-ky',
    question: 'Đăng ký tài khoản giao dịch điện tử (VssID) như thế nào?',
    answer:
      'Kê khai Tờ khai đăng ký giao dịch điện tử (mẫu 01) trên ứng dụng VssID, trên Cổng dịch vụ công dichvucong.baohiemxahoi.gov.vn hoặc ngay tại kiosk này; sau đó đến cơ quan BHXH nộp tờ khai đã ký và xuất trình CCCD để cán bộ xác minh.',
    keywords: 'dang ky tai khoan mau 01 to khai lam tai khoan moi',
  },
  {
    id: 'register-deadline',
    topic: 'dang-ky',
    question: 'Sau khi kê khai tờ khai mẫu 01, bao lâu phải đến nộp?',
    answer:
      'Trong vòng 10 ngày kể từ ngày kê khai, bạn cần đến cơ quan BHXH để nộp tờ khai. Quá 10 ngày, tờ khai điện tử sẽ tự động bị xóa và bạn phải kê khai lại.',
    keywords: '10 ngay han nop thoi han qua han xoa',
  },
  {
    id: 'register-papers',
    topic: 'dang-ky',
    question: 'Đi nộp tờ khai đăng ký VssID cần mang giấy tờ gì?',
    answer:
      'Mang thẻ Căn cước công dân (hoặc CMND, hộ chiếu) để cán bộ tiếp nhận xác minh thông tin. Tờ khai mẫu 01 được ký trên giấy, ghi rõ họ tên: mang theo nếu bạn đã in; chưa in thì cán bộ tại quầy in giúp để bạn ký.',
    keywords: 'giay to ho so mang theo cccd can cuoc',
  },
  {
    id: 'register-result',
    topic: 'dang-ky',
    question: 'Khi nào tôi nhận được tài khoản VssID?',
    answer:
      'Khi hồ sơ hợp lệ, hệ thống cấp và kích hoạt tài khoản, gửi thông báo kèm thông tin tài khoản vào email (nếu có) và tin nhắn tới số điện thoại đã đăng ký. Nếu hồ sơ không hợp lệ, bạn cũng nhận thông báo để bổ sung hoặc liên hệ cơ quan BHXH gần nhất.',
    keywords: 'nhan tai khoan kich hoat duyet bao lau thong bao',
  },
  {
    id: 'password-forgot',
    topic: 'mat-khau',
    question: 'Quên mật khẩu VssID thì làm thế nào?',
    answer:
      'Chọn “Quên mật khẩu” trên ứng dụng VssID hoặc Cổng dịch vụ công, nhập mã số BHXH và email đã đăng ký; mã OTP được gửi vào email, sau khi xác nhận mật khẩu mới được gửi về email (miễn phí). Bạn cũng có thể soạn tin “BH MK <mã số BHXH>” gửi 8079, hoặc gọi tổng đài 1900 9068.',
    keywords: 'quen mat khau lay lai cap lai mat khau reset otp',
  },
  {
    id: 'password-change',
    topic: 'mat-khau',
    question: 'Đổi mật khẩu VssID như thế nào?',
    answer:
      'Trong ứng dụng, chọn “Đổi mật khẩu”, nhập mật khẩu cũ, mật khẩu mới và nhập lại mật khẩu mới, rồi chọn “Hoàn tất”. Hệ thống gửi mã OTP đến số điện thoại đã đăng ký để xác thực.',
    keywords: 'doi mat khau thay mat khau',
  },
  {
    id: 'password-rotation',
    topic: 'mat-khau',
    question: 'Bao lâu phải đổi mật khẩu VssID một lần?',
    answer: 'Bạn cần đổi mật khẩu được cấp lần đầu và thay đổi mật khẩu ít nhất 6 tháng một lần để bảo đảm an toàn, bảo mật.',
    keywords: '6 thang dinh ky bao mat',
  },
  {
    id: 'password-otp-missing',
    topic: 'mat-khau',
    question: 'Không nhận được mã OTP thì làm sao?',
    answer:
      'Mã OTP chỉ gửi tới số điện thoại hoặc email đã đăng ký với cơ quan BHXH. Nếu bạn đã đổi số điện thoại hoặc chưa đăng ký email, hãy đến cơ quan BHXH làm thủ tục điều chỉnh thông tin (tờ khai TK1-TS) hoặc gọi tổng đài 1900 9068.',
    keywords: 'khong nhan duoc otp ma xac thuc doi so dien thoai email',
  },
  {
    id: 'card-lost',
    topic: 'bhyt',
    question: 'Bị mất thẻ BHYT phải làm sao?',
    answer:
      'Trong lúc chờ cấp lại, bạn vẫn có thể đi khám chữa bệnh bằng hình ảnh thẻ BHYT trên ứng dụng VssID hoặc thẻ Căn cước công dân gắn chip. Để cấp lại thẻ, hãy mang CCCD đến cơ quan BHXH hoặc đơn vị, đại lý thu nơi bạn đang tham gia; cán bộ sẽ hướng dẫn tờ khai.',
    keywords: 'mat the hong the cap lai the lam lai the',
  },
  {
    id: 'card-digital',
    topic: 'bhyt',
    question: 'Đi khám bệnh có bắt buộc mang thẻ BHYT giấy không?',
    answer:
      'Không bắt buộc. Từ ngày 01/6/2021, hình ảnh thẻ BHYT trên ứng dụng VssID được dùng thay thẻ giấy khi đi khám chữa bệnh; nhiều cơ sở KCB cũng chấp nhận thẻ CCCD gắn chip.',
    keywords: 'the giay kham benh cccd gan chip vneid',
  },
  {
    id: 'card-wrong-info',
    topic: 'bhyt',
    question: 'Thông tin trên thẻ BHYT bị sai thì sửa ở đâu?',
    answer:
      'Mang CCCD và thẻ BHYT đến cơ quan BHXH (hoặc báo đơn vị nơi bạn làm việc) để đề nghị điều chỉnh họ tên, ngày sinh hoặc các thông tin khác.',
    keywords: 'sai ten sai ngay sinh dieu chinh sua thong tin',
  },
  {
    id: 'card-five-years',
    topic: 'bhyt',
    question: '“Thời điểm đủ 5 năm liên tục” trên thẻ BHYT nghĩa là gì?',
    answer:
      'Là ngày bạn tham gia BHYT đủ 5 năm liên tục. Từ thời điểm này, khi đi khám đúng tuyến và số tiền cùng chi trả trong năm đã vượt 6 tháng lương cơ sở, phần vượt được quỹ BHYT chi trả.',
    keywords: '5 nam lien tuc quyen loi cung chi tra',
  },
  {
    id: 'card-validity',
    topic: 'bhyt',
    question: 'Làm sao biết thẻ BHYT còn hạn sử dụng?',
    answer: 'Xem dòng “Giá trị sử dụng” trên thẻ, hoặc mở mục Thẻ BHYT trên ứng dụng VssID. Nếu cần, cán bộ tại quầy sẽ kiểm tra giúp bạn.',
    keywords: 'han the het han gia tri su dung',
  },
  {
    id: 'kcb-initial',
    topic: 'kcb',
    question: 'Nơi đăng ký khám chữa bệnh ban đầu là gì?',
    answer:
      'Là cơ sở KCB ghi trên thẻ BHYT ở dòng “Nơi đăng ký KCB ban đầu”, kèm mã 5 ký tự (2 ký tự đầu là mã tỉnh, ví dụ 79-012 là 79012). Đi khám đúng nơi đăng ký giúp bạn được hưởng đầy đủ quyền lợi BHYT.',
    keywords: 'kcb ban dau noi kham benh ban dau ma benh vien',
  },
  {
    id: 'kcb-change',
    topic: 'kcb',
    question: 'Muốn đổi nơi khám chữa bệnh ban đầu thì làm thế nào?',
    answer:
      'Người tham gia BHYT được thay đổi nơi đăng ký KCB ban đầu vào đầu mỗi quý. Hãy liên hệ cơ quan BHXH hoặc đơn vị, đại lý thu nơi bạn tham gia; có thể xem danh sách cơ sở KCB nhận đăng ký ở mục “Cơ sở khám chữa bệnh” trên kiosk.',
    keywords: 'doi noi kham thay doi kcb ban dau chuyen benh vien',
  },
  {
    id: 'kcb-sick-leave',
    topic: 'kcb',
    question: 'Cơ sở nào được cấp giấy nghỉ việc hưởng BHXH?',
    answer:
      'Chọn mục “Cơ sở khám chữa bệnh” trên kiosk, rồi chọn danh sách “Cấp giấy nghỉ việc hưởng BHXH” để tìm theo tỉnh, tên hoặc mã cơ sở.',
    keywords: 'giay nghi om nghi viec om dau thai san',
  },
  {
    id: 'contact-hotline',
    topic: 'lien-he',
    question: 'Số tổng đài hỗ trợ của BHXH Việt Nam là gì?',
    answer: 'Tổng đài hỗ trợ của BHXH Việt Nam: 1900 9068. Bạn cũng có thể gửi email tới hotro@vss.gov.vn.',
    keywords: 'tong dai hotline goi dien so dien thoai ho tro',
  },
  {
    id: 'contact-email',
    topic: 'lien-he',
    question: 'Gửi email hỏi đáp về BHXH ở đâu?',
    answer: 'Gửi email tới hotro@vss.gov.vn. Đừng gửi mật khẩu hay mã OTP qua email.',
    keywords: 'email thu dien tu hoi dap',
  },
  {
    id: 'contact-feedback',
    topic: 'lien-he',
    question: 'Muốn phản ánh, kiến nghị về dịch vụ BHXH thì làm thế nào?',
    answer:
      'Chọn mục “Phản ánh, kiến nghị” trên kiosk này, chọn chủ đề và viết nội dung; nếu muốn được trả lời, hãy để lại số điện thoại. Trên VssID có mục Hỗ trợ → Phản ánh kiến nghị.',
    keywords: 'phan anh kien nghi khieu nai gop y',
  },
  {
    id: 'contact-office',
    topic: 'lien-he',
    question: 'Tìm địa chỉ, giờ làm việc của cơ quan BHXH gần nhất ở đâu?',
    answer:
      'Chọn mục “Tra cứu cơ quan BHXH” trên kiosk, chọn tỉnh/thành phố để xem địa chỉ, số điện thoại, giờ làm việc và quét mã QR để mở bản đồ trên điện thoại.',
    keywords: 'dia chi co quan bhxh gio lam viec ban do gan nhat',
  },
  {
    id: 'kiosk-privacy',
    topic: 'lien-he',
    question: 'Thông tin tôi nhập trên kiosk có bị lưu lại không?',
    answer:
      'Thông tin tra cứu chỉ dùng cho lượt của bạn và được xóa khi bạn về trang chủ hoặc rời kiosk. Nội dung phản ánh, kiến nghị được lưu để cơ quan BHXH xử lý.',
    keywords: 'bao mat du lieu ca nhan luu thong tin rieng tu',
  },
];
