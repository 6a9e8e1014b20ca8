/** Typed main→renderer events. Transports subscribe and forward; `target` limits an event to one client. */
import type { EventName, PayloadOf } from '../../preload/contract/channels';

export type BusListener = (name: EventName, payload: unknown, target: string | null) => void;

export interface EventBus {
  emit<E extends EventName>(name: E, payload: PayloadOf<E>, target?: string): void;
  subscribe(listener: BusListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<BusListener>();
  return {
    emit(name, payload, target) {
      for (const l of [...listeners]) l(name, payload, target ?? null);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
