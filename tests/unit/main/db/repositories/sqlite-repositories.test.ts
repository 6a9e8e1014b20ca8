import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { seedDatabase } from '../../../../../main/data/seed-database';
import { createSqlitePersonRepository } from '../../../../../main/db/repositories/sqlite-person-repository';
import { createSqliteReferenceRepository } from '../../../../../main/db/repositories/sqlite-reference-repository';
import type { PersonRepository, ReferenceRepository } from '../../../../../main/db/repositories/ports';

let db: Database;
let persons: PersonRepository;
let reference: ReferenceRepository;

beforeAll(() => {
  db = openDatabase(':memory:');
  seedDatabase(db, { persons: 2000, seed: 5 });
  persons = createSqlitePersonRepository(db);
  reference = createSqliteReferenceRepository(db);
});
afterAll(() => db.close());

describe('SqlitePersonRepository', () => {
  it('loads the 30-year demo person with card, participation, benefits and visits quickly', () => {
    const tu = persons.findByIdNumber('038060001234');
    expect(tu?.fullName).toBe('Phạm Văn Tư');
    const t0 = performance.now();
    const records = persons.getPersonRecords(tu?.id ?? -1);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(50);
    expect(records?.profile.provinceName).toBe('Tỉnh Thanh Hóa');
    expect(records?.profile.wardName).toBe('Xã Quảng Ngọc');
    expect(records?.card?.objectCode).toBe('HT');
    expect(records?.card?.facilityName).toContain('Quảng Xương');
    const bhxh = records?.participation.filter((p) => p.scheme === 'bhxh') ?? [];
    expect(bhxh).toHaveLength(30);
    expect(bhxh[0]?.fromMonth).toBe('1990-01');
    expect(bhxh.at(-1)?.toMonth).toBe('2019-12');
    expect(bhxh[0]?.employerName).toBe('Công ty TNHH Cơ khí Quảng Xương');
    expect(records?.benefits.map((b) => b.kind)).toContain('monthly-pension');
    expect(records?.visits.length).toBe(3);
  });

  it('returns the newest card when a person has several (old 15-character and 1666 cards)', () => {
    const duc = persons.findByInsuranceNumber('0123456789');
    const records = persons.getPersonRecords(duc?.id ?? -1);
    expect(records?.card?.validFrom).toBe('2025-01-01');
    expect(records?.card?.qrPayload.split('|')).toHaveLength(17);
  });

  it('returns undefined for unknown people', () => {
    expect(persons.getPersonRecords(123_456_789)).toBeUndefined();
    expect(persons.findByInsuranceNumber('0000000000')).toBeUndefined();
    expect(persons.findByIdNumber('000000000')).toBeUndefined();
  });

  it('counts and streams people', () => {
    expect(persons.countPersons()).toBe(2004);
    let n = 0;
    for (const p of persons.scanSummaries()) if (p.insuranceNumber.length === 10) n++;
    expect(n).toBe(2004);
  });
});

describe('SqliteReferenceRepository', () => {
  it('lists provinces, offices, facilities, collection points and employers with filters', () => {
    expect(reference.listProvinces()).toHaveLength(34);
    const offices = reference.listOffices({ provinceCode: '01' });
    expect(offices.length).toBeGreaterThan(1);
    expect(offices.every((o) => o.provinceCode === '01' && o.lat > 20 && o.lat < 22)).toBe(true);
    const sickLeave = reference.listFacilities({ sickLeave: true, limit: 5000 });
    expect(sickLeave.length).toBeGreaterThan(0);
    expect(sickLeave.every((f) => f.sickLeave)).toBe(true);
    expect(reference.listFacilities({ sickLeave: false, limit: 5000 }).every((f) => !f.sickLeave)).toBe(true);
    expect(reference.getFacility('01001')?.bhytContract).toBe(true);
    // Diacritic-insensitive name search with đ folding.
    expect(reference.listFacilities({ text: 'da khoa trung uong ha noi' }).map((f) => f.code)).toContain('01001');
    const agents = reference.listCollectionPoints({ kind: 'dai-ly', provinceCode: '79' });
    expect(agents.every((p) => p.kind === 'dai-ly' && p.provinceCode === '79')).toBe(true);
    expect(reference.listEmployers({ text: 'Quảng Xương' }).map((e) => e.code)).toEqual(['DM0003A']);
    expect(reference.listEmployers({ text: '100%_' })).toEqual([]);
  });
});
