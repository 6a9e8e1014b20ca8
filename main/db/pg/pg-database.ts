/**
 * The office's shared store on PostgreSQL (issue #13): one connection pool per host, its migrations applied at open
 * under an advisory lock (pg-migrate.ts). Only main/db may import this module or the `pg` driver; services see the
 * async ports in ../repositories/ports.ts.
 */
import pg from 'pg';
import { migratePg, type PgMigrationReport } from './pg-migrate';

export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;

export interface PgDatabase {
  readonly pool: PgPool;
  /** What the open applied (empty when another station had migrated already). */
  readonly migrations: PgMigrationReport;
  close(): Promise<void>;
}

export interface OpenPgOptions {
  /** Connections of this host (a kiosk needs few). */
  readonly maxConnections?: number;
  readonly migrate?: boolean;
}

/** postgres:// or postgresql:// only: the one place a database URL is recognised as PostgreSQL. */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

export async function openPgDatabase(url: string, options: OpenPgOptions = {}): Promise<PgDatabase> {
  if (!isPostgresUrl(url)) throw new Error('the database URL must start with postgres:// or postgresql://');
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 8, connectionTimeoutMillis: 10_000 });
  // An idle connection the server dropped (a restart) must not crash the host: the pool replaces it on next use.
  pool.on('error', () => undefined);
  try {
    const migrations = options.migrate === false ? { applied: [], currentVersion: -1 } : await migratePg(pool);
    return { pool, migrations, close: () => pool.end() };
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
}

/** SQLSTATEs after which the whole transaction may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

/**
 * Runs `work` in one transaction on one connection, again (up to 5 times) when PostgreSQL aborted it for a
 * serialization failure or a deadlock, which concurrent stations can cause and which lose nothing.
 */
export async function inTransaction<T>(pool: PgPool, work: (client: PgClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      const code = (e as { code?: unknown }).code;
      if (attempt >= 5 || typeof code !== 'string' || !RETRYABLE.has(code)) throw e;
    } finally {
      client.release();
    }
  }
}
