/**
 * Approximate coordinates (administrative centre) of each 2025 province, typed by hand, used to place
 * synthetic BHXH offices on the map near the right city. Not survey-grade; only "roughly at the province".
 */
export const PROVINCE_CENTROIDS: Readonly<Record<string, readonly [lat: number, lng: number]>> = {
  '01': [21.028, 105.854], // Hà Nội
  '04': [22.666, 106.258], // Cao Bằng
  '08': [21.818, 105.211], // Tuyên Quang
  '11': [21.386, 103.023], // Điện Biên Phủ
  '12': [22.396, 103.458], // Lai Châu
  '14': [21.327, 103.914], // Sơn La
  '15': [21.722, 104.911], // Lào Cai (centre at former Yên Bái)
  '19': [21.594, 105.848], // Thái Nguyên
  '20': [21.853, 106.761], // Lạng Sơn
  '22': [20.951, 107.073], // Hạ Long
  '24': [21.273, 106.194], // Bắc Ninh (centre at former Bắc Giang)
  '25': [21.322, 105.402], // Việt Trì
  '31': [20.845, 106.688], // Hải Phòng
  '33': [20.65, 106.05], // Hưng Yên
  '37': [20.251, 105.975], // Ninh Bình
  '38': [19.807, 105.776], // Thanh Hóa
  '40': [18.679, 105.682], // Vinh
  '42': [18.343, 105.906], // Hà Tĩnh
  '44': [17.468, 106.622], // Quảng Trị (centre at Đồng Hới)
  '46': [16.464, 107.59], // Huế
  '48': [16.054, 108.202], // Đà Nẵng
  '51': [15.12, 108.792], // Quảng Ngãi
  '52': [13.776, 109.224], // Gia Lai (centre at Quy Nhơn)
  '56': [12.238, 109.197], // Nha Trang
  '66': [12.667, 108.038], // Buôn Ma Thuột
  '68': [11.94, 108.458], // Đà Lạt
  '75': [10.957, 106.843], // Biên Hòa
  '79': [10.776, 106.701], // Hồ Chí Minh
  '80': [10.535, 106.413], // Tây Ninh (centre at Tân An)
  '82': [10.36, 106.36], // Đồng Tháp (centre at Mỹ Tho)
  '86': [10.254, 105.972], // Vĩnh Long
  '91': [10.012, 105.081], // An Giang (centre at Rạch Giá)
  '92': [10.045, 105.747], // Cần Thơ
  '96': [9.177, 105.15], // Cà Mau
};
