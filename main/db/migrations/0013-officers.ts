import type { Migration } from './migration';

/** Counter officers and supervisors, and their sign-in sessions (tokens stored as SHA-256 only). */
export const officersMigration: Migration = {
  version: 13,
  name: 'officers',
  up(db) {
    db.exec(`
      CREATE TABLE officers (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor')),
        password_hash TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
      ) STRICT;

      CREATE TABLE officer_sessions (
        token_hash TEXT PRIMARY KEY,
        officer_id INTEGER NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX officer_sessions_by_officer ON officer_sessions (officer_id);
    `);
  },
};
