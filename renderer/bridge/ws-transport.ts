/**
 * Transport B, browser side: the channel table over the host's loopback WebSocket. Reconnects with
 * backoff; calls made while disconnected wait for the connection (bounded), then fail cleanly.
 */
import type { EventName, InvokeName } from '../../preload/contract/channels';
import { callTimeoutMs } from '../../preload/contract/call-timeouts';
import type { KioskTransport } from '../../preload/contract/kiosk-api';

export function createWsTransport(url: string): KioskTransport & { close(): void; onReconnected(listener: () => void): () => void } {
  let ws: WebSocket | null = null;
  let nextId = 1;
  let closed = false;
  let backoff = 250;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  let queue: string[] = [];
  // After a lost connection the host may have restarted and forgotten this screen's session.
  const reconnected = new Set<() => void>();
  let opened = false;

  const connect = (): void => {
    const sock = new WebSocket(url);
    ws = sock;
    sock.onopen = () => {
      backoff = 250;
      for (const frame of queue) sock.send(frame);
      queue = [];
      if (opened) for (const l of reconnected) l();
      opened = true;
    };
    sock.onmessage = (ev: MessageEvent<string>) => {
      let msg: unknown;
      try {
        msg = JSON.parse(ev.data);
      } catch {
        return;
      }
      if (typeof msg !== 'object' || msg === null) return;
      const m = msg as { id?: unknown; result?: unknown; event?: unknown; payload?: unknown };
      if (typeof m.id === 'number') {
        const p = pending.get(m.id);
        if (p) {
          clearTimeout(p.timer);
          pending.delete(m.id);
          p.resolve(m.result);
        }
      } else if (typeof m.event === 'string') {
        for (const l of listeners.get(m.event) ?? []) l(m.payload);
      }
    };
    sock.onclose = () => {
      ws = null;
      if (!closed) setTimeout(connect, (backoff = Math.min(backoff * 2, 5000)));
    };
  };
  connect();

  return {
    invoke(channel: InvokeName, input: unknown): Promise<unknown> {
      const id = nextId++;
      const frame = JSON.stringify({ id, channel, input });
      return new Promise((resolve, reject) => {
        // A print answers only once CUPS completed the job, so those calls wait longer (call-timeouts.ts).
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error('the kiosk host did not answer'));
        }, callTimeoutMs(channel));
        pending.set(id, { resolve, reject, timer });
        if (ws && ws.readyState === WebSocket.OPEN) ws.send(frame);
        else queue.push(frame);
      });
    },
    subscribe(channel: EventName, listener: (p: unknown) => void): () => void {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    onReconnected(listener) {
      reconnected.add(listener);
      return () => reconnected.delete(listener);
    },
    close() {
      closed = true;
      ws?.close();
    },
  };
}
