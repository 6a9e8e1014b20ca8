/** SQLite storage of the office's stations (table of migration 0091). */
import type { Database } from '../open-database';
import type { StationRecord, StationRepository } from './ports';

interface StationRow {
  id: string;
  role: StationRecord['role'];
  counter: number | null;
  version: string;
  first_started_at: string;
  last_started_at: string;
}

const toRecord = (r: StationRow): StationRecord => ({
  id: r.id,
  role: r.role,
  counter: r.counter,
  version: r.version,
  firstStartedAt: r.first_started_at,
  lastStartedAt: r.last_started_at,
});

export function createSqliteStationRepository(db: Database): StationRepository {
  // One statement: two hosts starting at once on the same folder (a kiosk and a counter) never race on it.
  const upsert = db.prepare(
    `INSERT INTO stations (id, role, counter, version, first_started_at, last_started_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET role = excluded.role, counter = excluded.counter, version = excluded.version,
       last_started_at = excluded.last_started_at`,
  );
  const one = db.prepare('SELECT * FROM stations WHERE id = ?');
  const all = db.prepare('SELECT * FROM stations ORDER BY id');
  const get = (id: string): StationRecord | null => {
    const row = one.get(id) as StationRow | undefined;
    return row === undefined ? null : toRecord(row);
  };
  return {
    register(station, version, at) {
      const iso = at.toISOString();
      upsert.run(station.id, station.role, station.counter, version, iso, iso);
      const stored = get(station.id);
      if (stored === null) throw new Error('station not stored');
      return stored;
    },
    get,
    list: () => (all.all() as StationRow[]).map(toRecord),
  };
}
