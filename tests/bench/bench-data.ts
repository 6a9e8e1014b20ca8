/**
 * Seed-and-lookup benchmark: seeds a temporary database file, then times indexed lookups against the
 * naive full-scan lookup on a sample of the same queries (the naive scan takes seconds per query on
 * large populations, so it runs on at most `naiveSample` queries).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/open-database';
import { createSqlitePersonRepository } from '../../main/db/repositories/sqlite-person-repository';
import { MAX_MATCHES, createLookupService } from '../../main/services/lookup/lookup-service';
import { naiveLookup } from './naive-lookup';
import { createRng } from '../../main/data/prng';
import { seedDatabase } from '../../main/data/seed-database';

export interface BenchOptions {
  readonly persons: number;
  readonly queries: number;
  readonly seed?: number;
  /** Queries also run through the naive scan (naive-lookup.ts) (default min(queries, 3): about 10 s each on 1M people). */
  readonly naiveSample?: number;
  /** Keep the database here instead of a deleted temporary folder. */
  readonly file?: string;
}

export interface BenchResult {
  readonly seedSeconds: number;
  readonly personsPerSecond: number;
  readonly lookupP50Ms: number;
  readonly lookupP99Ms: number;
  readonly naiveP50Ms: number;
  /** naiveP50Ms / lookupP50Ms. */
  readonly speedup: number;
  /** Indexed lookups that did not find the person queried, other than full ambiguous pages (should be 0). */
  readonly misses: number;
}

export function benchSeedAndLookup(options: BenchOptions): BenchResult {
  const dir = options.file ? null : mkdtempSync(join(tmpdir(), 'kiosk-bench-'));
  const file = options.file ?? join(dir ?? tmpdir(), 'bench.sqlite');
  const db = openDatabase(file);
  try {
    const report = seedDatabase(db, { persons: options.persons, seed: options.seed ?? 1, replace: true });
    const repo = createSqlitePersonRepository(db);
    const lookup = createLookupService(repo);
    const maxId = (db.prepare('SELECT MAX(id) AS m FROM persons').get() as { m: number }).m;
    const rng = createRng(options.seed ?? 1);
    const pick = db.prepare<[number], { full_name: string; date_of_birth: string; insurance_number: string }>(
      'SELECT full_name, date_of_birth, insurance_number FROM persons WHERE id >= ? ORDER BY id LIMIT 1',
    );
    const queries = Array.from({ length: options.queries }, () => {
      const row = pick.get(rng.int(1, maxId));
      if (!row) throw new Error('no person to query');
      // Query without diacritics, as a citizen typing "không dấu" would.
      return {
        fullName: row.full_name
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D'),
        dateOfBirth: row.date_of_birth,
        expected: row.insurance_number,
      };
    });

    let misses = 0;
    const times = queries.map((q) => {
      const t0 = performance.now();
      const r = lookup.lookupInsuranceNumber({ fullName: q.fullName, dateOfBirth: q.dateOfBirth });
      const t = performance.now() - t0;
      // A full page of ambiguous matches may legitimately omit the person (e.g. a year-only birth date).
      const truncated = r.status === 'ambiguous' && r.matches.length === MAX_MATCHES;
      if (!truncated && !r.matches.some((m) => m.insuranceNumber === q.expected)) misses++;
      return t;
    });
    const naiveTimes = queries.slice(0, options.naiveSample ?? Math.min(options.queries, 3)).map((q) => {
      const t0 = performance.now();
      naiveLookup(repo, { fullName: q.fullName, dateOfBirth: q.dateOfBirth });
      return performance.now() - t0;
    });
    const lookupP50Ms = percentile(times, 50);
    const naiveP50Ms = percentile(naiveTimes, 50);
    return {
      seedSeconds: report.seconds,
      personsPerSecond: report.persons / Math.max(report.seconds, 1e-6),
      lookupP50Ms,
      lookupP99Ms: percentile(times, 99),
      naiveP50Ms,
      speedup: naiveP50Ms / Math.max(lookupP50Ms, 1e-6),
      misses,
    };
  } finally {
    db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}
