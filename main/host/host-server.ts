/**
 * The browser host: serves the built renderer and the channel table on 127.0.0.1 only.
 * Every response carries the CSP; request bodies are size-limited; routes that act on the kiosk
 * need the per-launch token.
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
import { readStaticFile } from './static-files';
import { attachWsTransport, tokensEqual } from './ws-transport';

/** Largest HTTP request body accepted (emulator scans, printer state). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface HostCore {
  readonly dispatcher: Dispatcher;
  readonly bus: EventBus;
  readonly routes: readonly HttpRoute[];
  onClientGone(clientId: string): void;
}

export interface HostOptions {
  readonly core: HostCore;
  readonly webRoot: string;
  readonly port: number;
  readonly logger: Logger;
  /** Defaults to a fresh random token per launch. */
  readonly token?: string;
}

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

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const method = req.method ?? 'GET';
        const route = core.routes.find((r) => matchesRoute(r, method, url.pathname));
        if (route) {
          if (route.needsToken) {
            const auth = req.headers.authorization ?? '';
            const given = auth.startsWith('Bearer ') ? auth.slice(7) : (url.searchParams.get('token') ?? '');
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
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;

  const ws = attachWsTransport({
    server,
    token,
    allowedOrigins: () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
    dispatcher: core.dispatcher,
    bus: core.bus,
    logger,
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
