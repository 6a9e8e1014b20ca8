/**
 * Fills a migrated database with reference data, the demo persons and a synthetic population.
 *
 * Bulk-load settings used only while seeding, restored afterwards:
 * - synchronous=OFF: no fsync per batch commit; a crash mid-seed means "seed again with --replace".
 * - foreign_keys=OFF: the generator creates children strictly after their parents; checking each row costs time.
 * - cache_size 256 MiB, temp_store=MEMORY: keeps the unique-index B-trees (mã số, CCCD) in memory.
 * - the name lookup and old-ID indexes are dropped and rebuilt after the load: one sort instead of a million
 *   random B-tree inserts.
 * Each batch of people (10,000) is one transaction with prepared statements.
 */
import type { Database } from '../db/open-database';
import { PERSON_NAME_INDEX_SQL, PERSON_OLD_ID_INDEX_SQL } from '../db/migrations/0002-persons';
import { foldKey } from '../domain/text/vi-text';
import { DEMO_EMPLOYERS, DEMO_FACILITIES, DEMO_PERSONS } from './demo-persons';
import { generatePlaces } from './generate-places';
import { generatePopulation } from './generate-population';
import { loadGeography } from './geography';
import { loadReferenceData } from './load-reference-data';
import { type PopulationWriter, createPopulationWriter } from './population-writer';

export interface SeedOptions {
  /** Synthetic people, not counting the demo persons. */
  readonly persons: number;
  readonly seed: number;
  readonly onProgress?: (done: number) => void;
  /** Delete existing people and generated places first. Without it, a database with people is refused. */
  readonly replace?: boolean;
}

export interface SeedReport {
  readonly persons: number;
  readonly demoPersons: number;
  readonly cards: number;
  readonly participation: number;
  readonly benefits: number;
  readonly visits: number;
  readonly employers: number;
  readonly offices: number;
  readonly facilities: number;
  readonly collectionPoints: number;
  readonly provinces: number;
  readonly wards: number;
  readonly seconds: number;
}

export class SeedRefusedError extends Error {
  constructor(readonly existingPersons: number) {
    super(`The database already holds ${existingPersons} persons; refusing to seed over them (use replace to start again).`);
    this.name = 'SeedRefusedError';
  }
}

/** People in the first-run demo population. */
export const DEMO_POPULATION_SIZE = 2000;
export const DEMO_SEED = 20250701;

const GENERATED_TABLES = [
  'medical_visits',
  'benefits',
  'participation',
  'bhyt_cards',
  'persons',
  'employers',
  'facilities',
  'offices',
  'collection_points',
] as const;

export function countPersons(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM persons').get() as { n: number }).n;
}

export function seedDatabase(db: Database, options: SeedOptions): SeedReport {
  if (!Number.isInteger(options.persons) || options.persons < 0) throw new RangeError('persons must be a non-negative integer');
  if (!Number.isInteger(options.seed)) throw new RangeError('seed must be an integer');
  const started = performance.now();
  const existing = countPersons(db);
  if (existing > 0 && options.replace !== true) throw new SeedRefusedError(existing);
  if (options.replace === true) {
    db.transaction(() => {
      for (const t of GENERATED_TABLES) db.exec(`DELETE FROM ${t}`);
    })();
  }

  const reference = loadReferenceData(db);
  const geo = loadGeography();
  const restore = enterBulkMode(db);
  try {
    const writer = createPopulationWriter(db);
    db.transaction(() => insertDemoData(db, writer))();
    const employers = Math.max(50, Math.round(options.persons / 50));
    const places = db.transaction(() =>
      generatePlaces(geo, writer, { seed: options.seed, employers, reservedFacilityCodes: new Set(DEMO_FACILITIES.map((f) => f.code)) }),
    )();
    const onBatch = options.onProgress;
    const population = generatePopulation(geo, places.index, writer, (fn) => db.transaction(fn)(), {
      persons: options.persons,
      seed: options.seed,
      ...(onBatch ? { onBatch } : {}),
    });
    const demo = demoCounts();
    return {
      persons: population.persons,
      demoPersons: DEMO_PERSONS.length,
      cards: population.cards + demo.cards,
      participation: population.participation + demo.participation,
      benefits: population.benefits + demo.benefits,
      visits: population.visits + demo.visits,
      employers: places.report.employers + DEMO_EMPLOYERS.length,
      offices: places.report.offices,
      facilities: places.report.facilities + DEMO_FACILITIES.length,
      collectionPoints: places.report.collectionPoints,
      provinces: reference.provinces,
      wards: reference.wards,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    restore();
  }
}

/** First start: an empty database gets reference data, the demo persons and a small population. */
export function ensureDemoData(db: Database, options: { persons?: number; seed?: number } = {}): SeedReport | null {
  if (countPersons(db) > 0) return null;
  return seedDatabase(db, { persons: options.persons ?? DEMO_POPULATION_SIZE, seed: options.seed ?? DEMO_SEED });
}

function enterBulkMode(db: Database): () => void {
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('temp_store = MEMORY');
  db.exec('DROP INDEX IF EXISTS persons_by_name_dob; DROP INDEX IF EXISTS persons_by_old_id;');
  return () => {
    db.exec(`${PERSON_NAME_INDEX_SQL}; ${PERSON_OLD_ID_INDEX_SQL};`);
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE');
    db.pragma(`synchronous = ${Math.trunc(synchronous)}`);
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    db.pragma(`cache_size = ${Math.trunc(cacheSize)}`);
    db.pragma(`temp_store = ${Math.trunc(tempStore)}`);
    // Fold the write-ahead log back into the main file so the WAL does not stay at seed size.
    if (db.pragma('journal_mode', { simple: true }) === 'wal') db.pragma('wal_checkpoint(TRUNCATE)');
  };
}

function demoCounts() {
  return {
    cards: DEMO_PERSONS.reduce((s, p) => s + p.cards.length, 0),
    participation: DEMO_PERSONS.reduce((s, p) => s + p.participation.length, 0),
    benefits: DEMO_PERSONS.reduce((s, p) => s + p.benefits.length, 0),
    visits: DEMO_PERSONS.reduce((s, p) => s + p.visits.length, 0),
  };
}

function insertDemoData(db: Database, w: PopulationWriter): void {
  const wardName = db.prepare('SELECT name FROM wards WHERE code = ?').pluck();
  for (const f of DEMO_FACILITIES) {
    w.facility([f.code, f.name, foldKey(f.name), f.provinceCode, f.wardCode, f.address, f.level, 1, 1]);
  }
  for (const e of DEMO_EMPLOYERS) w.employer([e.id, e.code, e.name, foldKey(e.name), e.provinceCode, e.address]);
  for (const p of DEMO_PERSONS) {
    if (wardName.get(p.wardCode) === undefined) throw new Error(`Demo person ${p.id}: unknown ward ${p.wardCode}`);
    w.person([
      p.id,
      p.insuranceNumber,
      p.idNumber,
      p.oldIdNumber,
      p.fullName,
      foldKey(p.fullName),
      p.dateOfBirth,
      p.gender,
      p.phone,
      p.email,
      p.provinceCode,
      p.wardCode,
      p.address,
      p.birthProvinceCode,
    ]);
    for (const c of p.cards) {
      w.card([
        p.id,
        c.cardCode,
        c.objectCode,
        c.benefitCode,
        c.livingAreaCode,
        c.facilityCode,
        c.validFrom,
        c.validTo,
        c.fiveYearsFrom,
        c.issuedBy,
        c.issueDate,
        c.qrPayload,
      ]);
    }
    for (const r of p.participation) w.participation([p.id, r.scheme, r.fromMonth, r.toMonth, r.employerId, r.position, r.salaryBase]);
    for (const b of p.benefits) w.benefit([p.id, b.kind, b.fromDate, b.toDate, b.amount, b.note]);
    for (const v of p.visits) w.visit([p.id, v.visitDate, v.facilityCode, v.diagnosisGroup, v.totalCost, v.bhytPaid]);
  }
}
