/**
 * Applies the PostgreSQL migrations at open, under a session advisory lock, so that eight stations booting together
 * migrate once: the first takes the lock and applies; the others wait for it, then find nothing pending. Each
 * migration runs in its own transaction with its schema_migrations row. A database written by a newer build is
 * refused, as on SQLite.
 */
import type pg from 'pg';
import { PG_MIGRATIONS, type PgMigration } from './migrations/index';

export interface PgMigrationReport {
  readonly applied: readonly number[];
  readonly currentVersion: number;
}

/** The advisory lock key of this application's migrations (any constant both builds agree on). */
const MIGRATION_LOCK = 0x6b696f736b; // 'kiosk'

export async function migratePg(pool: pg.Pool, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<PgMigrationReport> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const recorded = new Set(rows.map((r) => r.version));
      const current = Math.max(0, ...recorded);
      const latest = migrations.at(-1)?.version ?? 0;
      if (current > latest) {
        throw new Error(
          `Database schema version ${current} is newer than this application supports (${latest}). Upgrade the application; the database was not modified.`,
        );
      }
      const skipped = migrations.find((m) => m.version < current && !recorded.has(m.version));
      if (skipped !== undefined) {
        throw new Error(
          `PostgreSQL migration ${skipped.version} (${skipped.name}) is below the database's version ${current} and would be skipped.`,
        );
      }
      const applied: number[] = [];
      for (const m of migrations) {
        if (recorded.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw new Error(`PostgreSQL migration ${m.version} (${m.name}) failed: ${e instanceof Error ? e.message : String(e)}`, {
            cause: e,
          });
        }
        applied.push(m.version);
      }
      return { applied, currentVersion: Math.max(current, latest) };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
