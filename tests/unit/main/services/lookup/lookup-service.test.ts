import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { createSqlitePersonRepository } from '../../../../../main/db/repositories/sqlite-person-repository';
import { createSqliteReferenceRepository } from '../../../../../main/db/repositories/sqlite-reference-repository';
import { seedDatabase } from '../../../../../main/data/seed-database';
import { type LookupService, createLookupService } from '../../../../../main/services/lookup/lookup-service';
import { maskIdNumber, maskName } from '../../../../../main/services/lookup/mask';
import { naiveLookup } from '../../../../bench/naive-lookup';

let db: Database;
let lookup: LookupService;
let naive: (q: Parameters<LookupService['lookupInsuranceNumber']>[0]) => ReturnType<LookupService['lookupInsuranceNumber']>;

beforeAll(() => {
  db = openDatabase(':memory:');
  seedDatabase(db, { persons: 3000, seed: 11 });
  const persons = createSqlitePersonRepository(db);
  lookup = createLookupService(persons, createSqliteReferenceRepository(db));
  naive = (q) => naiveLookup(persons, q);
});
afterAll(() => db.close());

const LAN_ANH = {
  insuranceNumber: '0112345678',
  maskedName: 'Nguyễn T** L** A**',
  birthYear: '1992',
  maskedIdNumber: '*********345',
  provinceName: 'Thành phố Hà Nội',
};

describe('lookupInsuranceNumber', () => {
  it.each([
    ['lower case without marks', 'nguyen thi lan anh'],
    ['upper case with marks', 'NGUYỄN THỊ LAN ANH'],
    ['decomposed (NFD) input', 'Nguyễn Thị Lan Anh'.normalize('NFD')],
    ['extra spaces', '  Nguyễn   Thị Lan  Anh '],
  ])('finds the demo person from %s', (_label, fullName) => {
    expect(lookup.lookupInsuranceNumber({ fullName, dateOfBirth: '1992-03-14' })).toEqual({ status: 'found', matches: [LAN_ANH] });
  });

  it('folds đ to d ("Tran Van Duc")', () => {
    const r = lookup.lookupInsuranceNumber({ fullName: 'Tran Van Duc', dateOfBirth: '1985-11-02' });
    expect(r.status).toBe('found');
    expect(r.matches[0]?.insuranceNumber).toBe('0123456789');
    expect(r.matches[0]?.maskedName).toBe('Trần V** Đ**');
  });

  it('matches a person recorded with a birth year only', () => {
    const r = lookup.lookupInsuranceNumber({ fullName: 'pham van tu', dateOfBirth: '1960-05-01' });
    expect(r.matches.map((m) => m.insuranceNumber)).toEqual(['3806001234']);
  });

  it('finds a person from the birth year alone, or the month and year, as elderly citizens often know it', () => {
    expect(
      lookup.lookupInsuranceNumber({ fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1992' }).matches.map((m) => m.insuranceNumber),
    ).toEqual(['0112345678']);
    expect(lookup.lookupInsuranceNumber({ fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1992-03' }).status).toBe('found');
    expect(lookup.lookupInsuranceNumber({ fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1992-04' }).status).toBe('none');
    expect(lookup.lookupInsuranceNumber({ fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1992-03', provinceCode: '01' }).status).toBe(
      'found',
    );
    // A December query must not catch people recorded with the next year only.
    expect(lookup.lookupInsuranceNumber({ fullName: 'pham van tu', dateOfBirth: '1959-12' }).status).toBe('none');
    expect(naive({ fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1992-03' }).status).toBe('found');
  });

  it('returns none for a wrong date of birth, an unknown name or an empty name', () => {
    expect(lookup.lookupInsuranceNumber({ fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1992-03-15' })).toEqual({
      status: 'none',
      matches: [],
    });
    expect(lookup.lookupInsuranceNumber({ fullName: 'Không Có Ai', dateOfBirth: '1992-03-14' }).status).toBe('none');
    expect(lookup.lookupInsuranceNumber({ fullName: '   ', dateOfBirth: '1992-03-14' }).status).toBe('none');
  });

  it('applies the province and ID-number filters', () => {
    expect(lookup.lookupInsuranceNumber({ fullName: 'nguyen thi lan anh', dateOfBirth: '1992-03-14', provinceCode: '79' }).status).toBe(
      'none',
    );
    expect(lookup.lookupInsuranceNumber({ fullName: 'nguyen thi lan anh', dateOfBirth: '1992-03-14', provinceCode: '01' }).status).toBe(
      'found',
    );
    expect(
      lookup.lookupInsuranceNumber({ fullName: 'nguyen thi lan anh', dateOfBirth: '1992-03-14', idNumber: '001192012345' }).status,
    ).toBe('found');
    expect(lookup.lookupInsuranceNumber({ fullName: 'nguyen thi lan anh', dateOfBirth: '1992-03-14', idNumber: '013456789' }).status).toBe(
      'found',
    );
    expect(
      lookup.lookupInsuranceNumber({ fullName: 'nguyen thi lan anh', dateOfBirth: '1992-03-14', idNumber: '001192099999' }).status,
    ).toBe('none');
  });

  it('narrows by the 2025 ward inside the chosen province', () => {
    const q = { fullName: 'nguyen thi lan anh', dateOfBirth: '1992-03-14', provinceCode: '01' };
    expect(lookup.lookupInsuranceNumber({ ...q, wardCode: '00004' })).toEqual({ status: 'found', matches: [LAN_ANH] });
    const otherWard = db
      .prepare<[], { code: string }>("SELECT code FROM wards WHERE province_code = '01' AND code <> '00004' LIMIT 1")
      .get();
    expect(otherWard).toBeDefined();
    expect(lookup.lookupInsuranceNumber({ ...q, wardCode: otherWard?.code ?? '' }).status).toBe('none');
  });

  it('refuses a ward without its province, or outside it, as invalid-input', () => {
    const q = { fullName: 'nguyen thi lan anh', dateOfBirth: '1992-03-14' };
    expect(() => lookup.lookupInsuranceNumber({ ...q, wardCode: '00004' })).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => lookup.lookupInsuranceNumber({ ...q, provinceCode: '79', wardCode: '00004' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });

  it('is ambiguous when several people share name and birth date, returning at most 5 masked matches', () => {
    const insert = db.prepare(
      "INSERT INTO persons (id, insurance_number, id_number, full_name, name_key, date_of_birth, gender, province_code) VALUES (?, ?, ?, 'Hoàng Văn Nam', 'hoang van nam', '1970-01-01', 'male', '01')",
    );
    for (let i = 0; i < 7; i++) insert.run(900_000 + i, `99000000${String(i).padStart(2, '0')}`, `0010700000${String(i).padStart(2, '0')}`);
    const r = lookup.lookupInsuranceNumber({ fullName: 'Hoang Van Nam', dateOfBirth: '1970-01-01' });
    expect(r.status).toBe('ambiguous');
    expect(r.matches).toHaveLength(5);
    expect(r.matches[0]).toEqual({
      insuranceNumber: '9900000000',
      maskedName: 'Hoàng V** N**',
      birthYear: '1970',
      maskedIdNumber: '*********000',
      provinceName: 'Thành phố Hà Nội',
    });
    const narrowed = lookup.lookupInsuranceNumber({ fullName: 'Hoang Van Nam', dateOfBirth: '1970-01-01', idNumber: '001070000003' });
    expect(narrowed.status).toBe('found');
    expect(narrowed.matches[0]?.insuranceNumber).toBe('9900000003');
  });

  it('agrees with the naive full scan', () => {
    const people = db.prepare('SELECT full_name, date_of_birth FROM persons WHERE id IN (150, 777, 2500)').all() as {
      full_name: string;
      date_of_birth: string;
    }[];
    expect(people).toHaveLength(3);
    for (const p of people) {
      const q = { fullName: p.full_name, dateOfBirth: p.date_of_birth };
      const indexed = lookup.lookupInsuranceNumber(q);
      expect(indexed.status).not.toBe('none');
      expect(naive(q)).toEqual(indexed);
    }
  });

  it('uses the (name_key, date_of_birth) index', () => {
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM persons WHERE name_key = 'a' AND date_of_birth IN ('b', 'c')").all() as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/persons_by_name_dob/);
  });
});

describe('lookupByIdNumber', () => {
  it('finds a person from a scanned 12-digit CCCD or a 9-digit CMND', () => {
    expect(lookup.lookupByIdNumber('001192012345')).toEqual({ status: 'found', matches: [LAN_ANH] });
    expect(lookup.lookupByIdNumber('172345678').matches[0]?.insuranceNumber).toBe('3806001234');
    expect(lookup.lookupByIdNumber('999999999999').status).toBe('none');
    expect(lookup.lookupByIdNumber('12345').status).toBe('none');
  });
});

describe('masking', () => {
  it('keeps the family name and first letters, and the last three ID digits', () => {
    expect(maskName('Lê Minh Khôi')).toBe('Lê M** K**');
    expect(maskName('Đặng Ánh')).toBe('Đặng Á**');
    expect(maskIdNumber('036215000777')).toBe('*********777');
    expect(maskIdNumber(null)).toBeNull();
  });
});
