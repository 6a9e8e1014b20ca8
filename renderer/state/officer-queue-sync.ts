/**
 * Keeps the counter console's queue current without polling. The host pushes `officer:queueChanged` whenever a
 * ticket is issued, called, decided, expired or abandoned; the console refetches while the queue is on screen (every
 * way back to the queue fetches by itself). A WebSocket that dropped missed events and, the host having ended the
 * session of the old connection, the console must find out: a reconnect refetches whatever the screen.
 *
 * No timer on purpose: the one writer the host's bus cannot see is the admin CLI's expire-registrations in another
 * process, which only blanks the names of rows already listed (opening one shows its real state), and the officer
 * has the "Làm mới" button. A periodic refresh would only hide a missing event, which the tests should catch instead.
 */
import type { OfficerStore } from './officer-store';
import { coalesced } from '../lib/coalesced';

export interface QueueChangeSource {
  /** `api.officer.onQueueChanged`; the payload (a reason) does not matter here. */
  readonly onQueueChanged: (listener: () => void) => () => void;
  /** Browser host only: the WebSocket came back after a loss. */
  readonly onReconnected?: ((listener: () => void) => () => void) | undefined;
}

/** Subscribes the store to pushed queue changes; returns the unsubscribe. */
export function syncOfficerQueue(store: OfficerStore, source: QueueChangeSource): () => void {
  const refresh = coalesced(async () => {
    if (store.getState().session === null) return false;
    await store.getState().refreshQueue(true);
    return true;
  });

  const offChanged = source.onQueueChanged(() => {
    if (store.getState().view.name === 'queue') void refresh();
  });
  const offReconnected = source.onReconnected?.(() => void refresh());
  return () => {
    offChanged();
    offReconnected?.();
  };
}
