/**
 * Issue #4 quality bar at the service level, on the bench database run-bench.ts seeded (1,000,000 persons without
 * --quick): p99 of every lookup kind (target < 10 ms) and of opening the personal records of people with 30 years
 * of history (target < 50 ms: the repository read plus every records view the screens build).
 * Queries are drawn from the data itself with a fixed seed, so each one has an answer to find.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng } from '../../main/data/prng';
import { seedDatabase } from '../../main/data/seed-database';
import { openDatabase } from '../../main/db/open-database';
import type { Database } from '../../main/db/open-database';
import { createSqlitePersonRepository } from '../../main/db/repositories/sqlite-person-repository';
import { createSqlitePublicDirectoryRepository } from '../../main/db/repositories/sqlite-public-directory-repository';
import { createSqliteReferenceRepository } from '../../main/db/repositories/sqlite-reference-repository';
import { createLookupService } from '../../main/services/lookup/lookup-service';
import { createPublicDirectoryService } from '../../main/services/public/public-directory-service';
import { benefitsView, cardView, participationView, profileView, visitsView } from '../../main/services/records/records-views';
import type { BenchRow } from './run-bench';

const LOOKUP_TARGET_MS = 10;
const RECORDS_TARGET_MS = 50;
/** The first page a screen asks for. */
const PAGE = { offset: 0, limit: 20 } as const;

export interface LookupBenchContext {
  readonly quick: boolean;
  readonly persons: number;
  readonly log: (s: string) => void;
  /** The database run-bench.ts already seeded; without it a small one is seeded here. */
  readonly benchDbFile?: string;
}

export function lookupBenchRows(ctx: LookupBenchContext): BenchRow[] {
  const own = ctx.benchDbFile === undefined ? mkdtempSync(join(tmpdir(), 'kiosk-lookup-bench-')) : null;
  const file = ctx.benchDbFile ?? join(own ?? tmpdir(), 'bench.sqlite');
  const db = openDatabase(file);
  try {
    if (own !== null) seedDatabase(db, { persons: ctx.quick ? 20_000 : ctx.persons, seed: 1, replace: true });
    return measure(db, ctx);
  } finally {
    db.close();
    if (own !== null) rmSync(own, { recursive: true, force: true });
  }
}

function measure(db: Database, ctx: LookupBenchContext): BenchRow[] {
  const n = ctx.quick ? 300 : 2_000;
  const rng = createRng(7);
  const persons = createSqlitePersonRepository(db);
  const lookup = createLookupService(persons);
  const directory = createPublicDirectoryService(createSqlitePublicDirectoryRepository(db), createSqliteReferenceRepository(db));
  const population = (db.prepare('SELECT COUNT(*) AS n FROM persons').get() as { n: number }).n;
  ctx.log(`lookup bench on ${population} persons…`);

  const maxId = (db.prepare('SELECT MAX(id) AS m FROM persons').get() as { m: number }).m;
  const pickPerson = db.prepare<
    [number],
    { full_name: string; date_of_birth: string; province_code: string | null; id_number: string | null }
  >('SELECT full_name, date_of_birth, province_code, id_number FROM persons WHERE id >= ? ORDER BY id LIMIT 1');
  const people = Array.from({ length: n }, () => pickPerson.get(rng.int(1, maxId))).filter((p) => p !== undefined);
  const withId = people.filter((p) => p.id_number !== null);
  const provinces = (db.prepare('SELECT code FROM provinces ORDER BY code').all() as { code: string }[]).map((r) => r.code);
  const sample = <T>(xs: readonly T[]): T => {
    const x = xs[rng.int(0, xs.length - 1)];
    if (x === undefined) throw new Error('empty sample');
    return x;
  };
  const column = (sql: string): string[] => (db.prepare(sql).all() as { v: string }[]).map((r) => r.v);
  const wards = db.prepare('SELECT province_code AS p, ward_code AS w FROM offices WHERE ward_code IS NOT NULL').all() as {
    p: string;
    w: string;
  }[];
  const pointWards = db
    .prepare('SELECT DISTINCT province_code AS p, ward_code AS w FROM collection_points WHERE ward_code IS NOT NULL LIMIT 2000')
    .all() as { p: string; w: string }[];
  /** A word from the middle of real names, as a citizen would type part of one. */
  const words = (sql: string): string[] =>
    column(sql)
      .flatMap((name) => name.split(/\s+/).filter((w) => w.length >= 4))
      .slice(0, 5_000);
  const facilityWords = words('SELECT name AS v FROM facilities LIMIT 2000');
  const employerWords = words('SELECT name AS v FROM employers LIMIT 2000');
  const facilityCodes = column('SELECT code AS v FROM facilities LIMIT 2000');

  const kinds: { readonly metric: string; readonly run: (i: number) => unknown }[] = [
    {
      metric: 'mã số BHXH by name + dob',
      run: (i) => {
        const p = people[i % people.length];
        return p && lookup.lookupInsuranceNumber({ fullName: p.full_name, dateOfBirth: p.date_of_birth });
      },
    },
    {
      metric: 'mã số BHXH by name + dob + province',
      run: (i) => {
        const p = people[i % people.length];
        return (
          p &&
          lookup.lookupInsuranceNumber({
            fullName: p.full_name,
            dateOfBirth: p.date_of_birth,
            ...(p.province_code ? { provinceCode: p.province_code } : {}),
          })
        );
      },
    },
    {
      metric: 'mã số BHXH by name + dob + CCCD',
      run: (i) => {
        const p = withId[i % Math.max(1, withId.length)];
        return p && lookup.lookupInsuranceNumber({ fullName: p.full_name, dateOfBirth: p.date_of_birth, idNumber: p.id_number ?? '' });
      },
    },
    {
      metric: 'mã số BHXH by scanned CCCD',
      run: (i) => {
        const p = withId[i % Math.max(1, withId.length)];
        return p && lookup.lookupByIdNumber(p.id_number ?? '');
      },
    },
    { metric: 'offices by province', run: () => directory.searchOffices({ ...PAGE, provinceCode: sample(provinces) }) },
    {
      metric: 'offices by province + ward',
      run: () => {
        const w = wards.length > 0 ? sample(wards) : { p: sample(provinces), w: '00001' };
        return directory.searchOffices({ ...PAGE, provinceCode: w.p, wardCode: w.w });
      },
    },
    { metric: 'facilities by province', run: () => directory.searchFacilities({ ...PAGE, list: 'bhyt', provinceCode: sample(provinces) }) },
    { metric: 'facilities by name', run: () => directory.searchFacilities({ ...PAGE, list: 'bhyt', text: sample(facilityWords) }) },
    {
      metric: 'facilities by province + name',
      run: () => directory.searchFacilities({ ...PAGE, list: 'sick-leave', provinceCode: sample(provinces), text: sample(facilityWords) }),
    },
    { metric: 'facilities by code', run: () => directory.searchFacilities({ ...PAGE, list: 'bhyt', code: sample(facilityCodes) }) },
    { metric: 'employers by province', run: () => directory.searchEmployers({ ...PAGE, provinceCode: sample(provinces) }) },
    {
      metric: 'employers by province + name',
      run: () => directory.searchEmployers({ ...PAGE, provinceCode: sample(provinces), text: sample(employerWords) }),
    },
    { metric: 'employers by name', run: () => directory.searchEmployers({ ...PAGE, text: sample(employerWords) }) },
    { metric: 'collection points by province', run: () => directory.searchCollectionPoints({ ...PAGE, provinceCode: sample(provinces) }) },
    {
      metric: 'collection points by province + ward',
      run: () => {
        const w = pointWards.length > 0 ? sample(pointWards) : { p: sample(provinces), w: '00001' };
        return directory.searchCollectionPoints({ ...PAGE, provinceCode: w.p, wardCode: w.w });
      },
    },
  ];

  const rows: BenchRow[] = [];
  for (const k of kinds) {
    for (let i = 0; i < 20; i++) k.run(i); // warm the statement cache and pages
    const times = Array.from({ length: n }, (_, i) => timed(() => k.run(i)));
    const p99 = percentile(times, 99);
    rows.push({
      area: 'lookup',
      metric: `${k.metric} p99`,
      value: round(p99),
      unit: 'ms',
      target: `< ${LOOKUP_TARGET_MS} ms`,
      met: p99 < LOOKUP_TARGET_MS,
    });
  }

  // People whose history starts 30 years or more before its last period: the heaviest records screens. "Open" is
  // the one read of the records plus the views built from the history (profile, participation, benefits, visits).
  ctx.log('records of 30-year persons…');
  const longHistory = (
    db
      .prepare(
        `SELECT person_id AS id FROM participation GROUP BY person_id
         HAVING CAST(substr(MAX(COALESCE(to_month, from_month)), 1, 4) AS INTEGER) - CAST(substr(MIN(from_month), 1, 4) AS INTEGER) >= 30
         LIMIT 200`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
  const now = new Date();
  const openRecords = (id: number): void => {
    const r = persons.getPersonRecords(id);
    if (r === undefined) throw new Error('person vanished');
    profileView(r);
    participationView(r, {}, now);
    benefitsView(r);
    visitsView(r, undefined);
  };
  if (longHistory.length === 0) {
    rows.push({ area: 'records', metric: 'open 30-year records p99', value: 0, unit: 'ms', target: 'no 30-year person seeded', met: null });
    return rows;
  }
  for (const id of longHistory.slice(0, 20)) openRecords(id);
  const recTimes = Array.from({ length: ctx.quick ? 300 : 1_000 }, (_, i) => {
    const id = longHistory[i % longHistory.length] ?? 0;
    return timed(() => openRecords(id));
  });
  const recP99 = percentile(recTimes, 99);
  // The BHYT card screen draws the QR: its cost does not grow with the history, so it is reported on its own.
  const cardTimes = longHistory.map((id) => {
    const r = persons.getPersonRecords(id);
    return r === undefined ? 0 : timed(() => cardView(r, now));
  });
  rows.push({ area: 'records', metric: 'card view (QR) p99', value: round(percentile(cardTimes, 99)), unit: 'ms', target: '', met: null });
  rows.push({ area: 'records', metric: '30-year persons sampled', value: longHistory.length, unit: 'persons', target: '', met: null });
  rows.push({
    area: 'records',
    metric: 'open 30-year records p99',
    value: round(recP99),
    unit: 'ms',
    target: `< ${RECORDS_TARGET_MS} ms`,
    met: recP99 < RECORDS_TARGET_MS,
  });
  return rows;
}

function timed(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

const round = (x: number) => Math.round(x * 100) / 100;
