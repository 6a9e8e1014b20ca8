/** Administrative geography the generator samples from: provinces, their wards and their legacy predecessors. */
import { type AdminProvince, type AdminWard, loadAdministrativeUnits } from './administrative-units';
import { LEGACY_POPULATION_WEIGHT, LEGACY_PROVINCES } from './legacy-provinces';
import type { LegacyProvince } from '../db/repositories/ports';

export interface ProvinceGeo {
  readonly province: AdminProvince;
  readonly wards: readonly AdminWard[];
  /** Pre-2025 provinces merged into this one; never empty. */
  readonly legacy: readonly LegacyProvince[];
  /** Sum of the legacy population weights. */
  readonly weight: number;
}

export interface Geography {
  readonly provinces: readonly ProvinceGeo[];
  readonly byCode: ReadonlyMap<string, ProvinceGeo>;
  readonly legacy: readonly LegacyProvince[];
}

let cached: Geography | undefined;

export function loadGeography(): Geography {
  if (cached) return cached;
  const { provinces, wards } = loadAdministrativeUnits();
  const geos = provinces.map((province): ProvinceGeo => {
    const legacy = LEGACY_PROVINCES.filter((l) => l.newProvinceCode === province.code);
    if (legacy.length === 0) throw new Error(`No legacy province maps to ${province.code}`);
    return {
      province,
      wards: wards.filter((w) => w.provinceCode === province.code),
      legacy,
      weight: legacy.reduce((s, l) => s + (LEGACY_POPULATION_WEIGHT[l.cccdCode] ?? 1), 0),
    };
  });
  cached = { provinces: geos, byCode: new Map(geos.map((g) => [g.province.code, g])), legacy: LEGACY_PROVINCES };
  return cached;
}
