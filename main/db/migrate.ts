/**
 * Applies pending migrations, each in its own transaction, and records them in `schema_migrations`.
 * A database written by a newer build is refused rather than half-understood.
 */
import type { Database } from './database-handle';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';

export interface MigrationReport {
  readonly applied: readonly number[];
  readonly currentVersion: number;
}

export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `Database schema version ${databaseVersion} is newer than this application supports (${supportedVersion}). ` +
        'Upgrade the application, or point it at a different data folder; the database was not modified.',
    );
    this.name = 'SchemaTooNewError';
  }
}

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): MigrationReport {
  assertOrdered(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new SchemaTooNewError(current, latest);
  const recorded = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  assertNoneSkipped(migrations, recorded, current);

  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return { applied, currentVersion: Math.max(current, latest) };
}

export function schemaVersion(db: Database): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null } | undefined;
  return row?.v ?? 0;
}

export class SkippedMigrationError extends Error {
  constructor(
    readonly version: number,
    readonly migrationName: string,
    readonly databaseVersion: number,
  ) {
    super(
      `Migration ${version} (${migrationName}) is older than this database's schema version ${databaseVersion} but was ` +
        'never applied to it: it was inserted below shipped migrations, so existing databases would skip it. ' +
        'Give it the next number after the last migration instead; the database was not modified.',
    );
    this.name = 'SkippedMigrationError';
  }
}

/**
 * Migrations apply by version above the database's highest one, so a migration numbered below a shipped one (say a new
 * `0015` beside `0092`) would run on a fresh database and silently never on an existing one: the two would differ.
 * Refused instead, before anything is applied.
 */
function assertNoneSkipped(migrations: readonly Migration[], recorded: ReadonlySet<number>, current: number): void {
  for (const m of migrations) {
    if (m.version < current && !recorded.has(m.version)) throw new SkippedMigrationError(m.version, m.name, current);
  }
}

function assertOrdered(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= previous) {
      throw new Error(`Migration list is not strictly increasing at version ${m.version} (${m.name}).`);
    }
    previous = m.version;
  }
}
