/**
 * Deterministic synthetic population: people with Vietnamese names, CCCD numbers consistent with birth
 * province / century / gender / year, unique mã số BHXH, residence in the 2025 units, a BHYT card with a
 * 1666-format QR payload, and a modest history (participation periods, benefits, medical visits).
 *
 * Same seed and same count ⇒ identical rows. Dates are relative to a fixed REFERENCE_DATE, never "now".
 * Speed matters (1,000,000 people in well under 3 minutes): name parts carry precomputed folded keys and
 * hex encodings, uniqueness comes from per-bucket serial permutations instead of lookup sets, and rows
 * go straight to prepared statements.
 */
import { foldKey } from '../domain/text/vi-text';
import { hexUtf8, buildBhyt1666Payload } from './bhyt-qr';
import { DEMO_PERSONS, DEMO_RESERVED_IDS } from './demo-persons';
import type { Geography, ProvinceGeo } from './geography';
import type { PlaceIndex } from './generate-places';
import type { PopulationWriter } from './population-writer';
import { SerialPermutation, WeightedPicker, createRng, deriveSeed } from './prng';
import {
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  FEMALE_MIDDLE_NAMES,
  FEMALE_SECOND_MIDDLE,
  MALE_GIVEN_NAMES,
  MALE_MIDDLE_NAMES,
  STREET_NAMES,
  VILLAGE_NAMES,
} from './vietnamese-names';
import type { LegacyProvince } from '../db/repositories/ports';
import { LEGACY_POPULATION_WEIGHT } from './legacy-provinces';

/** "Today" for generated data: card validity, ages and history end here. */
export const REFERENCE_YEAR = 2025;
const REFERENCE_MONTH = 10;

export interface PopulationReport {
  readonly persons: number;
  readonly cards: number;
  readonly participation: number;
  readonly benefits: number;
  readonly visits: number;
}

interface NamePart {
  readonly text: string;
  readonly key: string;
  readonly hex: string;
  /** ASCII, no spaces: for e-mail addresses. */
  readonly ascii: string;
}

const part = (text: string): NamePart => {
  const key = foldKey(text);
  return { text, key, hex: hexUtf8(text), ascii: key.replace(/[^a-z]/g, '') };
};

const PHONE_PREFIXES = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '056',
  '058',
  '059',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '082',
  '083',
  '084',
  '085',
  '086',
  '088',
  '089',
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
];
const POSITIONS = [
  'Công nhân',
  'Nhân viên kinh doanh',
  'Kế toán viên',
  'Kỹ sư',
  'Lái xe',
  'Công nhân may',
  'Nhân viên văn phòng',
  'Trưởng phòng',
  'Bảo vệ',
  'Kỹ thuật viên',
  'Nhân viên bán hàng',
  'Thủ kho',
  'Chuyên viên',
  'Quản đốc',
  'Công nhân xây dựng',
  'Nhân viên phục vụ',
];
const DIAGNOSES = [
  'Bệnh hô hấp',
  'Bệnh tiêu hóa',
  'Tăng huyết áp',
  'Đái tháo đường',
  'Bệnh cơ xương khớp',
  'Khám sức khỏe định kỳ',
  'Chấn thương',
  'Bệnh răng miệng',
  'Bệnh mắt',
  'Bệnh da liễu',
  'Bệnh tim mạch',
  'Bệnh tai mũi họng',
];
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];
/** Check-field suffixes seen on real cards of different issue years (the 16 hex digits before them are placeholders). */
const CHECK_SUFFIXES = ['0101', '7102', '1202'] as const;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const SOUTH = new Set(['75', '79', '80', '82', '86', '91', '92', '96']);

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const month = (y: number, m: number) => `${y}-${pad2(m)}`;
const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 30));

/** A plausible monthly contribution base in VND for a year (grows ~8 % a year from 1995). */
function salaryFor(year: number, factor: number): number {
  return roundTo(450_000 * 1.085 ** (year - 1995) * factor, 10_000);
}

interface Counters {
  cards: number;
  participation: number;
  benefits: number;
  visits: number;
}

export interface PopulationOptions {
  readonly persons: number;
  readonly seed: number;
  /** Called after every `batchSize` people (and at the end) with the number done so far. */
  readonly onBatch?: (done: number) => void;
  readonly batchSize?: number;
}

export function generatePopulation(
  geo: Geography,
  places: PlaceIndex,
  writer: PopulationWriter,
  runBatch: (fn: () => void) => void,
  options: PopulationOptions,
): PopulationReport {
  const rng = createRng(deriveSeed(options.seed, 'population'));
  const family = new WeightedPicker(FAMILY_NAMES.map(([s, w]) => [part(s), w] as const));
  const maleMiddle = new WeightedPicker(MALE_MIDDLE_NAMES.map(([s, w]) => [part(s), w] as const));
  const femaleMiddle = new WeightedPicker(FEMALE_MIDDLE_NAMES.map(([s, w]) => [part(s), w] as const));
  const femaleSecond = FEMALE_SECOND_MIDDLE.map(part);
  const maleGiven = MALE_GIVEN_NAMES.map(part);
  const femaleGiven = FEMALE_GIVEN_NAMES.map(part);
  const birthLegacy = new WeightedPicker(geo.legacy.map((l) => [l, LEGACY_POPULATION_WEIGHT[l.cccdCode] ?? 1] as const));
  const residence = new WeightedPicker(geo.provinces.map((g) => [g, g.weight] as const));
  const birthYear = new WeightedPicker(
    Array.from({ length: 2024 - 1940 + 1 }, (_, i) => {
      const y = 1940 + i;
      return [y, y < 1955 ? 0.25 + (y - 1940) * 0.05 : y < 1975 ? 1.2 : 1.6] as const;
    }),
  );
  const wardHex = new Map<string, string>();

  const demoIds = new Set<string>(DEMO_PERSONS.flatMap((p) => [p.idNumber, p.oldIdNumber ?? ''].filter(Boolean)));
  const demoNameDob = new Set(
    DEMO_PERSONS.flatMap((p) => [`${foldKey(p.fullName)}|${p.dateOfBirth}`, `${foldKey(p.fullName)}|${p.dateOfBirth.slice(0, 4)}`]),
  );
  const demoInsurance = new Set(DEMO_PERSONS.map((p) => p.insuranceNumber));
  // Strides coprime with 10: the serials of a bucket walk the whole space without repeating.
  const cccdSerial = new SerialPermutation(6, 367_891, deriveSeed(options.seed, 'cccd'));
  const insuranceSerial = new SerialPermutation(10, 4_827_190_373, deriveSeed(options.seed, 'bhxh'));
  const cmndSerial = new SerialPermutation(9, 741_592_653, deriveSeed(options.seed, 'cmnd'));
  const counters: Counters = { cards: 0, participation: 0, benefits: 0, visits: 0 };

  const batchSize = options.batchSize ?? 10_000;
  const firstId = DEMO_RESERVED_IDS + 1;
  let done = 0;
  while (done < options.persons) {
    const end = Math.min(options.persons, done + batchSize);
    runBatch(() => {
      for (let i = done; i < end; i++) generateOne(firstId + i);
    });
    done = end;
    options.onBatch?.(done);
  }
  return { persons: options.persons, ...counters };

  function generateOne(id: number): void {
    const male = rng.chance(0.5);
    const fam = family.pick(rng);
    const mid = (male ? maleMiddle : femaleMiddle).pick(rng);
    const second = !male && rng.chance(0.18) ? rng.pick(femaleSecond) : null;
    let given = rng.pick(male ? maleGiven : femaleGiven);
    const parts = second ? [fam, mid, second, given] : [fam, mid, given];
    const year = birthYear.pick(rng);
    const m = rng.int(1, 12);
    const d = rng.int(1, daysIn(year, m));
    const yearOnly = year < 1960 && rng.chance(0.01);
    const dob = yearOnly ? String(year) : `${year}-${pad2(m)}-${pad2(d)}`;
    // Never a namesake of a demo person with the same birth date: demo lookups must stay unambiguous.
    while (
      demoNameDob.has(`${parts.map((p) => p.key).join(' ')}|${dob}`) ||
      demoNameDob.has(`${parts.map((p) => p.key).join(' ')}|${year}`)
    ) {
      given = rng.pick(male ? maleGiven : femaleGiven);
      parts[parts.length - 1] = given;
    }
    const fullName = parts.map((p) => p.text).join(' ');
    const nameKey = parts.map((p) => p.key).join(' ');
    const nameHex = parts.map((p) => p.hex).join('20');
    const age = REFERENCE_YEAR - year - (m > REFERENCE_MONTH ? 1 : 0);

    const born: LegacyProvince = birthLegacy.pick(rng);
    const home: ProvinceGeo = rng.chance(0.75) ? (geo.byCode.get(born.newProvinceCode) ?? residence.pick(rng)) : residence.pick(rng);
    const ward = rng.pick(home.wards);
    const provinceName = home.province.name;

    // CCCD: birth province (3) + century/gender (1) + year (2) + serial (6).
    const centuryGender = (year >= 2000 ? 2 : 0) + (male ? 0 : 1);
    const idPrefix = `${born.cccdCode}${centuryGender}${String(year % 100).padStart(2, '0')}`;
    let idNumber: string;
    do idNumber = idPrefix + String(cccdSerial.next(idPrefix)).padStart(6, '0');
    while (demoIds.has(idNumber));

    let oldId: string | null = null;
    if (year < 2000 && rng.chance(0.35)) {
      do oldId = String(cmndSerial.next('cmnd')).padStart(9, '0');
      while (demoIds.has(oldId));
    }

    // Mã số BHXH: 10 digits with no province in them (real numbers carry none); the issuing province only
    // prefixes the card's management code.
    const issuing = home.province.code === born.newProvinceCode ? born.code : rng.pick(home.legacy).code;
    let insuranceNumber: string;
    do insuranceNumber = String(insuranceSerial.next('bhxh')).padStart(10, '0');
    while (demoInsurance.has(insuranceNumber));

    const phone = age >= 14 && rng.chance(0.93) ? rng.pick(PHONE_PREFIXES) + String(rng.int(0, 9_999_999)).padStart(7, '0') : null;
    const email =
      age >= 16 && age <= 65 && rng.chance(0.2) ? `${given.ascii}.${fam.ascii}${rng.int(1, 9999)}@${rng.pick(EMAIL_DOMAINS)}` : null;
    const urban = ward.kind === 'phuong';
    const address = urban
      ? `Số ${rng.int(1, 400)} ${rng.pick(STREET_NAMES)}, ${ward.name}, ${provinceName}`
      : `${SOUTH.has(home.province.code) ? 'Ấp' : rng.chance(0.5) ? 'Thôn' : 'Xóm'} ${rng.chance(0.5) ? rng.int(1, 12) : rng.pick(VILLAGE_NAMES)}, ${ward.name}, ${provinceName}`;

    writer.person([
      id,
      insuranceNumber,
      idNumber,
      oldId,
      fullName,
      nameKey,
      dob,
      male ? 'male' : 'female',
      phone,
      email,
      home.province.code,
      ward.code,
      address,
      born.cccdCode,
    ]);

    // ---- history ----
    const facilities = places.contractedFacilities.get(home.province.code) ?? [];
    const employers = places.employersByProvince.get(home.province.code) ?? places.allEmployerIds;
    let workStart: number | null = null; // year continuous participation began
    let ongoing = false;
    let retired = false;
    let lastSalary = 0;
    if (age >= 18 && rng.chance(age > 60 ? 0.45 : 0.55)) {
      const factor = 0.9 + rng.next() * 2.6;
      let y = Math.max(1995, year + rng.int(18, 28));
      const retireYear = year + (male ? 61 : 57);
      const endLimit = Math.min(REFERENCE_YEAR, retireYear);
      if (y <= endLimit) {
        workStart = y;
        let mo = rng.int(1, 12);
        const spells = rng.int(1, 3);
        for (let s = 0; s < spells && y <= endLimit; s++) {
          const last = s === spells - 1;
          const employer = rng.chance(0.85) && employers.length > 0 ? rng.pick(employers) : rng.pick(places.allEmployerIds);
          const position = rng.pick(POSITIONS);
          let toY: number;
          let toM: number;
          let open = false;
          if (last) {
            if (retireYear <= REFERENCE_YEAR) {
              toY = retireYear;
              toM = rng.int(1, 12);
              retired = true;
            } else if (rng.chance(0.75)) {
              open = true;
              toY = REFERENCE_YEAR;
              toM = REFERENCE_MONTH;
            } else {
              toY = rng.int(y, REFERENCE_YEAR);
              toM = rng.int(1, 12);
            }
          } else {
            toY = Math.min(endLimit, y + rng.int(1, 10));
            toM = rng.int(1, 12);
          }
          if (toY === y && toM < mo) toM = mo;
          const salary = salaryFor(y, factor);
          lastSalary = salaryFor(toY, factor);
          const from = month(y, mo);
          const to = open ? null : month(toY, toM);
          writer.participation([id, 'bhxh', from, to, employer, position, salary]);
          writer.participation([id, 'bhyt', from, to, employer, position, null]);
          counters.participation += 2;
          if (toY >= 2009) {
            writer.participation([id, 'bhtn', y >= 2009 ? from : '2009-01', to, employer, position, salary]);
            counters.participation++;
          }
          ongoing = open;
          // Next spell starts after this one, sometimes with a gap.
          y = toY + (toM === 12 ? 1 : 0) + rng.int(0, 1);
          mo = toM === 12 ? 1 : toM + 1;
        }
        const years = (retired ? year + (male ? 61 : 57) : REFERENCE_YEAR) - workStart;
        if (retired) {
          const from = `${year + (male ? 61 : 57)}-${pad2(rng.int(1, 12))}-01`;
          if (years >= 20) {
            writer.benefit([
              id,
              'monthly-pension',
              from,
              null,
              roundTo(lastSalary * (0.45 + Math.min(0.3, (years - 20) * 0.02)), 1000),
              null,
            ]);
          } else {
            writer.benefit([id, 'one-time', from, from, roundTo(lastSalary * 1.5 * years, 1000), 'BHXH một lần']);
          }
          counters.benefits++;
        } else if (!ongoing && rng.chance(0.1)) {
          const y2 = Math.min(REFERENCE_YEAR, Math.max(2010, workStart + rng.int(1, 15)));
          writer.benefit([
            id,
            'unemployment',
            `${y2}-${pad2(rng.int(1, 6))}-01`,
            `${y2}-${pad2(rng.int(7, 12))}-28`,
            roundTo(lastSalary * 0.6 * 4, 1000),
            'Trợ cấp thất nghiệp',
          ]);
          counters.benefits++;
        }
        if (rng.chance(0.08)) {
          const y2 = rng.int(workStart, Math.min(REFERENCE_YEAR, workStart + 20));
          const m2 = rng.int(1, 12);
          const days = rng.int(2, 10);
          writer.benefit([
            id,
            'sickness',
            `${y2}-${pad2(m2)}-05`,
            `${y2}-${pad2(m2)}-${pad2(5 + days)}`,
            roundTo((lastSalary * 0.75 * days) / 24, 1000),
            null,
          ]);
          counters.benefits++;
        }
        if (!male && year + 22 <= REFERENCE_YEAR && rng.chance(0.15)) {
          const y2 = Math.max(workStart, year + rng.int(22, 35));
          if (y2 < REFERENCE_YEAR) {
            const m2 = rng.int(1, 6);
            writer.benefit([
              id,
              'maternity',
              `${y2}-${pad2(m2)}-10`,
              `${y2}-${pad2(m2 + 6)}-09`,
              roundTo(lastSalary * 6 + 4_680_000, 1000),
              null,
            ]);
            counters.benefits++;
            if (rng.chance(0.3)) {
              writer.benefit([
                id,
                'convalescence',
                `${y2}-${pad2(m2 + 6)}-15`,
                `${y2}-${pad2(m2 + 6)}-19`,
                2_340_000,
                'Dưỡng sức sau thai sản',
              ]);
              counters.benefits++;
            }
          }
        }
      }
    }

    // ---- BHYT card ----
    let object: string;
    let benefit: string;
    let validTo: string | null;
    if (age < 6) {
      object = 'TE';
      benefit = '1';
      validTo = yearOnly ? `${year + 6}-12-31` : `${year + 6}-${pad2(m)}-${pad2(Math.min(d, daysIn(year + 6, m)))}`;
    } else if (ongoing) {
      object = 'DN';
      benefit = '4';
      validTo = null;
    } else if (retired) {
      object = 'HT';
      benefit = '3';
      validTo = null;
    } else if (age < 18) {
      object = 'HS';
      benefit = '4';
      validTo = `${REFERENCE_YEAR}-12-31`;
    } else if (rng.chance(0.06)) {
      object = rng.chance(0.5) ? 'HN' : 'CN';
      benefit = object === 'HN' ? '2' : '3';
      validTo = `${REFERENCE_YEAR}-12-31`;
    } else {
      object = 'GD';
      benefit = '4';
      validTo = `${REFERENCE_YEAR}-12-31`;
    }
    const facility = facilities.length > 0 ? rng.pick(facilities) : '01001';
    const validFrom = `${REFERENCE_YEAR}-01-01`;
    const issueDate = `${REFERENCE_YEAR - 1}-12-${pad2(rng.int(10, 28))}`;
    const since = workStart ?? (age < 6 ? year : null);
    const fiveYears = since === null ? null : `${since + 5}-01-01`;
    const issuedBy = `${ward.name}, ${provinceName}`;
    let issuedHex = wardHex.get(ward.code);
    if (issuedHex === undefined) wardHex.set(ward.code, (issuedHex = hexUtf8(issuedBy)));
    const qr = buildBhyt1666Payload({
      insuranceNumber,
      nameHex,
      dateOfBirth: dob,
      gender: male ? 'male' : 'female',
      facilityCode: facility,
      validFrom,
      validTo,
      issueDate,
      managementCode: `${issuing}01${insuranceNumber}`,
      benefitLevel: benefit,
      fiveYearsFrom: fiveYears,
      checksumPlaceholder: rng.u32().toString(16).padStart(8, '0') + rng.u32().toString(16).padStart(8, '0'),
      checkSuffix: rng.pick(CHECK_SUFFIXES),
      benefitDigit: benefit,
      issuedByHex: issuedHex,
    });
    writer.card([id, insuranceNumber, object, benefit, null, facility, validFrom, validTo, fiveYears, issuedBy, issueDate, qr]);
    counters.cards++;

    // ---- medical visits (last three years) ----
    const r = rng.next();
    const visits = r < 0.45 ? 0 : r < 0.75 ? 1 : r < 0.9 ? 2 : 3;
    const rate = benefit === '1' || benefit === '2' ? 1 : benefit === '3' ? 0.95 : 0.8;
    for (let v = 0; v < visits && facilities.length > 0; v++) {
      const vy = rng.int(REFERENCE_YEAR - 2, REFERENCE_YEAR);
      const vm = rng.int(1, vy === REFERENCE_YEAR ? REFERENCE_MONTH - 1 : 12);
      const cost = roundTo(100_000 + rng.next() * rng.next() * 4_000_000, 1000);
      writer.visit([
        id,
        `${vy}-${pad2(vm)}-${pad2(rng.int(1, 28))}`,
        rng.chance(0.7) ? facility : rng.pick(facilities),
        rng.pick(DIAGNOSES),
        cost,
        Math.round(cost * rate),
      ]);
      counters.visits++;
    }
  }
}
