import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../main/db/open-database';
import { foldKey } from '../../../../main/domain/text/vi-text';
import { DEMO_PERSONS } from '../../../../main/data/demo-persons';
import { LEGACY_PROVINCES } from '../../../../main/data/legacy-provinces';
import { SeedRefusedError, ensureDemoData, seedDatabase } from '../../../../main/data/seed-database';

const TABLES = [
  'persons',
  'bhyt_cards',
  'employers',
  'participation',
  'benefits',
  'medical_visits',
  'offices',
  'facilities',
  'collection_points',
];

function hashContent(db: Database): string {
  const h = createHash('sha256');
  for (const t of TABLES) {
    for (const row of db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().iterate()) h.update(JSON.stringify(row));
  }
  return h.digest('hex');
}

function seeded(persons: number, seed: number): Database {
  const db = openDatabase(':memory:');
  seedDatabase(db, { persons, seed });
  return db;
}

describe('seedDatabase determinism', () => {
  it('same seed gives identical content; another seed does not', () => {
    const a = seeded(1500, 7);
    const b = seeded(1500, 7);
    const c = seeded(1500, 8);
    expect(hashContent(a)).toBe(hashContent(b));
    expect(hashContent(a)).not.toBe(hashContent(c));
    for (const db of [a, b, c]) db.close();
  });
});

describe('generated population', () => {
  let db: Database;
  beforeAll(() => {
    db = openDatabase(':memory:');
    const progress: number[] = [];
    const report = seedDatabase(db, { persons: 10_000, seed: 2025, onProgress: (n) => progress.push(n) });
    expect(report.persons).toBe(10_000);
    expect(report.provinces).toBe(34);
    expect(report.wards).toBe(3321);
    expect(progress.at(-1)).toBe(10_000);
  });
  afterAll(() => db.close());

  it('CCCD digits agree with birth province, century/gender and birth year for every person', () => {
    const legacy = new Set(LEGACY_PROVINCES.map((l) => l.cccdCode));
    const rows = db.prepare('SELECT id_number, date_of_birth, gender, birth_province_code FROM persons').all() as {
      id_number: string;
      date_of_birth: string;
      gender: string;
      birth_province_code: string;
    }[];
    expect(rows.length).toBe(10_004);
    for (const r of rows) {
      expect(r.id_number).toMatch(/^\d{12}$/);
      expect(legacy.has(r.id_number.slice(0, 3))).toBe(true);
      expect(r.id_number.slice(0, 3)).toBe(r.birth_province_code);
      const year = Number(r.date_of_birth.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1940);
      expect(year).toBeLessThanOrEqual(2024);
      const expectedDigit = (year >= 2000 ? 2 : 0) + (r.gender === 'female' ? 1 : 0);
      expect(r.id_number[3]).toBe(String(expectedDigit));
      expect(r.id_number.slice(4, 6)).toBe(r.date_of_birth.slice(2, 4));
    }
  });

  it('mã số BHXH and CCCD are unique; mã số is not tied to the province', () => {
    const stats = db
      .prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT insurance_number) AS ins, COUNT(DISTINCT id_number) AS ids FROM persons')
      .get() as { n: number; ins: number; ids: number };
    expect(stats.ins).toBe(stats.n);
    expect(stats.ids).toBe(stats.n);
    const codes = new Set(LEGACY_PROVINCES.map((l) => l.code));
    const numbers = db.prepare('SELECT insurance_number FROM persons WHERE id > 100').pluck().all() as string[];
    for (const n of numbers) expect(n).toMatch(/^\d{10}$/);
    // Real mã số carry no province code: about 63 of 100 two-digit prefixes are old province codes, so a generator
    // tied to the province would put every number there.
    const outside = numbers.filter((n) => !codes.has(n.slice(0, 2))).length / numbers.length;
    expect(outside).toBeGreaterThan(0.2);
  });

  it('names are NFC with a matching folded key; family names follow the expected frequency', () => {
    const rows = db.prepare('SELECT full_name, name_key FROM persons WHERE id > 100').all() as { full_name: string; name_key: string }[];
    let nguyen = 0;
    for (const r of rows) {
      expect(r.full_name).toBe(r.full_name.normalize('NFC'));
      expect(r.name_key).toBe(foldKey(r.full_name));
      if (r.full_name.startsWith('Nguyễn ')) nguyen++;
    }
    expect(nguyen / rows.length).toBeGreaterThan(0.33);
    expect(nguyen / rows.length).toBeLessThan(0.43);
  });

  it('every person has a residence in the 2025 units and a 17-part card QR naming them', () => {
    const orphans = db
      .prepare(
        'SELECT COUNT(*) FROM persons p LEFT JOIN wards w ON w.code = p.ward_code WHERE w.code IS NULL OR w.province_code <> p.province_code',
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
    const cards = db
      .prepare(
        'SELECT p.full_name, p.insurance_number, c.qr_payload, c.facility_code FROM persons p JOIN bhyt_cards c ON c.person_id = p.id WHERE p.id > 100',
      )
      .all() as { full_name: string; insurance_number: string; qr_payload: string; facility_code: string }[];
    expect(cards.length).toBe(10_000);
    for (const c of cards.slice(0, 2000)) {
      const parts = c.qr_payload.split('|');
      expect(parts).toHaveLength(17);
      expect(parts[0]).toBe(c.insurance_number);
      expect(Buffer.from(parts[1] ?? '', 'hex').toString('utf8')).toBe(c.full_name);
      expect(parts[5]?.replace(' - ', '')).toBe(c.facility_code);
      expect(parts[13]).toMatch(/^[0-9a-f]{16}-(0101|7102|1202)$/);
      // Field 9: 4 digits, then the mã số, which is how old-card readers find it.
      expect(parts[9]?.slice(4)).toBe(c.insurance_number);
    }
    const unknownFacility = db
      .prepare('SELECT COUNT(*) FROM bhyt_cards c LEFT JOIN facilities f ON f.code = c.facility_code WHERE f.code IS NULL')
      .pluck()
      .get();
    expect(unknownFacility).toBe(0);
    const suffixes = new Set(cards.map((c) => c.qr_payload.split('|')[13]?.slice(-4)));
    expect([...suffixes].sort()).toEqual(['0101', '1202', '7102']);
  });

  it('has histories, employers, offices with coordinates, facilities and collection points; foreign keys hold', () => {
    const count = (t: string) => db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number;
    expect(count('participation')).toBeGreaterThan(5000);
    expect(count('benefits')).toBeGreaterThan(200);
    expect(count('medical_visits')).toBeGreaterThan(5000);
    expect(count('employers')).toBeGreaterThanOrEqual(200);
    expect(db.prepare('SELECT COUNT(DISTINCT province_code) FROM offices').pluck().get()).toBe(34);
    expect(db.prepare("SELECT COUNT(*) FROM facilities WHERE code NOT GLOB '[0-9][0-9][0-9A-Z][0-9][0-9]'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM offices WHERE lat NOT BETWEEN 8.3 AND 23.5 OR lng NOT BETWEEN 102 AND 110').pluck().get()).toBe(
      0,
    );
    expect(db.prepare('SELECT COUNT(DISTINCT kind) FROM collection_points').pluck().get()).toBe(2);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('inserts the demo persons with their fixed identifiers', () => {
    for (const d of DEMO_PERSONS) {
      const row = db.prepare('SELECT id, insurance_number, full_name, date_of_birth FROM persons WHERE id_number = ?').get(d.idNumber);
      expect(row).toEqual({ id: d.id, insurance_number: d.insuranceNumber, full_name: d.fullName, date_of_birth: d.dateOfBirth });
    }
  });

  it('refuses to seed over existing persons unless replace is given', () => {
    expect(() => seedDatabase(db, { persons: 10, seed: 1 })).toThrow(SeedRefusedError);
    expect(ensureDemoData(db)).toBeNull();
  });
});

describe('replace and first-run demo data', () => {
  it('replace starts again with the new population', () => {
    const db = seeded(300, 1);
    const report = seedDatabase(db, { persons: 120, seed: 2, replace: true });
    expect(report.persons).toBe(120);
    expect(db.prepare('SELECT COUNT(*) FROM persons').pluck().get()).toBe(124);
    expect(db.prepare('SELECT COUNT(*) FROM bhyt_cards').pluck().get()).toBe(125);
    db.close();
  });

  it('ensureDemoData seeds an empty database once', () => {
    const db = openDatabase(':memory:');
    const report = ensureDemoData(db, { persons: 200 });
    expect(report?.persons).toBe(200);
    expect(report?.demoPersons).toBe(DEMO_PERSONS.length);
    expect(ensureDemoData(db)).toBeNull();
    db.close();
  });
});
