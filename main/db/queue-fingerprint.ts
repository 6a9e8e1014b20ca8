/**
 * Notices queue changes another process made in the same database: the kiosk station issues tickets, other counter
 * stations call them, and each runs its own host on the shared WAL folder, so their events never reach this host's
 * bus. `PRAGMA data_version` changes only when another connection committed, so the queue itself is read only then.
 */
import type { Database } from './open-database';

export interface QueueFingerprint {
  /** True when the waiting or called tickets differ from the previous call's (the first call only records them). */
  changed(): boolean;
}

export function createQueueFingerprint(db: Database): QueueFingerprint {
  const version = db.prepare('PRAGMA data_version').pluck();
  const open = db
    .prepare(
      "SELECT COALESCE(group_concat(id || ':' || state || ':' || COALESCE(counter, '-'), ','), '') FROM (SELECT id, state, counter FROM queue_tickets WHERE state IN ('issued', 'called') ORDER BY id)",
    )
    .pluck();
  let lastVersion: unknown = null;
  let lastOpen: unknown = null;
  return {
    changed() {
      const v = version.get();
      if (v === lastVersion) return false;
      lastVersion = v;
      const now = open.get();
      const differs = lastOpen !== null && now !== lastOpen;
      lastOpen = now;
      return differs;
    },
  };
}
