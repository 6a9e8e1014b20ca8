/**
 * Notices queue changes another process made in the same database: the kiosk station issues tickets, other counter
 * stations call them, and each runs its own host on the shared WAL folder, so their events never reach this host's
 * bus. `PRAGMA data_version` changes only when another connection committed, so what is watched is read only then.
 * The counters watch the open tickets (createQueueFingerprint); the call board watches its whole view.
 */
import type { Database } from './open-database';

export interface ChangeWatch {
  /** True when what is watched differs from the previous call's (the first call only records it). */
  changed(): boolean;
}

/** `read` is what the watcher would show; its JSON is compared, and only after another connection committed. */
export function createChangeWatch(db: Database, read: () => unknown): ChangeWatch {
  const version = db.prepare('PRAGMA data_version').pluck();
  let lastVersion: unknown = null;
  let last: string | null = null;
  return {
    changed() {
      const v = version.get();
      if (v === lastVersion) return false;
      lastVersion = v;
      const now = JSON.stringify(read());
      const differs = last !== null && now !== last;
      last = now;
      return differs;
    },
  };
}

/** The waiting and called tickets (id, state, counter): what the counter consoles list. */
export function createQueueFingerprint(db: Database): ChangeWatch {
  const open = db
    .prepare(
      "SELECT COALESCE(group_concat(id || ':' || state || ':' || COALESCE(counter, '-'), ','), '') FROM (SELECT id, state, counter FROM queue_tickets WHERE state IN ('issued', 'called') ORDER BY id)",
    )
    .pluck();
  return createChangeWatch(db, () => open.get());
}
