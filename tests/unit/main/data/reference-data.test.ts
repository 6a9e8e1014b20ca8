import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/open-database';
import { createSqliteReferenceRepository } from '../../../../main/db/repositories/sqlite-reference-repository';
import { loadAdministrativeUnits } from '../../../../main/data/administrative-units';
import { LEGACY_POPULATION_WEIGHT, LEGACY_PROVINCES } from '../../../../main/data/legacy-provinces';
import { loadReferenceData } from '../../../../main/data/load-reference-data';
import { PROVINCE_CENTROIDS } from '../../../../main/data/province-centroids';

describe('2025 administrative units', () => {
  it('has 34 provinces and 3,321 wards, all NFC, with 5-digit codes in known provinces', () => {
    const { provinces, wards } = loadAdministrativeUnits();
    expect(provinces).toHaveLength(34);
    expect(wards).toHaveLength(3321);
    const codes = new Set(provinces.map((p) => p.code));
    for (const w of wards) {
      expect(w.code).toMatch(/^\d{5}$/);
      expect(codes.has(w.provinceCode)).toBe(true);
      expect(w.name).toBe(w.name.normalize('NFC'));
    }
    expect(provinces.find((p) => p.code === '04')?.name).toBe('Tỉnh Cao Bằng');
    expect(provinces.find((p) => p.code === '79')?.name).toBe('Thành phố Hồ Chí Minh');
  });

  it('loads into the database (34 / 3,321 / 63) idempotently', () => {
    const db = openDatabase(':memory:');
    expect(loadReferenceData(db)).toEqual({ provinces: 34, wards: 3321, legacyProvinces: 63 });
    expect(loadReferenceData(db)).toEqual({ provinces: 34, wards: 3321, legacyProvinces: 63 });
    const repo = createSqliteReferenceRepository(db);
    expect(repo.getWard('00004')).toEqual({ code: '00004', provinceCode: '01', name: 'Phường Ba Đình' });
    expect(repo.listWards('01').length).toBe(126);
    expect(repo.findLegacyProvince('036')?.newProvinceCode).toBe('37');
    expect(repo.findLegacyProvince('36')?.name).toBe('Tỉnh Nam Định');
    db.close();
  });
});

describe('legacy provinces', () => {
  it('lists 63 provinces with unique 3-digit CCCD codes derived from the 2-digit codes', () => {
    expect(LEGACY_PROVINCES).toHaveLength(63);
    expect(new Set(LEGACY_PROVINCES.map((l) => l.cccdCode)).size).toBe(63);
    for (const l of LEGACY_PROVINCES) {
      expect(l.cccdCode).toBe(`0${l.code}`);
      expect(LEGACY_POPULATION_WEIGHT[l.cccdCode]).toBeGreaterThan(0);
    }
  });

  it('maps onto exactly the 34 new provinces, with the merges of docs/domain/administrative-units.md', () => {
    const newCodes = new Set(loadAdministrativeUnits().provinces.map((p) => p.code));
    expect(new Set(LEGACY_PROVINCES.map((l) => l.newProvinceCode))).toEqual(newCodes);
    const into = (code: string) =>
      LEGACY_PROVINCES.filter((l) => l.newProvinceCode === code)
        .map((l) => l.cccdCode)
        .sort();
    expect(into('01')).toEqual(['001']);
    expect(into('37')).toEqual(['035', '036', '037']);
    expect(into('79')).toEqual(['074', '077', '079']);
    expect(into('25')).toEqual(['017', '025', '026']);
    expect(into('92')).toEqual(['092', '093', '094']);
    expect(into('68')).toEqual(['060', '067', '068']);
    // Each new code reuses one predecessor's code.
    for (const code of newCodes) expect(LEGACY_PROVINCES.some((l) => l.code === code && l.newProvinceCode === code)).toBe(true);
  });

  it('has a centroid inside Vietnam for every province', () => {
    for (const p of loadAdministrativeUnits().provinces) {
      const c = PROVINCE_CENTROIDS[p.code];
      expect(c, p.code).toBeDefined();
      const [lat, lng] = c ?? [0, 0];
      expect(lat).toBeGreaterThan(8.5);
      expect(lat).toBeLessThan(23.4);
      expect(lng).toBeGreaterThan(102.1);
      expect(lng).toBeLessThan(109.5);
    }
  });
});
