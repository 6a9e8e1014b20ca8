/**
 * The development SMS gateway: keeps messages in memory so the browser host's developer panel and tests can read
 * them (this is the only place an OTP can be read back: the database keeps a hash). Like a real gateway it accepts
 * a repeated idempotency key without delivering twice.
 */
import type { SmsGateway, SmsMessage } from './notification-adapters';

export interface DevSmsRecord extends SmsMessage {
  readonly seq: number;
}

export interface DevSmsSink extends SmsGateway {
  messages(): readonly DevSmsRecord[];
  lastTo(phone: string): DevSmsRecord | null;
  /** Called for every newly accepted message; returns an unsubscribe function. */
  subscribe(listener: (message: DevSmsRecord) => void): () => void;
  clear(): void;
}

export interface DevSmsSinkOptions {
  /** Keep at most this many messages (oldest dropped). Default 200. */
  readonly capacity?: number;
  /** Make the next n sends reject, to exercise retries. */
  readonly failNext?: number;
}

export function createDevSmsSink(options: DevSmsSinkOptions = {}): DevSmsSink & { failNext(n: number): void } {
  const capacity = options.capacity ?? 200;
  let failures = options.failNext ?? 0;
  let seq = 0;
  let records: DevSmsRecord[] = [];
  const seenKeys = new Set<string>();
  const listeners = new Set<(m: DevSmsRecord) => void>();

  return {
    send(message) {
      if (failures > 0) {
        failures--;
        return Promise.reject(new Error('dev SMS sink: simulated gateway failure'));
      }
      if (seenKeys.has(message.idempotencyKey)) return Promise.resolve();
      seenKeys.add(message.idempotencyKey);
      const record: DevSmsRecord = { seq: ++seq, to: message.to, body: message.body, idempotencyKey: message.idempotencyKey };
      records.push(record);
      if (records.length > capacity) records = records.slice(records.length - capacity);
      for (const l of listeners) l(record);
      return Promise.resolve();
    },
    messages: () => records.slice(),
    lastTo(phone) {
      for (let i = records.length - 1; i >= 0; i--) {
        const r = records[i];
        if (r !== undefined && r.to === phone) return r;
      }
      return null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      records = [];
      seenKeys.clear();
    },
    failNext(n) {
      failures = n;
    },
  };
}
