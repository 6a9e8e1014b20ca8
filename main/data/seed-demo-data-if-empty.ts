/**
 * First start: an empty database gets reference data, the demo persons and a small population. The seeder (and the
 * 4 MB administrative-units table it reads) is loaded only then, so a start on an existing data folder does not
 * parse it (scripts and bench: "built host: start → KIOSK_HOST_READY").
 */
import type { Database } from '../db/open-database';
import type { SeedReport } from './seed-database';

export async function seedDemoDataIfEmpty(db: Database, options: { persons?: number; seed?: number } = {}): Promise<SeedReport | null> {
  const row = db.prepare('SELECT EXISTS (SELECT 1 FROM persons) AS present').get() as { present: number };
  if (row.present) return null;
  const { DEMO_POPULATION_SIZE, DEMO_SEED, seedDatabase } = await import('./seed-database');
  return seedDatabase(db, { persons: options.persons ?? DEMO_POPULATION_SIZE, seed: options.seed ?? DEMO_SEED });
}
