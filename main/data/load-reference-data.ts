/** Loads provinces, wards and legacy provinces into the database. Idempotent: re-running replaces rows in place. */
import type { Database } from '../db/open-database';
import { foldKey } from '../domain/text/vi-text';
import { loadAdministrativeUnits } from './administrative-units';
import { LEGACY_PROVINCES } from './legacy-provinces';

export interface ReferenceCounts {
  readonly provinces: number;
  readonly wards: number;
  readonly legacyProvinces: number;
}

export function loadReferenceData(db: Database): ReferenceCounts {
  const { provinces, wards } = loadAdministrativeUnits();
  const insProvince = db.prepare('INSERT OR REPLACE INTO provinces (code, name, short_name, kind, name_key) VALUES (?, ?, ?, ?, ?)');
  const insWard = db.prepare('INSERT OR REPLACE INTO wards (code, province_code, name, kind, name_key) VALUES (?, ?, ?, ?, ?)');
  const insLegacy = db.prepare('INSERT OR REPLACE INTO legacy_provinces (cccd_code, code, name, new_province_code) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const p of provinces) insProvince.run(p.code, p.name, p.shortName, p.kind, foldKey(p.name));
    for (const w of wards) insWard.run(w.code, w.provinceCode, w.name, w.kind, foldKey(w.name));
    for (const l of LEGACY_PROVINCES) insLegacy.run(l.cccdCode, l.code, l.name, l.newProvinceCode);
  })();
  return referenceCounts(db);
}

export function referenceCounts(db: Database): ReferenceCounts {
  const n = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { provinces: n('provinces'), wards: n('wards'), legacyProvinces: n('legacy_provinces') };
}
