/**
 * The call board, wired for createCore (docs/call-board.md): `board:view` on every station (it is public), and
 * `board:changed` whenever the queue changes. Changes made on this host come through the bus (every
 * `officer:queueChanged`, and a recall); a display station also watches the shared database, since the kiosks and
 * counters that change the queue are other hosts whose events never reach its bus. The page never polls.
 */
import type { PayloadOf } from '../../preload/contract/channels';
import type { AppConfig } from '../config/app-config';
import { createChangeWatch } from '../db/queue-fingerprint';
import type { Database } from '../db/open-database';
import type { HandlerMap } from '../ipc/dispatcher';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../logging/logger';
import { createCallBoard } from '../services/queue/call-board';

/** How often a display station looks for changes other stations' hosts made (the counters' period too). */
export const BOARD_WATCH_MS = 1000;

export interface BoardWiring {
  readonly handlers: Pick<HandlerMap, 'board:view'>;
  close(): void;
}

export function createBoardWiring(deps: {
  readonly db: Database;
  readonly config: Pick<AppConfig, 'callRepeatSeconds' | 'station'>;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly officeName: () => string;
  readonly clock?: () => Date;
}): BoardWiring {
  const { db, bus, logger } = deps;
  const board = createCallBoard({
    db,
    clock: deps.clock ?? (() => new Date()),
    officeName: deps.officeName,
    repeatAfterSeconds: deps.config.callRepeatSeconds,
  });
  const unsubscribe = bus.subscribe((name, payload) => {
    if (name === 'officer:queueChanged') bus.emit('board:changed', payload as PayloadOf<'officer:queueChanged'>);
  });
  let timer: NodeJS.Timeout | null = null;
  if (deps.config.station.role === 'display') {
    const fingerprint = createChangeWatch(db, () => board.view());
    fingerprint.changed();
    timer = setInterval(() => {
      try {
        if (fingerprint.changed()) bus.emit('board:changed', { reason: 'other-station' });
      } catch (error) {
        logger.warn('board.watch-failed', { error: error instanceof Error ? error.name : 'unknown' });
      }
    }, BOARD_WATCH_MS);
    timer.unref();
  }
  return {
    handlers: { 'board:view': () => board.view() },
    close: () => {
      unsubscribe();
      if (timer !== null) clearInterval(timer);
    },
  };
}
