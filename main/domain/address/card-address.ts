/**
 * The address printed in a CCCD QR, read into what Form 01 needs: the street part (everything before the ward), and
 * the 2025 province and ward. Cards name the units that existed when they were issued, often without prefixes
 * ("Tân Lập, Lam Cốt, Tân Yên, Bắc Giang"), sometimes with "TP." or doubled commas; a card issued before 1 July 2025
 * names a district and maybe a province that no longer exist. Old names are mapped with the official merger rules
 * (main/data/ward-mappings.ts); an old ward split between several new wards yields all of them as candidates, and
 * the citizen chooses among those only. See docs/domain/card-addresses.md.
 */
import { foldKey } from '../text/vi-text';

export interface CardAddressUnits {
  readonly provinces: readonly { readonly code: string; readonly name: string }[];
  readonly wards: readonly { readonly code: string; readonly provinceCode: string; readonly name: string }[];
  readonly mappings: readonly WardMapping[];
}

/** One old (pre-1 July 2025) ward → 2025 ward rule; a split old ward has one rule per new ward. */
export interface WardMapping {
  readonly oldWard: string;
  readonly oldDistrict: string;
  readonly oldProvince: string;
  readonly newWardCode: string;
  /** Kept because a few rules carry a code the wards table does not know: the name then finds the ward. */
  readonly newWardName: string;
  readonly newProvinceName: string;
}

export interface ResolvedCardAddress {
  /** House, lane, hamlet, village…: every comma part before the ward, joined as on the card. */
  readonly street: string;
  /** 2025 province, null when the address names none we know. */
  readonly provinceCode: string | null;
  /** 2025 wards the card's ward became: one when resolved, several when it was split, none when unknown. */
  readonly wardCandidates: readonly { readonly code: string; readonly name: string }[];
  readonly status: 'resolved' | 'split' | 'province-only' | 'unresolved';
}

const PREFIX = /^(thanh pho|tp|tinh|quan|huyen|thi xa|thi tran|phuong|xa|dac khu)\s+/;

/** Folded and without its unit prefix: "TP. Hồ Chí Minh" → "ho chi minh", "Phường 13" → "13". */
export function unitKey(name: string): string {
  const k = foldKey(name.replace(/^\s*TP\.?\s*/i, 'tp '));
  const bare = k.replace(PREFIX, '');
  return bare === '' ? k : bare;
}

export function createCardAddressResolver(units: CardAddressUnits): (address: string) => ResolvedCardAddress {
  const wardById = new Map(units.wards.map((w) => [w.code, w]));
  const newProvinceByKey = new Map(units.provinces.map((p) => [unitKey(p.name), p.code]));
  const newWardByKey = new Map<string, string[]>();
  for (const w of units.wards) {
    const key = `${w.provinceCode}|${unitKey(w.name)}`;
    newWardByKey.set(key, [...(newWardByKey.get(key) ?? []), w.code]);
  }
  // old province → old district → old ward → new ward codes
  const old = new Map<string, string[]>();
  const oldProvinces = new Map<string, Set<string>>();
  for (const m of units.mappings) {
    const p = unitKey(m.oldProvince);
    const key = `${p}|${unitKey(m.oldDistrict)}|${unitKey(m.oldWard)}`;
    const list = old.get(key) ?? [];
    // A code the 2025 list does not know (a data slip in the source) is looked up by the new ward's name instead.
    const byName = newWardByKey.get(`${newProvinceByKey.get(unitKey(m.newProvinceName)) ?? ''}|${unitKey(m.newWardName)}`)?.[0];
    const code = wardById.has(m.newWardCode) ? m.newWardCode : byName;
    if (code === undefined) continue;
    if (!list.includes(code)) list.push(code);
    old.set(key, list);
    const newProvince = wardById.get(code)?.provinceCode;
    if (newProvince !== undefined) oldProvinces.set(p, (oldProvinces.get(p) ?? new Set()).add(newProvince));
  }
  const candidatesOf = (codes: readonly string[]) =>
    codes.flatMap((c) => {
      const w = wardById.get(c);
      return w === undefined ? [] : [{ code: w.code, name: w.name }];
    });

  return (address) => {
    const parts = address
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const join = (n: number) => parts.slice(0, Math.max(0, n)).join(', ');
    const last = parts.at(-1) ?? '';
    const pKey = unitKey(last);
    // 1. Pre-2025 address: ward, district, province (old names).
    if (parts.length >= 3) {
      const codes = old.get(`${pKey}|${unitKey(parts.at(-2) ?? '')}|${unitKey(parts.at(-3) ?? '')}`);
      if (codes !== undefined && codes.length > 0) {
        const wardCandidates = candidatesOf(codes);
        const provinceCode = wardById.get(codes[0] ?? '')?.provinceCode ?? null;
        return { street: join(parts.length - 3), provinceCode, wardCandidates, status: wardCandidates.length === 1 ? 'resolved' : 'split' };
      }
    }
    // 2. 2025 address: ward, province.
    const newProvince = newProvinceByKey.get(pKey);
    if (newProvince !== undefined && parts.length >= 2) {
      const codes = newWardByKey.get(`${newProvince}|${unitKey(parts.at(-2) ?? '')}`);
      if (codes !== undefined) {
        const wardCandidates = candidatesOf(codes);
        return {
          street: join(parts.length - 2),
          provinceCode: newProvince,
          wardCandidates,
          status: wardCandidates.length === 1 ? 'resolved' : 'split',
        };
      }
    }
    // 3. Only the province is known (a merged-away province maps to one 2025 province when all its wards went there).
    const merged = oldProvinces.get(pKey);
    const provinceCode = newProvince ?? (merged?.size === 1 ? ([...merged][0] ?? null) : null);
    if (provinceCode !== null) {
      // Without a known ward the street is all but the last three parts on a district-style address (ward, district,
      // province), the last two otherwise; never fewer than the first part.
      const keep = parts.length >= 4 ? parts.length - 3 : Math.max(1, parts.length - 2);
      return { street: join(keep), provinceCode, wardCandidates: [], status: 'province-only' };
    }
    return { street: parts.join(', '), provinceCode: null, wardCandidates: [], status: 'unresolved' };
  };
}
