import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../support/fixture-payloads';
import { buildBhyt1666Payload, hexUtf8, toCardDate } from '../../../../main/data/bhyt-qr';
import { DEMO_PERSONS, DEMO_QR } from '../../../../main/data/demo-persons';

// The fixtures are part of the repository (tests/fixtures), so the cross-checks below always run.
const FIXTURES = FIXTURES_DIR.replace(/\/$/, '');

function fixture(file: string, label: string): string {
  const line = readFileSync(`${FIXTURES}/${file}`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${label}\t`));
  if (!line) throw new Error(`fixture ${label} missing`);
  return line.slice(label.length + 1);
}

describe('BHYT 1666 QR payload', () => {
  it('reproduces the template-1666-17 fixture byte for byte', () => {
    const payload = buildBhyt1666Payload({
      insuranceNumber: '0112345678',
      nameHex: hexUtf8('Nguyễn Thị Lan Anh'),
      dateOfBirth: '1992-03-14',
      gender: 'female',
      facilityCode: '01001',
      validFrom: '2025-01-01',
      validTo: null,
      issueDate: '2025-01-05',
      managementCode: '01010112345678',
      benefitLevel: '4',
      fiveYearsFrom: '2030-01-01',
      checksumPlaceholder: 'fedcba9876543210',
      checkSuffix: '0000',
      benefitDigit: '4',
      issuedByHex: hexUtf8('Phường Ba Đình, Thành phố Hà Nội'),
    });
    expect(payload).toBe(DEMO_QR.lanAnh1666);
    expect(payload.split('|')).toHaveLength(17);
  });

  it('formats card dates', () => {
    expect(toCardDate('1992-03-14')).toBe('14/03/1992');
    expect(toCardDate('1960')).toBe('1960');
  });

  it('demo data carries the fixture payloads verbatim', () => {
    expect(DEMO_QR.lanAnh1666).toBe(fixture('bhyt-qr.txt', 'template-1666-17'));
    expect(DEMO_QR.ducOld15).toBe(fixture('bhyt-qr.txt', 'old-template-15'));
  });

  it('the old-card demo person is found by the last 10 characters of the card code', () => {
    const duc = DEMO_PERSONS.find((p) => p.idNumber === '079085004321');
    // The mã số is the last 10 characters of the old 15-character card code.
    expect(duc?.insuranceNumber).toBe(DEMO_QR.ducOld15.split('|')[0]?.slice(-10));
  });

  it('demo persons agree with the CCCD fixtures (number, name, DOB, gender, old ID)', () => {
    for (const label of ['old-id-present', 'no-old-id', 'post-2025-address', 'year-only-dob']) {
      const [id, oldId, name, dob, gender] = fixture('cccd-qr.txt', label).split('|');
      const p = DEMO_PERSONS.find((d) => d.idNumber === id);
      expect(p, label).toBeDefined();
      expect(p?.fullName).toBe(name);
      expect(p?.oldIdNumber ?? '').toBe(oldId);
      expect(p?.gender).toBe(gender === 'Nam' ? 'male' : 'female');
      const iso = dob?.length === 8 ? `${dob.slice(4)}-${dob.slice(2, 4)}-${dob.slice(0, 2)}` : dob;
      expect(p?.dateOfBirth).toBe(iso);
    }
  });

  it('every demo 1666 card decodes to the person it belongs to', () => {
    for (const p of DEMO_PERSONS) {
      for (const c of p.cards) {
        const parts = c.qrPayload.split('|');
        expect(parts.at(-1)).toBe('$');
        expect(Buffer.from(parts[1] ?? '', 'hex').toString('utf8')).toBe(p.fullName);
        expect(parts[0]?.slice(-10)).toBe(p.insuranceNumber);
      }
    }
  });
});
