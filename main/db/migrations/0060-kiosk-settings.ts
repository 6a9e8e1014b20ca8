import type { Migration } from './migration';

/**
 * Kiosk settings edited in maintenance mode (idle timeouts, default language, printer profile, office) as
 * one JSON value per key, and the maintenance PIN with its lockout counters. The PIN hash lives in its own
 * table, apart from kiosk_settings, so that exporting settings never exports a secret (as service_secrets).
 */
export const kioskSettingsMigration: Migration = {
  version: 60,
  name: 'kiosk-settings',
  up(db) {
    db.exec(`
      CREATE TABLE kiosk_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,          -- JSON
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE maintenance_access (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        pin_hash TEXT,                -- argon2id PHC string; NULL when no PIN is configured
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,            -- ISO instant, NULL when not locked
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
