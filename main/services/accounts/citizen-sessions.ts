/**
 * The main-side table of kiosk visit sessions, keyed by renderer client id. A visit session is not a device
 * binding: the kiosk never becomes the citizen's "one device" (see accounts-service.ts). Sessions live in memory
 * only, expire after ttlMs without activity (get() counts as activity), and on end the entry is removed and its
 * data object scrubbed, so nothing personal survives the visit in this table. onEnd runs first, so the owner can
 * wipe what hangs off the session (OTPs, temporary files).
 */
export type SessionEndReason = 'ended' | 'expired' | 'replaced' | 'all';

export interface CitizenSession<T> {
  readonly clientId: string;
  readonly data: T;
  readonly startedAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
}

export interface CitizenSessionsOptions<T> {
  readonly clock: () => Date;
  /** A function when the period can change while the host runs (kiosk settings); Infinity = never. */
  readonly ttlMs: number | (() => number);
  readonly onEnd?: (clientId: string, data: T, reason: SessionEndReason) => void;
}

export interface CitizenSessions<T> {
  start(clientId: string, data: T): CitizenSession<T>;
  /** The live session (and its expiry is pushed back), or null. */
  get(clientId: string): CitizenSession<T> | null;
  end(clientId: string): boolean;
  endAll(): number;
  /** Ends every session idle past the timeout (onEnd with 'expired'); the host calls it periodically. */
  sweep(): void;
  size(): number;
  entries(): readonly CitizenSession<T>[];
}

interface Entry<T> {
  readonly clientId: string;
  data: T;
  readonly startedAt: number;
  lastSeenAt: number;
}

function scrub(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  if (value instanceof Map || value instanceof Set) {
    value.clear();
    return;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    (value as Uint8Array).fill(0);
    return;
  }
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor?.configurable) Reflect.deleteProperty(value, key);
  }
}

export function createCitizenSessions<T>(options: CitizenSessionsOptions<T>): CitizenSessions<T> {
  const { clock } = options;
  const ttl =
    typeof options.ttlMs === 'function'
      ? options.ttlMs
      : (
          (n: number) => () =>
            n
        )(options.ttlMs);
  const table = new Map<string, Entry<T>>();

  const view = (e: Entry<T>): CitizenSession<T> => ({
    clientId: e.clientId,
    data: e.data,
    startedAt: new Date(e.startedAt),
    lastSeenAt: new Date(e.lastSeenAt),
    expiresAt: new Date(e.lastSeenAt + Math.min(ttl(), 8.64e15 - e.lastSeenAt)),
  });

  const destroy = (e: Entry<T>, reason: SessionEndReason): void => {
    table.delete(e.clientId);
    try {
      options.onEnd?.(e.clientId, e.data, reason);
    } finally {
      scrub(e.data);
      e.data = undefined as T;
    }
  };

  const sweep = (): void => {
    const now = clock().getTime();
    const ttlMs = ttl();
    for (const e of [...table.values()]) if (now >= e.lastSeenAt + ttlMs) destroy(e, 'expired');
  };

  return {
    start(clientId, data) {
      const existing = table.get(clientId);
      if (existing) destroy(existing, 'replaced');
      const now = clock().getTime();
      const entry: Entry<T> = { clientId, data, startedAt: now, lastSeenAt: now };
      table.set(clientId, entry);
      return view(entry);
    },
    get(clientId) {
      const e = table.get(clientId);
      if (!e) return null;
      const now = clock().getTime();
      if (now >= e.lastSeenAt + ttl()) {
        destroy(e, 'expired');
        return null;
      }
      e.lastSeenAt = now;
      return view(e);
    },
    end(clientId) {
      const e = table.get(clientId);
      if (!e) return false;
      destroy(e, 'ended');
      return true;
    },
    endAll() {
      const all = [...table.values()];
      for (const e of all) destroy(e, 'all');
      return all.length;
    },
    sweep,
    size() {
      sweep();
      return table.size;
    },
    entries() {
      sweep();
      return [...table.values()].map(view);
    },
  };
}
