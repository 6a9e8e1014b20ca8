/**
 * `npm run bench [-- --persons N --quick]`: speed and size targets, measured against baselines in
 * the same run (never as timed assertions in tests). Prints a table and writes bench-results/bench.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCodes } from './bench-codes';
import { benchSeedAndLookup } from './bench-data';
import { benchReceipts } from './bench-receipts';
import { extraBenches } from './extra-benches';
import { benchStartup } from './startup-bench';

export interface BenchRow {
  readonly area: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** Human-readable target, e.g. "< 10 ms"; empty when the row is informational. */
  readonly target: string;
  /** null when the row has no target. */
  readonly met: boolean | null;
}

const row = (area: string, metric: string, value: number, unit: string, target = '', met: boolean | null = null): BenchRow => ({
  area,
  metric,
  value: Math.round(value * 1000) / 1000,
  unit,
  target,
  met,
});

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const persons = arg('persons', quick ? 20_000 : 1_000_000);
  const rows: BenchRow[] = [];
  const log = (s: string) => process.stderr.write(s + '\n');

  log('timing host start-up, built against tsx…');
  for (const r of await benchStartup(quick ? 3 : 7, log)) {
    const built = r.runtime === 'built';
    const name = built ? 'built host' : 'tsx host (baseline)';
    rows.push(
      row(
        'start-up',
        `${name}: start → KIOSK_HOST_READY p50`,
        r.readyMsP50,
        'ms',
        built ? '< 1000 ms' : '',
        built ? r.readyMsP50 < 1000 : null,
      ),
    );
    rows.push(
      row(
        'start-up',
        `${name}: restart → home interactive in the kiosk's tab p50`,
        r.interactiveMsP50,
        'ms',
        built ? '< 1500 ms' : '',
        built ? r.interactiveMsP50 < 1500 : null,
      ),
    );
    rows.push(row('start-up', `${name}: start → home interactive, fresh browser profile p50`, r.coldInteractiveMsP50, 'ms', '', null));
  }
  if (process.argv.includes('--only-startup')) return printAndWrite(rows, persons, quick);

  log(`seeding ${persons} persons and timing lookups…`);
  // The seeded database is kept until the end so later benches (lookup-bench.ts) reuse it instead of seeding again.
  const benchDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-'));
  const benchDbFile = join(benchDir, 'bench.sqlite');
  const data = benchSeedAndLookup({ persons, queries: quick ? 500 : 2000, naiveSample: quick ? 20 : 3, file: benchDbFile });
  rows.push(
    row(
      'data',
      `seed ${persons} persons`,
      data.seedSeconds,
      's',
      persons >= 1_000_000 ? '< 180 s' : '',
      persons >= 1_000_000 ? data.seedSeconds < 180 : null,
    ),
  );
  rows.push(row('data', 'seed rate', data.personsPerSecond, 'persons/s'));
  rows.push(row('lookup', 'indexed p50', data.lookupP50Ms, 'ms'));
  rows.push(row('lookup', 'indexed p99', data.lookupP99Ms, 'ms', '< 10 ms', data.lookupP99Ms < 10));
  rows.push(row('lookup', 'naive scan p50 (baseline)', data.naiveP50Ms, 'ms'));
  rows.push(row('lookup', 'speed-up vs naive', data.speedup, '×', '≥ 50×', data.speedup >= 50));
  rows.push(row('lookup', 'misses', data.misses, 'queries', '= 0', data.misses === 0));

  log('scanned codes…');
  const codes = benchCodes(quick ? 5_000 : 50_000);
  rows.push(row('reader', 'report decode + parse', codes.codesPerSecond, 'codes/s'));

  log('receipts…');
  const r = benchReceipts();
  rows.push(row('printer', 'raster receipt encode', r.rasterMs, 'ms'));
  rows.push(row('printer', 'raster receipt size', r.rasterBytes, 'bytes'));
  rows.push(row('printer', 'code-page receipt encode', r.codepageMs, 'ms'));
  rows.push(row('printer', 'code-page receipt size', r.codepageBytes, 'bytes'));
  rows.push(row('printer', 'raster receipt via HID 64-byte reports', r.hid10kMs, 'ms'));

  try {
    rows.push(...(await extraBenches({ quick, persons, log, benchDbFile })));
  } finally {
    rmSync(benchDir, { recursive: true, force: true });
  }

  printAndWrite(rows, persons, quick);
}

function printAndWrite(rows: readonly BenchRow[], persons: number, quick: boolean): void {
  const w = [8, 46, 14, 10, 10, 5];
  const line = (c: string[]) => c.map((s, i) => s.padEnd(w[i] ?? 10)).join(' | ');
  console.log(line(['area', 'metric', 'value', 'unit', 'target', 'met']));
  console.log(w.map((n) => '-'.repeat(n)).join('-|-'));
  for (const x of rows)
    console.log(line([x.area, x.metric, String(x.value), x.unit, x.target, x.met === null ? '' : x.met ? 'yes' : 'NO']));
  mkdirSync('bench-results', { recursive: true });
  const file = join('bench-results', 'bench.json');
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, persons, quick, rows }, null, 2));
  console.log(`\nwritten ${file}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
