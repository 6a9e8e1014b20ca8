import { describe, expect, it } from 'vitest';
import { decodeHexUtf8, encodeHexUtf8 } from '../../../../../main/domain/codes/hex-utf8';
import { normaliseFacilityCode } from '../../../../../main/domain/codes/parse-bhyt';
import { parseScannedCode } from '../../../../../main/domain/codes/parse-scanned-code';
import { fixture, withPart } from '../../../../support/test-payloads';

const NEW = fixture('template-1666-17');
const OLD = fixture('old-template-15');

function bhyt(payload: string) {
  const r = parseScannedCode(payload);
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code} (${r.error.field ?? '-'})`);
  if (r.value.kind !== 'bhyt') throw new Error(`expected bhyt, got ${r.value.kind}`);
  return r.value;
}

function errorOf(payload: string): { code: string; field?: string } {
  const r = parseScannedCode(payload);
  if (r.ok) throw new Error('expected an error');
  return r.error.field === undefined ? { code: r.error.code } : { code: r.error.code, field: r.error.field };
}

describe('BHYT card QR', () => {
  it('parses the 1666 template (17 parts) field by field', () => {
    expect(bhyt(NEW)).toEqual({
      kind: 'bhyt',
      template: '1666-17',
      cardCode: '0112345678',
      insuranceNumber: '0112345678',
      insuranceNumberSource: 'card-code',
      fullName: 'Nguyễn Thị Lan Anh',
      dateOfBirth: '1992-03-14',
      gender: 'female',
      address: null,
      facilityCode: '01001',
      validFrom: '2025-01-01',
      validTo: null,
      issueDate: '2025-01-05',
      managementCode: '01010112345678',
      guardianName: null,
      fiveYearsContinuousFrom: '2030-01-01',
      checksum: 'fedcba9876543210-0000',
      checkSuffix: '0000',
      benefitCode: '4',
      field14: '4',
      issuedBy: 'Phường Ba Đình, Thành phố Hà Nội',
    });
  });

  it('parses the old template (15 parts)', () => {
    const v = bhyt(OLD);
    expect(v).toMatchObject({
      template: 'old-15',
      cardCode: 'DN4790123456789',
      insuranceNumber: '0123456789',
      fullName: 'Trần Văn Đức',
      gender: 'male',
      facilityCode: '79024',
      validTo: '2020-12-31',
      benefitCode: '4',
      issuedBy: null,
      checksum: '0123456789abcdef-0000',
    });
    expect(v.address).toMatch(/^Số 7 Ngõ 12 Phố Hàng Bông/);
  });

  it('accepts upper-case hex, a year-only DOB, and keeps legacy letters in old card codes', () => {
    const upper = withPart(NEW, 1, encodeHexUtf8('Đỗ Thị Thu Hà').toUpperCase());
    expect(bhyt(upper).fullName).toBe('Đỗ Thị Thu Hà');
    expect(bhyt(withPart(NEW, 2, '1992')).dateOfBirth).toBe('1992');
    // Letters where the mã số would be: the number is not on this card (no 14-digit management code either).
    expect(bhyt(withPart(OLD, 0, 'DN479GA71234567'))).toMatchObject({ cardCode: 'DN479GA71234567', insuranceNumber: null });
    // The 14-digit management code carries it: 4 digits, then the mã số; it wins over the card code's tail.
    expect(bhyt(withPart(withPart(OLD, 0, 'DN479GA71234567'), 9, '79010187654321'))).toMatchObject({
      insuranceNumber: '0187654321',
      insuranceNumberSource: 'management-code',
    });
    expect(bhyt(withPart(OLD, 9, '79010187654321')).insuranceNumber).toBe('0187654321');
  });

  it('reads field 11 as the benefit level on both templates and the check suffix of every issue year', () => {
    expect(bhyt(withPart(withPart(NEW, 11, '2'), 14, '9'))).toMatchObject({ benefitCode: '2', field14: '9' });
    expect(bhyt(withPart(OLD, 11, '3')).benefitCode).toBe('3');
    for (const suffix of ['0101', '7102', '1202']) expect(bhyt(withPart(NEW, 13, `0123456789abcdef-${suffix}`)).checkSuffix).toBe(suffix);
  });

  it('decodes a hex guardian name and keeps the checksum verbatim', () => {
    const v = bhyt(withPart(withPart(NEW, 10, encodeHexUtf8('Nguyễn Văn Bình')), 13, ' ABCDEF-01 '));
    expect(v.guardianName).toBe('Nguyễn Văn Bình');
    expect(v.checksum).toBe(' ABCDEF-01 ');
  });

  it('normalises facility codes to 5 characters', () => {
    expect(['79 - 024', '01 - C54', '01-c54', '01 – 001', '79024'].map(normaliseFacilityCode)).toEqual([
      '79024',
      '01C54',
      '01C54',
      '01001',
      '79024',
    ]);
    expect(normaliseFacilityCode('7 - 024')).toBeNull();
    expect(errorOf(withPart(NEW, 5, '01 - 0011'))).toEqual({ code: 'bhyt-bad-facility', field: 'facilityCode' });
    expect(errorOf(withPart(NEW, 5, '-'))).toEqual({ code: 'bhyt-bad-facility', field: 'facilityCode' });
  });

  it('rejects hex mangled by a Vietnamese IME with a message that says so', () => {
    // VNI-style IME: "e6" typed by the scanner becomes "ê".
    const mangled = withPart(NEW, 1, '4e677579ê1bb856e205468e1bb8b204c616e20416e68');
    const r = parseScannedCode(mangled);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'bhyt-bad-hex', field: 'fullName' });
      expect(r.error.messageEn).toMatch(/not valid hex of UTF-8/);
    }
  });

  it('rejects odd-length hex and hex that is not UTF-8', () => {
    expect(errorOf(withPart(NEW, 1, '4e6'))).toEqual({ code: 'bhyt-bad-hex', field: 'fullName' });
    expect(errorOf(withPart(NEW, 1, 'c328'))).toEqual({ code: 'bhyt-bad-hex', field: 'fullName' });
    expect(errorOf(withPart(NEW, 15, 'zz'))).toEqual({ code: 'bhyt-bad-hex', field: 'issuedBy' });
    expect(errorOf(withPart(OLD, 4, 'e1bb'))).toEqual({ code: 'bhyt-bad-hex', field: 'address' });
    expect(errorOf(withPart(NEW, 1, '-'))).toEqual({ code: 'bhyt-bad-name', field: 'fullName' });
    expect(decodeHexUtf8('')).toBeNull();
  });

  it('requires the $ terminator and the right number of parts', () => {
    expect(errorOf(NEW.slice(0, -2))).toEqual({ code: 'bhyt-missing-terminator' });
    expect(errorOf(NEW.slice(0, NEW.indexOf('|01 - 001')))).toEqual({ code: 'bhyt-missing-terminator' });
    expect(errorOf(NEW.replace('|4|5068', '|5068'))).toEqual({ code: 'bhyt-bad-field-count' });
    expect(errorOf(`0112345678|${NEW}`)).toEqual({ code: 'bhyt-bad-field-count' });
    expect(bhyt(`${NEW} \r\n`).template).toBe('1666-17');
  });

  it('validates card codes', () => {
    expect(errorOf(withPart(NEW, 0, '011234567'))).toEqual({ code: 'bhyt-bad-card-code', field: 'cardCode' });
    expect(errorOf(withPart(NEW, 0, '01123456AB'))).toEqual({ code: 'bhyt-bad-card-code', field: 'cardCode' });
    expect(errorOf(withPart(OLD, 0, 'DN9790123456789'))).toEqual({ code: 'bhyt-bad-card-code', field: 'cardCode' });
    // A 1666 card printed with the full 15-character code still yields the 10-digit number.
    expect(bhyt(withPart(NEW, 0, 'HC4010112345678')).insuranceNumber).toBe('0112345678');
  });

  it('validates dates and gender', () => {
    expect(errorOf(withPart(NEW, 2, '31/02/1992'))).toEqual({ code: 'bhyt-bad-date', field: 'dateOfBirth' });
    expect(errorOf(withPart(NEW, 6, '-'))).toEqual({ code: 'bhyt-bad-date', field: 'validFrom' });
    expect(errorOf(withPart(NEW, 7, '31/12/2024'))).toEqual({ code: 'bhyt-bad-date', field: 'validTo' });
    expect(errorOf(withPart(NEW, 8, '2025-01-05'))).toEqual({ code: 'bhyt-bad-date', field: 'issueDate' });
    expect(errorOf(withPart(NEW, 12, ' 32/01/2030'))).toEqual({ code: 'bhyt-bad-date', field: 'fiveYearsContinuousFrom' });
    expect(errorOf(withPart(NEW, 3, '3'))).toEqual({ code: 'bhyt-bad-gender', field: 'gender' });
    expect(bhyt(withPart(NEW, 12, '-')).fiveYearsContinuousFrom).toBeNull();
    expect(bhyt(withPart(NEW, 7, '31/12/2025')).validTo).toBe('2025-12-31');
  });
});
