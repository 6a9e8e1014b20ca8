/**
 * Well-known fictional people, inserted whatever the seed, matching the scan fixtures in tests/fixtures
 * (cccd-qr.txt, bhyt-qr.txt) so that scanning a fixture finds someone. Person ids 1–100, employer ids 1–100
 * and facility serials below 100 are reserved for them; the generator starts above.
 *
 * Phạm Văn Tư has 30 years of participation (1990–2020) and a monthly pension: the "long history" demo.
 */
import type { Benefit, BhytCard, Gender, MedicalVisit, ParticipationPeriod } from '../db/repositories/ports';
import { buildBhyt1666Payload, hexUtf8 } from './bhyt-qr';

export interface DemoEmployer {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly address: string;
}

export interface DemoFacility {
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly wardCode: string;
  readonly address: string;
  readonly level: 'central' | 'province' | 'district';
}

type DemoCard = Omit<BhytCard, 'facilityName'>;
type DemoParticipation = Omit<ParticipationPeriod, 'employerName' | 'employerCode'> & { readonly employerId: number | null };
type DemoVisit = Omit<MedicalVisit, 'facilityName'>;

export interface DemoPerson {
  readonly id: number;
  readonly insuranceNumber: string;
  readonly idNumber: string;
  readonly oldIdNumber: string | null;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly gender: Gender;
  readonly phone: string;
  readonly email: string | null;
  readonly provinceCode: string;
  readonly wardCode: string;
  readonly address: string;
  readonly birthProvinceCode: string;
  /** Oldest first; the last one is the current card. */
  readonly cards: readonly DemoCard[];
  readonly participation: readonly DemoParticipation[];
  readonly benefits: readonly Benefit[];
  readonly visits: readonly DemoVisit[];
}

export const DEMO_EMPLOYERS: readonly DemoEmployer[] = [
  {
    id: 1,
    code: 'DM0001A',
    name: 'Công ty TNHH Dịch vụ Hàng Bông',
    provinceCode: '01',
    address: 'Số 20 Phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội',
  },
  {
    id: 2,
    code: 'DM0002A',
    name: 'Công ty Cổ phần Cơ điện Lê Văn Sỹ',
    provinceCode: '79',
    address: 'Số 250 Lê Văn Sỹ, Phường Nhiêu Lộc, Thành phố Hồ Chí Minh',
  },
  {
    id: 3,
    code: 'DM0003A',
    name: 'Công ty TNHH Cơ khí Quảng Xương',
    provinceCode: '38',
    address: 'Thôn Bắc, Xã Quảng Ngọc, Tỉnh Thanh Hóa',
  },
  {
    id: 4,
    code: 'DM0004A',
    name: 'Công ty Cổ phần Vật liệu Xây dựng Sông Mã',
    provinceCode: '38',
    address: 'Số 15 Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa',
  },
  {
    id: 5,
    code: 'DM0005A',
    name: 'Công ty TNHH Thương mại Lam Sơn',
    provinceCode: '38',
    address: 'Số 88 Bà Triệu, Phường Hạc Thành, Tỉnh Thanh Hóa',
  },
];

export const DEMO_FACILITIES: readonly DemoFacility[] = [
  {
    code: '01001',
    name: 'Bệnh viện Đa khoa Trung ương Hà Nội (demo)',
    provinceCode: '01',
    wardCode: '00004',
    address: 'Phường Ba Đình, Thành phố Hà Nội',
    level: 'central',
  },
  {
    code: '79024',
    name: 'Bệnh viện Đa khoa khu vực Nhiêu Lộc (demo)',
    provinceCode: '79',
    wardCode: '27142',
    address: 'Phường Nhiêu Lộc, Thành phố Hồ Chí Minh',
    level: 'district',
  },
  {
    code: '36012',
    name: 'Trung tâm Y tế Nghĩa Hưng (demo)',
    provinceCode: '37',
    wardCode: '13891',
    address: 'Xã Nghĩa Hưng, Tỉnh Ninh Bình',
    level: 'district',
  },
  {
    code: '38015',
    name: 'Trung tâm Y tế Quảng Xương (demo)',
    provinceCode: '38',
    wardCode: '16498',
    address: 'Xã Quảng Ngọc, Tỉnh Thanh Hóa',
    level: 'district',
  },
];

/** The fixture payloads, verbatim (bhyt-qr.txt). */
export const DEMO_QR = {
  lanAnh1666:
    '0112345678|4e677579e1bb856e205468e1bb8b204c616e20416e68|14/03/1992|2|-|01 - 001|01/01/2025|-|05/01/2025|01010112345678|-|4| 01/01/2030|fedcba9876543210-0000|4|5068c6b0e1bb9d6e6720426120c490c3ac6e682c205468c3a06e68207068e1bb912048c3a0204ee1bb9969|$',
  ducOld15:
    'DN4790123456789|5472e1baa76e2056c4836e20c490e1bba963|02/11/1985|1|53e1bb912037204e67c3b5203132205068e1bb912048c3a06e672042c3b46e672c205068c6b0e1bb9d6e6720486fc3a06e204b69e1babf6d2c2048c3a0204ee1bb9969|79 - 024|01/01/2020|31/12/2020|15/01/2020|790123450000|-|4|01/01/2025|0123456789abcdef-0000|$',
} as const;

function card1666(p: {
  insuranceNumber: string;
  fullName: string;
  dateOfBirth: string;
  gender: Gender;
  objectCode: string;
  benefitCode: string;
  facilityCode: string;
  validFrom: string;
  validTo: string | null;
  issueDate: string;
  fiveYearsFrom: string | null;
  issuedBy: string;
  checksum: string;
}): DemoCard {
  return {
    cardCode: p.insuranceNumber,
    objectCode: p.objectCode,
    benefitCode: p.benefitCode,
    livingAreaCode: null,
    facilityCode: p.facilityCode,
    validFrom: p.validFrom,
    validTo: p.validTo,
    fiveYearsFrom: p.fiveYearsFrom,
    issuedBy: p.issuedBy,
    issueDate: p.issueDate,
    qrPayload: buildBhyt1666Payload({
      insuranceNumber: p.insuranceNumber,
      nameHex: hexUtf8(p.fullName),
      dateOfBirth: p.dateOfBirth,
      gender: p.gender,
      facilityCode: p.facilityCode,
      validFrom: p.validFrom,
      validTo: p.validTo,
      issueDate: p.issueDate,
      managementCode: `${p.insuranceNumber.slice(0, 2)}01${p.insuranceNumber}`,
      benefitLevel: p.benefitCode,
      fiveYearsFrom: p.fiveYearsFrom,
      checksumPlaceholder: p.checksum,
      // The demo cards keep the fixtures' placeholder suffix (tests compare them byte for byte).
      checkSuffix: '0000',
      benefitDigit: p.benefitCode,
      issuedByHex: hexUtf8(p.issuedBy),
    }),
  };
}

/** 30 yearly contribution rows at three employers, with the salary base rising each year. */
function tuParticipation(): DemoParticipation[] {
  const rows: DemoParticipation[] = [];
  const employerFor = (year: number) => (year < 2002 ? 3 : year < 2013 ? 4 : 5);
  const position = (year: number) => (year < 2002 ? 'Thợ cơ khí' : year < 2013 ? 'Tổ trưởng sản xuất' : 'Quản đốc phân xưởng');
  for (let year = 1990; year < 2020; year++) {
    const salary = Math.round((350_000 * 1.085 ** (year - 1990)) / 10_000) * 10_000;
    rows.push({
      scheme: 'bhxh',
      fromMonth: `${year}-01`,
      toMonth: `${year}-12`,
      employerId: employerFor(year),
      position: position(year),
      salaryBase: salary,
    });
  }
  rows.push(
    { scheme: 'bhyt', fromMonth: '1993-01', toMonth: '2001-12', employerId: 3, position: 'Thợ cơ khí', salaryBase: null },
    { scheme: 'bhyt', fromMonth: '2002-01', toMonth: '2012-12', employerId: 4, position: 'Tổ trưởng sản xuất', salaryBase: null },
    { scheme: 'bhyt', fromMonth: '2013-01', toMonth: '2019-12', employerId: 5, position: 'Quản đốc phân xưởng', salaryBase: null },
    { scheme: 'bhyt', fromMonth: '2020-01', toMonth: null, employerId: null, position: null, salaryBase: null },
    { scheme: 'bhtn', fromMonth: '2009-01', toMonth: '2012-12', employerId: 4, position: 'Tổ trưởng sản xuất', salaryBase: null },
    { scheme: 'bhtn', fromMonth: '2013-01', toMonth: '2019-12', employerId: 5, position: 'Quản đốc phân xưởng', salaryBase: null },
    { scheme: 'bhtnld-bnn', fromMonth: '2016-07', toMonth: '2019-12', employerId: 5, position: 'Quản đốc phân xưởng', salaryBase: null },
  );
  return rows;
}

export const DEMO_PERSONS: readonly DemoPerson[] = [
  {
    id: 1,
    insuranceNumber: '0112345678',
    idNumber: '001192012345',
    oldIdNumber: '013456789',
    fullName: 'Nguyễn Thị Lan Anh',
    dateOfBirth: '1992-03-14',
    gender: 'female',
    phone: '0912345678',
    email: 'lananh.demo@example.com',
    provinceCode: '01',
    wardCode: '00004',
    address: 'Số 7 Ngõ 12 Phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội',
    birthProvinceCode: '001',
    cards: [
      {
        cardCode: '0112345678',
        objectCode: 'DN',
        benefitCode: '4',
        livingAreaCode: null,
        facilityCode: '01001',
        validFrom: '2025-01-01',
        validTo: null,
        fiveYearsFrom: '2030-01-01',
        issuedBy: 'Phường Ba Đình, Thành phố Hà Nội',
        issueDate: '2025-01-05',
        qrPayload: DEMO_QR.lanAnh1666,
      },
    ],
    participation: [
      { scheme: 'bhxh', fromMonth: '2014-08', toMonth: null, employerId: 1, position: 'Kế toán viên', salaryBase: 9_800_000 },
      { scheme: 'bhtn', fromMonth: '2014-08', toMonth: null, employerId: 1, position: 'Kế toán viên', salaryBase: 9_800_000 },
      { scheme: 'bhtnld-bnn', fromMonth: '2016-07', toMonth: null, employerId: 1, position: 'Kế toán viên', salaryBase: 9_800_000 },
      { scheme: 'bhyt', fromMonth: '2014-08', toMonth: null, employerId: 1, position: 'Kế toán viên', salaryBase: null },
    ],
    benefits: [
      { kind: 'maternity', fromDate: '2021-05-10', toDate: '2021-11-09', amount: 62_400_000, note: 'Sinh con lần thứ nhất' },
      { kind: 'convalescence', fromDate: '2021-11-15', toDate: '2021-11-19', amount: 2_235_000, note: 'Dưỡng sức sau thai sản' },
      { kind: 'sickness', fromDate: '2024-02-19', toDate: '2024-02-22', amount: 1_130_000, note: null },
    ],
    visits: [
      { visitDate: '2024-02-19', facilityCode: '01001', diagnosisGroup: 'Bệnh hô hấp', totalCost: 650_000, bhytPaid: 520_000 },
      { visitDate: '2025-03-02', facilityCode: '01001', diagnosisGroup: 'Khám sức khỏe định kỳ', totalCost: 320_000, bhytPaid: 256_000 },
    ],
  },
  {
    id: 2,
    // Last 10 characters of the old 15-character card code DN4790123456789 (docs/domain/bhyt-card.md).
    insuranceNumber: '0123456789',
    idNumber: '079085004321',
    oldIdNumber: null,
    fullName: 'Trần Văn Đức',
    dateOfBirth: '1985-11-02',
    gender: 'male',
    phone: '0903123456',
    email: 'tranvanduc.demo@example.com',
    provinceCode: '79',
    wardCode: '27142',
    address: '123/4 Lê Văn Sỹ, Phường Nhiêu Lộc, Thành phố Hồ Chí Minh',
    birthProvinceCode: '079',
    cards: [
      {
        cardCode: 'DN4790123456789',
        objectCode: 'DN',
        benefitCode: '4',
        livingAreaCode: null,
        facilityCode: '79024',
        validFrom: '2020-01-01',
        validTo: '2020-12-31',
        fiveYearsFrom: '2025-01-01',
        issuedBy: null,
        issueDate: '2020-01-15',
        qrPayload: DEMO_QR.ducOld15,
      },
      card1666({
        insuranceNumber: '0123456789',
        fullName: 'Trần Văn Đức',
        dateOfBirth: '1985-11-02',
        gender: 'male',
        objectCode: 'DN',
        benefitCode: '4',
        facilityCode: '79024',
        validFrom: '2025-01-01',
        validTo: null,
        issueDate: '2025-01-08',
        fiveYearsFrom: '2025-01-01',
        issuedBy: 'Phường Nhiêu Lộc, Thành phố Hồ Chí Minh',
        checksum: '00000000000000d2',
      }),
    ],
    participation: [
      { scheme: 'bhxh', fromMonth: '2008-03', toMonth: null, employerId: 2, position: 'Kỹ sư điện', salaryBase: 14_500_000 },
      { scheme: 'bhtn', fromMonth: '2009-01', toMonth: null, employerId: 2, position: 'Kỹ sư điện', salaryBase: 14_500_000 },
      { scheme: 'bhyt', fromMonth: '2008-03', toMonth: null, employerId: 2, position: 'Kỹ sư điện', salaryBase: null },
    ],
    benefits: [{ kind: 'sickness', fromDate: '2023-09-11', toDate: '2023-09-15', amount: 2_090_000, note: null }],
    visits: [
      { visitDate: '2023-09-11', facilityCode: '79024', diagnosisGroup: 'Bệnh tiêu hóa', totalCost: 1_250_000, bhytPaid: 1_000_000 },
    ],
  },
  {
    id: 3,
    insuranceNumber: '3602150777',
    idNumber: '036215000777',
    oldIdNumber: null,
    fullName: 'Lê Minh Khôi',
    dateOfBirth: '2015-07-09',
    gender: 'male',
    phone: '0388215777',
    email: null,
    provinceCode: '37',
    wardCode: '13891',
    address: 'Xóm 3, Xã Nghĩa Hưng, Tỉnh Ninh Bình',
    birthProvinceCode: '036',
    cards: [
      card1666({
        insuranceNumber: '3602150777',
        fullName: 'Lê Minh Khôi',
        dateOfBirth: '2015-07-09',
        gender: 'male',
        objectCode: 'HS',
        benefitCode: '4',
        facilityCode: '36012',
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
        issueDate: '2024-12-20',
        fiveYearsFrom: '2020-07-09',
        issuedBy: 'Xã Nghĩa Hưng, Tỉnh Ninh Bình',
        checksum: '00000000000000a3',
      }),
    ],
    participation: [
      { scheme: 'bhyt', fromMonth: '2015-07', toMonth: '2021-07', employerId: null, position: null, salaryBase: null },
      { scheme: 'bhyt', fromMonth: '2021-08', toMonth: null, employerId: null, position: 'Học sinh', salaryBase: null },
    ],
    benefits: [],
    visits: [{ visitDate: '2025-02-14', facilityCode: '36012', diagnosisGroup: 'Bệnh hô hấp', totalCost: 210_000, bhytPaid: 168_000 }],
  },
  {
    id: 4,
    insuranceNumber: '3806001234',
    idNumber: '038060001234',
    oldIdNumber: '172345678',
    fullName: 'Phạm Văn Tư',
    dateOfBirth: '1960',
    gender: 'male',
    phone: '0977060123',
    email: null,
    provinceCode: '38',
    wardCode: '16498',
    address: 'Thôn Đông, Xã Quảng Ngọc, Tỉnh Thanh Hóa',
    birthProvinceCode: '038',
    cards: [
      card1666({
        insuranceNumber: '3806001234',
        fullName: 'Phạm Văn Tư',
        dateOfBirth: '1960',
        gender: 'male',
        objectCode: 'HT',
        benefitCode: '3',
        facilityCode: '38015',
        validFrom: '2025-01-01',
        validTo: null,
        issueDate: '2025-01-03',
        fiveYearsFrom: '1998-01-01',
        issuedBy: 'Xã Quảng Ngọc, Tỉnh Thanh Hóa',
        checksum: '000000000000004b',
      }),
    ],
    participation: tuParticipation(),
    benefits: [
      { kind: 'sickness', fromDate: '2005-10-03', toDate: '2005-10-12', amount: 640_000, note: null },
      { kind: 'convalescence', fromDate: '2005-10-20', toDate: '2005-10-24', amount: 350_000, note: null },
      { kind: 'monthly-pension', fromDate: '2020-02-01', toDate: null, amount: 6_850_000, note: 'Lương hưu hằng tháng (30 năm đóng)' },
    ],
    visits: [
      { visitDate: '2023-04-05', facilityCode: '38015', diagnosisGroup: 'Tăng huyết áp', totalCost: 480_000, bhytPaid: 456_000 },
      { visitDate: '2024-04-08', facilityCode: '38015', diagnosisGroup: 'Tăng huyết áp', totalCost: 510_000, bhytPaid: 484_500 },
      { visitDate: '2025-04-07', facilityCode: '38015', diagnosisGroup: 'Bệnh cơ xương khớp', totalCost: 930_000, bhytPaid: 883_500 },
    ],
  },
];

/** Ids at or below this are reserved for demo rows (persons and employers). */
export const DEMO_RESERVED_IDS = 100;
