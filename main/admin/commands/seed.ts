/**
 * `admin seed --persons N --seed S [--replace] [--data-dir DIR]`: fills DIR/kiosk.sqlite with the demo
 * persons and N synthetic people. Exit codes: 0 done, 1 failed or refused, 64 usage error.
 */
import { join } from 'node:path';
import { openDatabase } from '../../db/open-database';
import { SeedRefusedError, seedDatabase } from '../../data/seed-database';
import { type AdminCommand, type CommandIo, parseFlags } from './command';

export const DATABASE_FILE = 'kiosk.sqlite';
export const SEED_USAGE = 'usage: admin seed --persons N --seed S [--replace] [--data-dir DIR]';
const MAX_PERSONS = 20_000_000;

export interface SeedCommandContext {
  /** Default data folder; --data-dir overrides it. */
  readonly dataDir: string;
  readonly out?: (s: string) => void;
  readonly err?: (s: string) => void;
}

type Parsed =
  | { readonly kind: 'ok'; readonly persons: number; readonly seed: number; readonly replace: boolean; readonly dataDir: string | null }
  | { readonly kind: 'usage'; readonly message: string };

export function parseSeedArgs(args: readonly string[]): Parsed {
  const { flags, words } = parseFlags(args);
  const usage = (message: string): Parsed => ({ kind: 'usage', message: `${message}\n${SEED_USAGE}` });
  if (words.length > 0) return usage(`unexpected argument "${words[0]}"`);
  for (const key of flags.keys()) {
    if (!['persons', 'seed', 'replace', 'data-dir'].includes(key)) return usage(`unknown option --${key}`);
  }
  const persons = flags.get('persons');
  const seed = flags.get('seed');
  if (typeof persons !== 'string' || !/^\d+$/.test(persons)) return usage('--persons needs a whole number');
  if (Number(persons) > MAX_PERSONS) return usage(`--persons must be at most ${MAX_PERSONS}`);
  if (typeof seed !== 'string' || !/^-?\d+$/.test(seed) || !Number.isSafeInteger(Number(seed))) return usage('--seed needs an integer');
  const replace = flags.get('replace');
  if (replace !== undefined && replace !== true) return usage('--replace takes no value');
  const dataDir = flags.get('data-dir');
  if (dataDir === true) return usage('--data-dir needs a folder');
  return { kind: 'ok', persons: Number(persons), seed: Number(seed), replace: replace === true, dataDir: dataDir ?? null };
}

export async function runSeed(args: readonly string[], ctx: SeedCommandContext): Promise<number> {
  const out = ctx.out ?? ((s: string) => void process.stdout.write(`${s}\n`));
  const err = ctx.err ?? ((s: string) => void process.stderr.write(`${s}\n`));
  const parsed = parseSeedArgs(args);
  switch (parsed.kind) {
    case 'usage':
      err(parsed.message);
      return 64;
    case 'ok':
      break;
  }
  const file = join(parsed.dataDir ?? ctx.dataDir, DATABASE_FILE);
  out(`Seeding ${file}: ${parsed.persons} persons, seed ${parsed.seed}${parsed.replace ? ', replacing existing data' : ''}`);
  const db = openDatabase(file);
  try {
    let lastReported = -1;
    const report = seedDatabase(db, {
      persons: parsed.persons,
      seed: parsed.seed,
      replace: parsed.replace,
      onProgress(done) {
        const pct = parsed.persons === 0 ? 100 : Math.floor((done / parsed.persons) * 100);
        if (pct >= lastReported + 10 || done === parsed.persons) {
          lastReported = pct;
          out(`  ${done} / ${parsed.persons} persons (${pct}%)`);
        }
      },
    });
    out(
      [
        `Done in ${report.seconds.toFixed(1)} s (${Math.round(report.persons / Math.max(report.seconds, 0.001))} persons/s).`,
        `  persons ${report.persons} + ${report.demoPersons} demo, cards ${report.cards}, participation ${report.participation},`,
        `  benefits ${report.benefits}, visits ${report.visits}, employers ${report.employers},`,
        `  offices ${report.offices}, facilities ${report.facilities}, collection points ${report.collectionPoints},`,
        `  provinces ${report.provinces}, wards ${report.wards}`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof SeedRefusedError) {
      err(`${error.message}\nRun again with --replace to delete them and seed anew.`);
      return 1;
    }
    throw error;
  } finally {
    db.close();
  }
}

/** Adapter for the admin command registry. */
export function createSeedCommand(ctx: { readonly dataDir: string }): AdminCommand {
  return {
    summary: 'fill the database with demo persons and a synthetic population (--persons N --seed S [--replace] [--data-dir DIR])',
    run: (args: readonly string[], io: CommandIo) => runSeed(args, { dataDir: ctx.dataDir, out: io.out, err: io.err }),
  };
}
