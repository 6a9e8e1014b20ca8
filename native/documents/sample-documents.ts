/**
 * Fictional sample documents for the bench, tests and the admin "test print". Every person here is
 * invented; the QR is the 1666-template line of tests/fixtures/bhyt-qr.txt (its check field
 * is a placeholder, not a valid BHXH hash).
 */
import type { BhytCardData } from './bhyt-card-text.js';
import type { Form01Data } from './form01-pdf.js';

export const SAMPLE_BHYT_QR_1666 =
  '0112345678|4e677579e1bb856e205468e1bb8b204c616e20416e68|14/03/1992|2|-|01 - 001|01/01/2025|-|05/01/2025|01010112345678|-|4| 01/01/2030|fedcba9876543210-0000|4|5068c6b0e1bb9d6e6720426120c490c3ac6e682c205468c3a06e68207068e1bb912048c3a0204ee1bb9969|$';

export const SAMPLE_BHYT_CARD: BhytCardData = {
  insuranceNumber: '0112345678',
  fullName: 'Nguyễn Thị Lan Anh',
  dateOfBirth: '1992-03-14',
  gender: 'female',
  benefitCode: '4',
  livingAreaCode: null,
  facilityCode: '01001',
  facilityName: 'Bệnh viện Đa khoa tỉnh Bắc Ninh',
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  fiveYearsContinuousFrom: '2030-01-01',
  issuedBy: 'Phường Ba Đình, Thành phố Hà Nội',
  issueDate: '2025-01-05',
  qrPayload: SAMPLE_BHYT_QR_1666,
};

export const SAMPLE_FORM01: Form01Data = {
  registrationCode: 'DK-2025-7F3K9Q',
  fullName: 'Nguyễn Thị Lan Anh',
  insuranceNumber: '0112345678',
  idNumber: '001192012345',
  dateOfBirth: '1992-03-14',
  gender: 'female',
  address: { provinceName: 'Thành phố Hà Nội', wardName: 'Phường Ba Đình', street: 'Số 12, ngõ 34 phố Đội Cấn' },
  phone: '0912345678',
  email: 'lananh.nguyen@example.vn',
  officeName: 'Bảo hiểm xã hội cơ sở Ba Đình',
  createdAt: '2025-06-02T02:30:00.000Z',
};
