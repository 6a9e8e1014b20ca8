import type { Migration } from './migration';

/**
 * Limits that hold across connections, tabs and restarts (issue #14): they live in the database every client of this
 * host shares, not in the memory of one WebSocket connection.
 *
 * rate_limit_buckets: token buckets, one row per (kind, station or account). `full_at` is when the bucket is full
 * again, so housekeeping can drop the rows that no longer hold anything without knowing each bucket's policy.
 * sign_in_backoff: the failure streak of a username at a station (officer sign-in), with the instant before which
 * the next attempt is refused. Subjects are HMACs (secret 'rate-limit'), never the typed username or mã số.
 */
export const rateLimitsMigration: Migration = {
  version: 90,
  name: 'rate-limits',
  up(db) {
    db.exec(`
      CREATE TABLE rate_limit_buckets (
        bucket TEXT PRIMARY KEY,        -- '<kind>|station|<station id>' or '<kind>|account|<hmac>'
        tokens REAL NOT NULL,
        updated_at INTEGER NOT NULL,    -- ms since the epoch
        full_at INTEGER NOT NULL        -- ms since the epoch
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX rate_limit_buckets_by_full_at ON rate_limit_buckets (full_at);

      CREATE TABLE sign_in_backoff (
        scope TEXT NOT NULL,            -- 'officer'
        subject TEXT NOT NULL,          -- HMAC of the normalized username
        station TEXT NOT NULL,
        failures INTEGER NOT NULL,
        retry_at INTEGER NOT NULL,      -- ms; 0 = no wait
        updated_at INTEGER NOT NULL,    -- ms
        PRIMARY KEY (scope, subject, station)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
