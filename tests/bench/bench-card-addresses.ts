/**
 * Benchmark of card-address resolution: a generated set of CCCD-style addresses (old units from the merger rules,
 * written as cards write them: with or without unit prefixes, "TP.", doubled commas; plus 2025-style addresses) and
 * the share whose 2025 ward the resolver finds (one ward, or a split whose candidates include the right one).
 */
import { performance } from 'node:perf_hooks';
import { loadAdministrativeUnits } from '../../main/data/administrative-units';
import { loadWardMappings } from '../../main/data/ward-mappings';
import { createRng } from '../../main/data/prng';
import { createCardAddressResolver } from '../../main/domain/address/card-address';

export interface CardAddressBench {
  readonly addresses: number;
  /** Share (0–1) whose expected 2025 ward is among the candidates. */
  readonly resolvedRate: number;
  /** Share where the citizen had to choose between candidates of a split ward. */
  readonly splitRate: number;
  readonly msPerAddress: number;
}

const bare = (name: string): string => name.replace(/^(Thành phố|Tỉnh|Quận|Huyện|Thị xã|Thị trấn|Phường|Xã)\s+/, '');

export function benchCardAddresses(count: number, seed = 16): CardAddressBench {
  const units = loadAdministrativeUnits();
  const mappings = loadWardMappings();
  const resolve = createCardAddressResolver({ ...units, mappings });
  const known = new Set(units.wards.map((w) => w.code));
  const byCode = new Map(units.wards.map((w) => [w.code, w]));
  const provinceName = new Map(units.provinces.map((p) => [p.code, p.name]));
  const rng = createRng(seed);
  const cases: { address: string; expected: string }[] = [];
  const usable = mappings.filter((m) => known.has(m.newWardCode));
  while (cases.length < count) {
    const street = `${rng.chance(0.5) ? 'Thôn' : 'Số'} ${rng.int(1, 99)}${rng.chance(0.4) ? `, Xóm ${rng.int(1, 12)}` : ''}`;
    if (rng.chance(0.8)) {
      const m = rng.pick(usable);
      const strip = rng.chance(0.4);
      const name = (s: string) => (strip ? bare(s) : s);
      const province = rng.chance(0.15) ? m.oldProvince.replace(/^Thành phố /, 'TP. ') : name(m.oldProvince);
      const sep = rng.chance(0.1) ? ',, ' : ', ';
      cases.push({ address: [street, name(m.oldWard), name(m.oldDistrict), province].join(sep), expected: m.newWardCode });
    } else {
      const w = rng.pick(units.wards);
      cases.push({ address: `${street}, ${w.name}, ${provinceName.get(w.provinceCode) ?? ''}`, expected: w.code });
    }
  }
  let found = 0;
  let split = 0;
  const start = performance.now();
  for (const c of cases) {
    const r = resolve(c.address);
    if (r.wardCandidates.some((w) => w.code === c.expected || byCode.get(w.code)?.name === byCode.get(c.expected)?.name)) found++;
    if (r.status === 'split') split++;
  }
  const ms = performance.now() - start;
  return { addresses: cases.length, resolvedRate: found / cases.length, splitRate: split / cases.length, msPerAddress: ms / cases.length };
}
