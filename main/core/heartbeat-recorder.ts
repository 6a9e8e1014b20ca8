/**
 * Records a heartbeat every minute (screens shown, device states) so an office can see which kiosks
 * are alive and what they show; /health serves the latest. Old rows are pruned after 7 days.
 */
import type { Database } from '../db/open-database';
import type { ScreenTracker } from './heartbeat';

export interface HeartbeatRecorder {
  /** Writes one heartbeat now and returns it. */
  beat(): Heartbeat;
  latest(): Heartbeat | null;
  stop(): void;
}

export interface Heartbeat {
  readonly at: string;
  readonly screens: unknown;
  readonly devices: unknown;
}

export const HEARTBEAT_INTERVAL_MS = 60_000;
const KEEP_MS = 7 * 24 * 3600_000;

export function startHeartbeatRecorder(deps: {
  readonly db: Database;
  readonly screens: ScreenTracker;
  readonly devices: () => unknown;
  readonly now?: () => Date;
  readonly intervalMs?: number;
}): HeartbeatRecorder {
  const now = deps.now ?? (() => new Date());
  const insert = deps.db.prepare('INSERT INTO heartbeats (at, screens, devices) VALUES (?, ?, ?)');
  const prune = deps.db.prepare('DELETE FROM heartbeats WHERE at < ?');
  const last = deps.db.prepare<[], { at: string; screens: string; devices: string }>(
    'SELECT at, screens, devices FROM heartbeats ORDER BY id DESC LIMIT 1',
  );
  const beat = (): Heartbeat => {
    const t = now();
    const hb = { at: t.toISOString(), screens: deps.screens.snapshot(), devices: deps.devices() };
    insert.run(hb.at, JSON.stringify(hb.screens), JSON.stringify(hb.devices));
    prune.run(new Date(t.getTime() - KEEP_MS).toISOString());
    return hb;
  };
  beat();
  const timer = setInterval(beat, deps.intervalMs ?? HEARTBEAT_INTERVAL_MS);
  timer.unref();
  return {
    beat,
    latest: () => {
      const r = last.get();
      return r ? { at: r.at, screens: JSON.parse(r.screens) as unknown, devices: JSON.parse(r.devices) as unknown } : null;
    },
    stop: () => clearInterval(timer),
  };
}
