/**
 * The browser host: serves the built renderer and the channel table on 127.0.0.1 only.
 * Every response carries the CSP; only this host's own names are answered (Host header); request bodies are
 * size-limited; connections and WebSocket clients are capped; routes that act on the kiosk need the per-launch
 * token, in an Authorization header only.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../security/csp';
import type { Dispatcher } from '../ipc/dispatcher';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../logging/logger';
import { matchesRoute } from './http-route';
import type { HttpRoute, RouteResponse } from './http-route';
import type { BootstrapCodes } from './bootstrap-codes';
import { readStaticFile } from './static-files';
import { attachWsTransport, tokensEqual } from './ws-transport';

/** Largest HTTP request body accepted (emulator scans, printer state). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface HostCore {
  readonly dispatcher: Dispatcher;
  readonly bus: EventBus;
  readonly routes: readonly HttpRoute[];
  /** Optional so test cores need not have one. */
  onClientConnected?(clientId: string): void;
  onClientGone(clientId: string): void;
}

export interface HostOptions {
  readonly core: HostCore;
  readonly webRoot: string;
  readonly port: number;
  readonly logger: Logger;
  /** Defaults to a fresh random token per launch. */
  readonly token?: string;
  /** WebSocket clients served at once (ws-transport.ts MAX_WS_CLIENTS when absent). */
  readonly maxClients?: number;
  /** One-time codes a window opened by the host exchanges for the token (`POST /bootstrap`); absent = no route. */
  readonly bootstrap?: BootstrapCodes;
}

/** Open TCP connections the HTTP server keeps at once; the rest are dropped by Node before any parsing. */
export const MAX_HTTP_CONNECTIONS = 128;

export interface RunningHost {
  readonly url: string;
  /** The URL a screen opens: the token travels in the fragment, which is never sent to a server. */
  readonly launchUrl: string;
  readonly port: number;
  readonly token: string;
  clientCount(): number;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, r: RouteResponse): void {
  if ('json' in r) {
    res.writeHead(r.status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(r.json));
  } else {
    res.writeHead(r.status, { ...SECURITY_HEADERS, 'Content-Type': r.contentType, 'Cache-Control': 'no-store' });
    res.end(r.body);
  }
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { core, logger } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port;
  const allowedHosts = (): readonly string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = (): readonly string[] => allowedHosts().map((h) => `http://${h}`);

  const server = createServer((req, res) => {
    void (async () => {
      try {
        // DNS rebinding: a page on a foreign name that resolves to 127.0.0.1 sends its own name as Host. Every route
        // answers only to this host's own names, /health and the static files included.
        if (!allowedHosts().includes(req.headers.host ?? ''))
          return send(res, { status: 421, json: { error: { code: 'bad-host', message: 'unknown Host header' } } });
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const method = req.method ?? 'GET';
        if (url.pathname === '/bootstrap' && options.bootstrap) return send(res, await exchangeBootstrapCode(req, options.bootstrap));
        const route = core.routes.find((r) => matchesRoute(r, method, url.pathname));
        if (route) {
          if (route.needsToken) {
            // Only in a header: a token in a query string ends up in histories, logs and Referer headers.
            const auth = req.headers.authorization ?? '';
            const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
            if (!tokensEqual(given, token))
              return send(res, { status: 401, json: { error: { code: 'unauthorized', message: 'missing or wrong token' } } });
          }
          const body = method === 'POST' ? await readBody(req) : Buffer.alloc(0);
          return send(res, await route.handle({ method, path: url.pathname, query: url.searchParams, headers: req.headers, body }));
        }
        if (method !== 'GET' && method !== 'HEAD')
          return send(res, { status: 405, json: { error: { code: 'method-not-allowed', message: method } } });
        const file = await readStaticFile(options.webRoot, url.pathname);
        if (file.status === 200) {
          res.writeHead(200, {
            ...SECURITY_HEADERS,
            'Content-Type': file.contentType,
            'Cache-Control': url.pathname === '/' ? 'no-store' : 'max-age=3600',
          });
          res.end(method === 'HEAD' ? undefined : file.body);
        } else
          send(res, {
            status: file.status,
            json: { error: { code: file.status === 403 ? 'forbidden' : 'not-found', message: url.pathname.slice(0, 100) } },
          });
      } catch (e) {
        if (e instanceof BodyTooLarge)
          return send(res, { status: 413, json: { error: { code: 'too-large', message: `body over ${MAX_BODY_BYTES} bytes` } } });
        logger.error('http.crash', { error: e instanceof Error ? e.name : 'unknown' });
        if (!res.headersSent) send(res, { status: 500, json: { error: { code: 'internal', message: 'internal error' } } });
      }
    })();
  });
  server.maxConnections = MAX_HTTP_CONNECTIONS;
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;

  /** A page of this host (its Origin) trades a one-time code for the token; the reply is never cached. */
  const exchangeBootstrapCode = async (req: IncomingMessage, codes: BootstrapCodes): Promise<RouteResponse> => {
    if (req.method !== 'POST') return { status: 405, json: { error: { code: 'method-not-allowed', message: 'POST only' } } };
    if (!allowedOrigins().includes(req.headers.origin ?? ''))
      return { status: 403, json: { error: { code: 'forbidden', message: 'foreign origin' } } };
    let code = '';
    try {
      const parsed: unknown = JSON.parse((await readBody(req)).toString('utf8'));
      if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { code?: unknown }).code === 'string')
        code = (parsed as { code: string }).code;
    } catch (e) {
      if (e instanceof BodyTooLarge) throw e;
    }
    if (!codes.redeem(code)) {
      logger.warn('host.bootstrap-refused', {});
      return { status: 401, json: { error: { code: 'bad-code', message: 'unknown, used or expired bootstrap code' } } };
    }
    logger.info('host.bootstrap-redeemed', {});
    return { status: 200, json: { token } };
  };

  const ws = attachWsTransport({
    server,
    token,
    allowedOrigins,
    allowedHosts,
    ...(options.maxClients === undefined ? {} : { maxClients: options.maxClients }),
    dispatcher: core.dispatcher,
    bus: core.bus,
    logger,
    onClientConnected: (id) => core.onClientConnected?.(id),
    onClientGone: (id) => core.onClientGone(id),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the host is never reachable from the network (design decision 6).
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  logger.info('host.listening', { port });
  return {
    url,
    launchUrl: `${url}#token=${token}`,
    port,
    token,
    clientCount: () => ws.clientCount(),
    close: async () => {
      await ws.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
