import type { Migration } from './migration';

/** Kiosk heartbeats: which screens were shown and the device states, once a minute (no personal data). */
export const heartbeatsMigration: Migration = {
  version: 40,
  name: 'heartbeats',
  up(db) {
    db.exec(`
      CREATE TABLE heartbeats (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        screens TEXT NOT NULL,   -- JSON [{clientId(prefix), screen, at}]
        devices TEXT NOT NULL    -- JSON, device states as reported by the device layer
      );
      CREATE INDEX heartbeats_at ON heartbeats(at);
    `);
  },
};
