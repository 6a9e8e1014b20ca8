import type { PgMigration } from './migration';

/**
 * The shared limits of SQLite's migration 0090 (rate_limit_buckets, sign_in_backoff), on PostgreSQL: every station
 * of the office draws from these rows, so a stranger cannot reset a limit by moving to the next kiosk.
 */
export const pgRateLimitsMigration: PgMigration = {
  version: 1,
  name: 'rate-limits',
  sql: `
    CREATE TABLE rate_limit_buckets (
      bucket TEXT PRIMARY KEY,
      tokens DOUBLE PRECISION NOT NULL,
      updated_at BIGINT NOT NULL,
      full_at BIGINT NOT NULL
    );
    CREATE INDEX rate_limit_buckets_by_full_at ON rate_limit_buckets (full_at);
    CREATE TABLE sign_in_backoff (
      scope TEXT NOT NULL,
      subject TEXT NOT NULL,
      station TEXT NOT NULL,
      failures INTEGER NOT NULL,
      retry_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL,
      PRIMARY KEY (scope, subject, station)
    );`,
};
