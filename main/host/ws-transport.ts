/**
 * Transport B: the channel table over a loopback WebSocket. An upgrade is accepted only with the
 * per-launch token and an Origin of this host; each connection is one client (one screen).
 * Wire format (JSON): request {id, channel, input} → reply {id, result}; event {event, payload}.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { fail } from '../../preload/contract/result';
import type { Dispatcher } from '../ipc/dispatcher';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../logging/logger';

/** Largest message accepted from a client; the biggest legitimate input is far below this. */
export const MAX_WS_MESSAGE_BYTES = 256 * 1024;

/**
 * Most WebSocket clients one host serves at once. A station has one screen (a kiosk, a counter console, a call
 * board) plus the odd maintenance tab; each client costs a socket, its queued events and its share of the limiter,
 * so a script opening thousands must be refused at the door.
 */
export const MAX_WS_CLIENTS = 24;

export const tokensEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface WsTransportDeps {
  readonly server: Server;
  readonly token: string;
  readonly allowedOrigins: () => readonly string[];
  /** `Host` header values of this host (DNS rebinding: a foreign name resolving to 127.0.0.1 is refused). */
  readonly allowedHosts: () => readonly string[];
  /** Defaults to MAX_WS_CLIENTS. */
  readonly maxClients?: number;
  readonly dispatcher: Dispatcher;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly onClientConnected?: (clientId: string) => void;
  readonly onClientGone: (clientId: string) => void;
}

export function attachWsTransport(deps: WsTransportDeps): { close(): Promise<void>; clientCount(): number } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_MESSAGE_BYTES });
  const clients = new Map<string, WebSocket>();
  const maxClients = deps.maxClients ?? MAX_WS_CLIENTS;
  // Upgrades accepted but not yet connected count too, or a burst of parallel upgrades would all pass the cap.
  let pending = 0;

  const refuse = (socket: Duplex, status: number, reason: string): void => {
    deps.logger.warn('ws.refused', { status, reason });
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  deps.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/ws') return refuse(socket, 404, 'Not Found');
    if (!deps.allowedHosts().includes(req.headers.host ?? '')) return refuse(socket, 421, 'Misdirected Request');
    const origin = req.headers.origin;
    if (!origin || !deps.allowedOrigins().includes(origin)) return refuse(socket, 403, 'Forbidden');
    const token = url.searchParams.get('token') ?? '';
    if (!tokensEqual(token, deps.token)) return refuse(socket, 401, 'Unauthorized');
    if (clients.size + pending >= maxClients) return refuse(socket, 503, 'Service Unavailable');
    pending++;
    wss.handleUpgrade(req, socket, head, (ws) => {
      pending--;
      wss.emit('connection', ws, req);
    });
  });

  const unsubscribe = deps.bus.subscribe((name, payload, target) => {
    const frame = JSON.stringify({ event: name, payload });
    for (const [id, ws] of clients) if ((target === null || target === id) && ws.readyState === ws.OPEN) ws.send(frame);
  });

  wss.on('connection', (ws: WebSocket) => {
    const clientId = randomUUID();
    clients.set(clientId, ws);
    deps.onClientConnected?.(clientId);
    deps.logger.info('ws.connected', { clients: clients.size });
    ws.on('message', (data, isBinary) => {
      void (async () => {
        let id: unknown = null;
        try {
          if (isBinary) throw new Error('binary');
          const msg: unknown = JSON.parse(data.toString());
          if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) throw new Error('shape');
          const m = msg as Record<string, unknown>;
          id = typeof m.id === 'number' || typeof m.id === 'string' ? m.id : null;
          const result = await deps.dispatcher.dispatch(m.channel, m.input, { clientId, transport: 'browser-host' });
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, result }));
        } catch {
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, result: fail('invalid-input', 'malformed message') }));
        }
      })();
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      clients.delete(clientId);
      deps.onClientGone(clientId);
      deps.logger.info('ws.closed', { clients: clients.size });
    });
  });

  return {
    clientCount: () => clients.size,
    close: async () => {
      unsubscribe();
      for (const ws of clients.values()) ws.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}
