import type { Migration } from './migration';

/**
 * The stations of this office that share the data folder (a kiosk, counters, a display): each host registers itself
 * at start, so an administrator can see which stations run here and the counter a counter station serves. No
 * personal data. Print jobs gain the station that prints them.
 */
export const stationsMigration: Migration = {
  version: 91,
  name: 'stations',
  up(db) {
    db.exec(`
      CREATE TABLE stations (
        id TEXT PRIMARY KEY,                       -- 'kiosk', 'kiosk:2', 'counter:3', 'display'
        role TEXT NOT NULL CHECK (role IN ('kiosk', 'counter', 'display')),
        counter INTEGER CHECK (counter IS NULL OR counter BETWEEN 1 AND 99),
        version TEXT NOT NULL,                     -- the app version that started it last
        first_started_at TEXT NOT NULL,
        last_started_at TEXT NOT NULL,
        CHECK ((role = 'counter') = (counter IS NOT NULL))
      ) STRICT;

      -- Each station prints on its own printer: a host takes only its station's jobs from the shared table.
      -- Jobs queued before stations existed were the kiosk's (the only station then).
      ALTER TABLE print_jobs ADD COLUMN station_id TEXT NOT NULL DEFAULT 'kiosk';
      CREATE INDEX print_jobs_by_station ON print_jobs (station_id, state, id);
    `);
  },
};
