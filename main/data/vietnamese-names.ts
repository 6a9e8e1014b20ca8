/**
 * Name parts for synthetic people, with rough frequencies. Family-name shares follow commonly cited
 * estimates (Nguyễn ≈ 38 %, Trần ≈ 11 %, Lê ≈ 9.5 %, Phạm ≈ 7 % …); the rest are plausible, not measured.
 * Every string is NFC.
 */
type Weighted = ReadonlyArray<readonly [string, number]>;

const nfc = (entries: Weighted): Weighted => entries.map(([s, w]) => [s.normalize('NFC'), w] as const);

export const FAMILY_NAMES: Weighted = nfc([
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3.1], ['Huỳnh', 2.1], ['Phan', 4.5],
  ['Vũ', 2.2], ['Võ', 1.8], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1],
  ['Lý', 0.5], ['Trương', 0.8], ['Đinh', 0.7], ['Lâm', 0.4], ['Mai', 0.4], ['Trịnh', 0.4], ['Đoàn', 0.4],
  ['Lương', 0.3], ['Cao', 0.3], ['Hà', 0.3], ['Tạ', 0.2], ['Chu', 0.2], ['Lưu', 0.2], ['Tô', 0.2], ['Thái', 0.2],
  ['Châu', 0.15], ['Quách', 0.1], ['Vương', 0.1], ['Kiều', 0.1], ['La', 0.05],
]);

export const MALE_MIDDLE_NAMES: Weighted = nfc([
  ['Văn', 35], ['Đức', 8], ['Minh', 10], ['Quốc', 6], ['Hữu', 6], ['Công', 5], ['Thành', 4], ['Quang', 5],
  ['Ngọc', 3], ['Xuân', 3], ['Tuấn', 2], ['Hoàng', 3], ['Gia', 3], ['Anh', 2], ['Thanh', 3], ['Trọng', 3],
  ['Duy', 3], ['Đình', 4], ['Bảo', 2], ['Tiến', 2], ['Mạnh', 1], ['Nhật', 2],
]);

export const FEMALE_MIDDLE_NAMES: Weighted = nfc([
  ['Thị', 45], ['Ngọc', 8], ['Thu', 5], ['Thanh', 5], ['Minh', 4], ['Kim', 4], ['Mỹ', 3], ['Hồng', 4],
  ['Phương', 3], ['Bảo', 3], ['Khánh', 2], ['Diệu', 2], ['Hoài', 2], ['Quỳnh', 2], ['Thùy', 3], ['Hải', 2],
  ['Lan', 2], ['Tuyết', 1], ['Bích', 2], ['Như', 2], ['Cẩm', 1], ['Yến', 1],
]);

export const MALE_GIVEN_NAMES: readonly string[] = [
  'Anh', 'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Nam', 'Hải', 'Sơn', 'Long', 'Thắng', 'Cường', 'Hoàng', 'Quân', 'Đức',
  'Trung', 'Phong', 'Huy', 'Khoa', 'Khôi', 'Bảo', 'Phúc', 'Lộc', 'Tài', 'Thịnh', 'Vinh', 'Hiếu', 'Tùng', 'Toàn',
  'Thành', 'Tâm', 'Kiên', 'Nghĩa', 'Đạt', 'Trí', 'Việt', 'Hưng', 'Quang', 'Thái', 'Hậu', 'Lâm', 'Tú', 'Duy',
  'Bình', 'An', 'Khang', 'Phát', 'Tiến', 'Hòa', 'Thuận', 'Tư', 'Chiến', 'Lực', 'Mạnh', 'Nhân', 'Quý', 'Đông',
].map((s) => s.normalize('NFC'));

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'Anh', 'Linh', 'Hương', 'Lan', 'Hoa', 'Mai', 'Hà', 'Trang', 'Thảo', 'Ngọc', 'Hằng', 'Nhung', 'Phương', 'Thủy',
  'Huyền', 'Yến', 'Vy', 'Chi', 'Nhi', 'Giang', 'Dung', 'Hạnh', 'Hiền', 'Loan', 'Nga', 'Oanh', 'Quyên', 'Tâm',
  'Thu', 'Uyên', 'Vân', 'Xuân', 'Trinh', 'Thư', 'My', 'Châu', 'Diệp', 'Ánh', 'Hồng', 'Liên', 'Nhàn', 'Hòa',
  'Tuyết', 'Diễm', 'Ly', 'Khánh', 'Ngân', 'Trâm', 'Bích', 'Đào',
].map((s) => s.normalize('NFC'));

/** Second middle names for compound female names ("Thị Lan Anh", "Ngọc Bảo Trâm"). */
export const FEMALE_SECOND_MIDDLE: readonly string[] = ['Lan', 'Thu', 'Ngọc', 'Bảo', 'Kim', 'Mai', 'Phương', 'Thanh', 'Hồng', 'Minh'].map(
  (s) => s.normalize('NFC'),
);

/** Street names for urban addresses. */
export const STREET_NAMES: readonly string[] = [
  'Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Lý Thường Kiệt', 'Hai Bà Trưng', 'Quang Trung', 'Nguyễn Huệ',
  'Lê Duẩn', 'Điện Biên Phủ', 'Hùng Vương', 'Phan Đình Phùng', 'Nguyễn Văn Cừ', 'Trường Chinh', 'Võ Thị Sáu',
  'Lạc Long Quân', 'Âu Cơ', 'Lê Thánh Tông', 'Ngô Quyền', 'Bà Triệu', 'Nguyễn Du', 'Phạm Văn Đồng', 'Tô Hiến Thành',
  'Cách Mạng Tháng Tám', 'Nguyễn Thị Minh Khai', 'Hoàng Hoa Thám', 'Chu Văn An', 'Kim Mã', 'Giải Phóng',
].map((s) => s.normalize('NFC'));

/** Village words for rural addresses; 'Ấp' is the southern term. */
export const VILLAGE_WORDS = { north: 'Thôn', hamlet: 'Xóm', south: 'Ấp' } as const;
export const VILLAGE_NAMES: readonly string[] = [
  'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'An Lạc', 'Phú Mỹ', 'Tân Hòa', 'Bình An', 'Hòa Bình',
  'Thạnh Lợi', 'Phước Hậu', 'Yên Thịnh', 'Đồng Tâm',
].map((s) => s.normalize('NFC'));
