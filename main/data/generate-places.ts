/**
 * Synthetic public reference places: BHXH offices (with coordinates near the province centre), healthcare
 * facilities with 5-character KCB codes, collection points/agents, and employer units. Deterministic for
 * a seed. Facility serials start at 101 and employer ids at DEMO_RESERVED_IDS + 1 so demo rows never clash.
 */
import { foldKey } from '../domain/text/vi-text';
import { DEMO_RESERVED_IDS } from './demo-persons';
import type { Geography, ProvinceGeo } from './geography';
import type { PopulationWriter } from './population-writer';
import { PROVINCE_CENTROIDS } from './province-centroids';
import { type Rng, WeightedPicker, createRng, deriveSeed } from './prng';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, STREET_NAMES, VILLAGE_NAMES } from './vietnamese-names';

export const OFFICE_HOURS = 'Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–17:00';

export interface PlacesReport {
  readonly offices: number;
  readonly facilities: number;
  readonly collectionPoints: number;
  readonly employers: number;
}

/** What the person generator needs to know about the places it created. */
export interface PlaceIndex {
  /** Per 2025 province code: facility codes under BHYT contract (for cards and visits). */
  readonly contractedFacilities: ReadonlyMap<string, readonly string[]>;
  /** Per 2025 province code: employer ids located there. */
  readonly employersByProvince: ReadonlyMap<string, readonly number[]>;
  readonly allEmployerIds: readonly number[];
}

const SECTORS = [
  'Thương mại',
  'Xây dựng',
  'Cơ khí',
  'Dệt may',
  'Thực phẩm',
  'Vận tải',
  'Công nghệ',
  'Điện tử',
  'Du lịch',
  'Nông sản',
  'Dịch vụ',
  'In ấn',
  'Thủy sản',
  'Giày da',
];
const BRANDS = [
  'An Phát',
  'Hưng Thịnh',
  'Minh Long',
  'Phú Gia',
  'Thành Công',
  'Đại Việt',
  'Sao Mai',
  'Hoàng Long',
  'Tân Tiến',
  'Bình Minh',
  'Trường Sơn',
  'Hồng Hà',
  'Cửu Long',
  'Phương Nam',
  'Việt Hưng',
  'Kim Ngân',
  'Thái Bình Dương',
  'Sông Hồng',
  'Lạc Hồng',
  'Nam Việt',
];
const FORMS = [
  ['Công ty TNHH', 6],
  ['Công ty Cổ phần', 4],
  ['Hợp tác xã', 0.6],
  ['Doanh nghiệp tư nhân', 0.6],
] as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const jitter = (rng: Rng, spread: number) => (rng.next() - 0.5) * 2 * spread;
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function landline(rng: Rng): string {
  return `02${pad(rng.int(0, 99), 2)}${pad(rng.int(0, 9_999_999), 7)}`;
}
function mobile(rng: Rng): string {
  return `09${pad(rng.int(0, 99_999_999), 8)}`;
}
function wardShort(name: string): string {
  return name.replace(/^(Phường|Xã|Đặc khu) /, '');
}
function streetAddress(rng: Rng, wardName: string, provinceName: string, urban: boolean): string {
  const first = urban ? `Số ${rng.int(1, 400)} ${rng.pick(STREET_NAMES)}` : `Thôn ${rng.pick(VILLAGE_NAMES)}`;
  return `${first}, ${wardName}, ${provinceName}`;
}

export function generatePlaces(
  geo: Geography,
  writer: PopulationWriter,
  options: { readonly seed: number; readonly employers: number; readonly reservedFacilityCodes: ReadonlySet<string> },
): { report: PlacesReport; index: PlaceIndex } {
  const rng = createRng(deriveSeed(options.seed, 'places'));
  const contracted = new Map<string, string[]>();
  let offices = 0;
  let facilities = 0;
  let points = 0;

  for (const g of geo.provinces) {
    offices += generateOffices(rng, g, writer);
    const codes = generateFacilities(rng, g, writer, options.reservedFacilityCodes);
    facilities += codes.all;
    contracted.set(g.province.code, codes.contracted);
    points += generateCollectionPoints(rng, g, writer);
  }

  const employersByProvince = new Map<string, number[]>();
  const allEmployerIds: number[] = [];
  const provincePicker = new WeightedPicker(geo.provinces.map((g) => [g, g.weight] as const));
  const formPicker = new WeightedPicker(FORMS.map(([f, w]) => [f, w] as const));
  // 'D' is never a first letter, so generated codes cannot collide with the demo 'DM….' codes.
  const letters = 'ABCEGHKLMNPQRSTUVXY';
  for (let i = 0; i < options.employers; i++) {
    const id = DEMO_RESERVED_IDS + 1 + i;
    const g = provincePicker.pick(rng);
    const ward = rng.pick(g.wards);
    const name = `${formPicker.pick(rng)} ${rng.pick(SECTORS)} ${rng.pick(BRANDS)}`;
    // Two letters, four digits and a letter, like real unit codes; the digits and last letter encode i, so codes are unique.
    const code = `${rng.pick([...letters])}${rng.pick([...letters])}${pad(i % 10_000, 4)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 10_000) % 26]}${i >= 260_000 ? Math.floor(i / 260_000) : ''}`;
    writer.employer([
      id,
      code,
      name,
      foldKey(name),
      g.province.code,
      streetAddress(rng, ward.name, g.province.name, ward.kind === 'phuong'),
    ]);
    let list = employersByProvince.get(g.province.code);
    if (!list) employersByProvince.set(g.province.code, (list = []));
    list.push(id);
    allEmployerIds.push(id);
  }

  return {
    report: { offices, facilities, collectionPoints: points, employers: options.employers },
    index: { contractedFacilities: contracted, employersByProvince, allEmployerIds },
  };
}

function generateOffices(rng: Rng, g: ProvinceGeo, writer: PopulationWriter): number {
  const [lat0, lng0] = PROVINCE_CENTROIDS[g.province.code] ?? [16, 107];
  const main = rng.pick(g.wards);
  const mainName = `Bảo hiểm xã hội ${g.province.name}`;
  writer.office([
    `BHXH-${g.province.code}`,
    mainName,
    foldKey(mainName),
    g.province.code,
    main.code,
    streetAddress(rng, main.name, g.province.name, true),
    landline(rng),
    OFFICE_HOURS,
    round5(lat0 + jitter(rng, 0.02)),
    round5(lng0 + jitter(rng, 0.02)),
  ]);
  const local = 2 + Math.round(g.wards.length / 40);
  for (let i = 1; i <= local; i++) {
    const ward = rng.pick(g.wards);
    const name = `Bảo hiểm xã hội cơ sở ${wardShort(ward.name)}`;
    writer.office([
      `BHXH-${g.province.code}-${pad(i, 2)}`,
      name,
      foldKey(name),
      g.province.code,
      ward.code,
      streetAddress(rng, ward.name, g.province.name, ward.kind === 'phuong'),
      landline(rng),
      OFFICE_HOURS,
      round5(lat0 + jitter(rng, 0.35)),
      round5(lng0 + jitter(rng, 0.35)),
    ]);
  }
  return local + 1;
}

function generateFacilities(
  rng: Rng,
  g: ProvinceGeo,
  writer: PopulationWriter,
  reserved: ReadonlySet<string>,
): { all: number; contracted: string[] } {
  const contracted: string[] = [];
  const serial = new Map<string, number>();
  const station = new Map<string, number>();
  let all = 0;
  const add = (
    prefix: string,
    kind: 'hospital' | 'station',
    name: string,
    level: 'central' | 'province' | 'district' | 'commune' | 'private',
    bhyt: 0 | 1,
    sick: 0 | 1,
  ) => {
    let code: string;
    do {
      if (kind === 'hospital') {
        const n = (serial.get(prefix) ?? 100) + 1;
        serial.set(prefix, n);
        code = `${prefix}${pad(n, 3)}`;
      } else {
        const n = (station.get(prefix) ?? 0) + 1;
        station.set(prefix, n);
        code = `${prefix}C${pad(n, 2)}`;
      }
    } while (reserved.has(code));
    const ward = rng.pick(g.wards);
    writer.facility([
      code,
      name,
      foldKey(name),
      g.province.code,
      ward.code,
      streetAddress(rng, ward.name, g.province.name, ward.kind === 'phuong'),
      level,
      bhyt,
      sick,
    ]);
    all++;
    if (bhyt === 1) contracted.push(code);
  };

  const mainPrefix = g.legacy.find((l) => l.code === g.province.code)?.code ?? g.legacy[0]?.code ?? g.province.code;
  if (g.province.code === '01' || g.province.code === '79') {
    for (const n of ['Bệnh viện Trung ương số 1', 'Bệnh viện Trung ương số 2'])
      add(mainPrefix, 'hospital', `${n} ${g.province.shortName}`, 'central', 1, 1);
  }
  add(mainPrefix, 'hospital', `Bệnh viện Đa khoa ${g.province.name}`, 'province', 1, 1);
  add(mainPrefix, 'hospital', `Bệnh viện Sản Nhi ${g.province.name}`, 'province', 1, 1);
  for (const l of g.legacy) {
    const old = l.name.replace(/^(Tỉnh|Thành phố) /, '');
    add(l.code, 'hospital', `Bệnh viện Đa khoa khu vực ${old}`, 'district', 1, 1);
    add(l.code, 'hospital', `Trung tâm Y tế khu vực ${old} ${rng.int(1, 3)}`, 'district', 1, 1);
    add(l.code, 'hospital', `Phòng khám Đa khoa ${rng.pick(BRANDS)}`, 'private', rng.chance(0.7) ? 1 : 0, rng.chance(0.5) ? 1 : 0);
    for (let i = 0; i < 4; i++) {
      const ward = rng.pick(g.wards);
      add(l.code, 'station', `Trạm Y tế ${ward.name}`, 'commune', 1, 0);
    }
  }
  return { all, contracted };
}

function generateCollectionPoints(rng: Rng, g: ProvinceGeo, writer: PopulationWriter): number {
  const count = 6 + Math.round(g.wards.length / 25);
  const family = FAMILY_NAMES.map(([f]) => f);
  for (let i = 0; i < count; i++) {
    const ward = rng.pick(g.wards);
    const agent = rng.chance(0.5);
    const name = agent ? `Đại lý thu BHXH, BHYT ${rng.pick(family)} Thị ${rng.pick(FEMALE_GIVEN_NAMES)}` : `Điểm thu Bưu điện ${ward.name}`;
    writer.collectionPoint([
      name,
      foldKey(name),
      agent ? 'dai-ly' : 'diem-thu',
      g.province.code,
      ward.code,
      streetAddress(rng, ward.name, g.province.name, ward.kind === 'phuong'),
      agent ? mobile(rng) : landline(rng),
    ]);
  }
  return count;
}
