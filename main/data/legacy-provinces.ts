/**
 * The 63 province-level units in force just before 1 July 2025, written out by hand.
 * - cccdCode: the 3-digit birth-registration prefix of a CCCD number ('0' + the 2-digit code; Thông tư 07/2016/TT-BCA).
 *   It does not change with the 2025 merger (domain.md §1.4).
 * - code: the 2-digit GSO code, still the prefix of KCB facility codes and old BHYT cards (domain.md §3.4).
 * - newProvinceCode: the 2025 province it was merged into (domain.md §7 table; NQ 202/2025/QH15).
 * Thừa Thiên Huế became Thành phố Huế on 1 January 2025 and is listed under that name.
 */
import type { LegacyProvince } from '../db/repositories/ports';

const table: ReadonlyArray<readonly [cccdCode: string, name: string, newProvinceCode: string]> = [
  ['001', 'Thành phố Hà Nội', '01'],
  ['002', 'Tỉnh Hà Giang', '08'],
  ['004', 'Tỉnh Cao Bằng', '04'],
  ['006', 'Tỉnh Bắc Kạn', '19'],
  ['008', 'Tỉnh Tuyên Quang', '08'],
  ['010', 'Tỉnh Lào Cai', '15'],
  ['011', 'Tỉnh Điện Biên', '11'],
  ['012', 'Tỉnh Lai Châu', '12'],
  ['014', 'Tỉnh Sơn La', '14'],
  ['015', 'Tỉnh Yên Bái', '15'],
  ['017', 'Tỉnh Hòa Bình', '25'],
  ['019', 'Tỉnh Thái Nguyên', '19'],
  ['020', 'Tỉnh Lạng Sơn', '20'],
  ['022', 'Tỉnh Quảng Ninh', '22'],
  ['024', 'Tỉnh Bắc Giang', '24'],
  ['025', 'Tỉnh Phú Thọ', '25'],
  ['026', 'Tỉnh Vĩnh Phúc', '25'],
  ['027', 'Tỉnh Bắc Ninh', '24'],
  ['030', 'Tỉnh Hải Dương', '31'],
  ['031', 'Thành phố Hải Phòng', '31'],
  ['033', 'Tỉnh Hưng Yên', '33'],
  ['034', 'Tỉnh Thái Bình', '33'],
  ['035', 'Tỉnh Hà Nam', '37'],
  ['036', 'Tỉnh Nam Định', '37'],
  ['037', 'Tỉnh Ninh Bình', '37'],
  ['038', 'Tỉnh Thanh Hóa', '38'],
  ['040', 'Tỉnh Nghệ An', '40'],
  ['042', 'Tỉnh Hà Tĩnh', '42'],
  ['044', 'Tỉnh Quảng Bình', '44'],
  ['045', 'Tỉnh Quảng Trị', '44'],
  ['046', 'Thành phố Huế', '46'],
  ['048', 'Thành phố Đà Nẵng', '48'],
  ['049', 'Tỉnh Quảng Nam', '48'],
  ['051', 'Tỉnh Quảng Ngãi', '51'],
  ['052', 'Tỉnh Bình Định', '52'],
  ['054', 'Tỉnh Phú Yên', '66'],
  ['056', 'Tỉnh Khánh Hòa', '56'],
  ['058', 'Tỉnh Ninh Thuận', '56'],
  ['060', 'Tỉnh Bình Thuận', '68'],
  ['062', 'Tỉnh Kon Tum', '51'],
  ['064', 'Tỉnh Gia Lai', '52'],
  ['066', 'Tỉnh Đắk Lắk', '66'],
  ['067', 'Tỉnh Đắk Nông', '68'],
  ['068', 'Tỉnh Lâm Đồng', '68'],
  ['070', 'Tỉnh Bình Phước', '75'],
  ['072', 'Tỉnh Tây Ninh', '80'],
  ['074', 'Tỉnh Bình Dương', '79'],
  ['075', 'Tỉnh Đồng Nai', '75'],
  ['077', 'Tỉnh Bà Rịa - Vũng Tàu', '79'],
  ['079', 'Thành phố Hồ Chí Minh', '79'],
  ['080', 'Tỉnh Long An', '80'],
  ['082', 'Tỉnh Tiền Giang', '82'],
  ['083', 'Tỉnh Bến Tre', '86'],
  ['084', 'Tỉnh Trà Vinh', '86'],
  ['086', 'Tỉnh Vĩnh Long', '86'],
  ['087', 'Tỉnh Đồng Tháp', '82'],
  ['089', 'Tỉnh An Giang', '91'],
  ['091', 'Tỉnh Kiên Giang', '91'],
  ['092', 'Thành phố Cần Thơ', '92'],
  ['093', 'Tỉnh Hậu Giang', '92'],
  ['094', 'Tỉnh Sóc Trăng', '92'],
  ['095', 'Tỉnh Bạc Liêu', '96'],
  ['096', 'Tỉnh Cà Mau', '96'],
];

export const LEGACY_PROVINCES: readonly LegacyProvince[] = table.map(([cccdCode, name, newProvinceCode]) => ({
  cccdCode,
  code: cccdCode.slice(1),
  name: name.normalize('NFC'),
  newProvinceCode,
}));

/**
 * Rough relative population weight of each legacy province (for choosing birth provinces in synthetic data).
 * Millions of inhabitants, rounded; only the proportions matter.
 */
export const LEGACY_POPULATION_WEIGHT: Readonly<Record<string, number>> = {
  '001': 8.5, '002': 0.9, '004': 0.5, '006': 0.3, '008': 0.8, '010': 0.8, '011': 0.6, '012': 0.5, '014': 1.3, '015': 0.8,
  '017': 0.9, '019': 1.3, '020': 0.8, '022': 1.4, '024': 1.9, '025': 1.5, '026': 1.2, '027': 1.5, '030': 1.9, '031': 2.1,
  '033': 1.3, '034': 1.9, '035': 0.9, '036': 1.9, '037': 1.0, '038': 3.7, '040': 3.4, '042': 1.3, '044': 0.9, '045': 0.6,
  '046': 1.2, '048': 1.2, '049': 1.5, '051': 1.2, '052': 1.5, '054': 0.9, '056': 1.2, '058': 0.6, '060': 1.2, '062': 0.6,
  '064': 1.6, '066': 1.9, '067': 0.7, '068': 1.3, '070': 1.0, '072': 1.2, '074': 2.7, '075': 3.2, '077': 1.2, '079': 9.4,
  '080': 1.7, '082': 1.8, '083': 1.3, '084': 1.0, '086': 1.0, '087': 1.6, '089': 1.9, '091': 1.7, '092': 1.3, '093': 0.7,
  '094': 1.2, '095': 0.9, '096': 1.2,
};
