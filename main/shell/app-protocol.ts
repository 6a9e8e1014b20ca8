/**
 * `app://kiosk/…`: the privileged scheme that serves the built renderer (out/renderer, inside the
 * asar when packaged) instead of file:// (checklist item 18). Only host `kiosk` exists; anything
 * that could climb out of the root (.., encoded dots or slashes, backslashes, NUL) is refused.
 * Every response, including refusals, carries SECURITY_HEADERS (the CSP among them).
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { matchesRoute } from '../host/http-route';
import type { HttpRoute } from '../host/http-route';
import { SECURITY_HEADERS } from '../security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_HOME_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before `ready`. `standard` gives real origins and relative URLs; `secure` makes it a
 * secure context; `supportFetchAPI` lets the renderer fetch its own assets (fonts, card templates).
 * No `bypassCSP`, no `corsEnabled`, no `allowServiceWorkers`: nothing beyond what the UI needs.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

export type AppRequest = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'refuse'; readonly status: 403 | 404 };

const refuse = (status: 403 | 404): AppRequest => ({ kind: 'refuse', status });

/** Escapes that must never appear in a request path: encoded dot, slash, backslash and NUL. */
const FORBIDDEN_ESCAPES = /%(2e|2f|5c|00)/i;

/**
 * Maps a request URL to a file under `rootDir`, or refuses it. Pure: no file system access, so
 * a missing file is the caller's 404. `/` means `/index.html`.
 */
export function resolveAppRequest(rootDir: string, url: string): AppRequest {
  if (url.includes('\0') || url.includes('\\')) return refuse(403);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(403);
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return refuse(403);
  if (parsed.host.toLowerCase() !== APP_HOST || parsed.username !== '' || parsed.password !== '') return refuse(403);
  // Look at the raw text too: URL parsing would quietly resolve some of these, but a request that
  // tries them is hostile and gets a 403 rather than a best guess.
  const rawPath = url.replace(/^[^:]*:\/\/[^/?#]*/, '').split(/[?#]/)[0] ?? '';
  if (FORBIDDEN_ESCAPES.test(rawPath) || /(^|\/)\.\.?(\/|$)/.test(rawPath)) return refuse(403);

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return refuse(403);
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return refuse(403);
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return refuse(403);
  // Dotfiles (.env, .git…) are never part of the renderer build.
  if (segments.some((s) => s.startsWith('.'))) return refuse(404);
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');

  const root = resolve(rootDir);
  const full = resolve(root, relativePath);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !full.startsWith(root + sep)) return refuse(403);
  return { kind: 'file', path: full };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  // The call board's voice clips (resources/voice).
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export const contentTypeFor = (path: string): string => CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

export type FileReader = (path: string) => Promise<Uint8Array>;

/** A route's answer as a protocol Response (JSON answers are the route's error bodies). */
async function routeResponse(route: HttpRoute, request: Request, url: URL, headers: Headers): Promise<Response> {
  const r = await route.handle({ method: 'GET', path: url.pathname, query: url.searchParams, headers: {}, body: Buffer.alloc(0) });
  if ('json' in r) {
    headers.set('Content-Type', 'application/json; charset=utf-8');
    return new Response(request.method === 'HEAD' ? null : JSON.stringify(r.json), { status: r.status, headers });
  }
  headers.set('Content-Type', r.contentType);
  const body = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : new Uint8Array(r.body);
  return new Response(request.method === 'HEAD' ? null : body, { status: r.status, headers });
}

/**
 * The `protocol.handle` callback, independent of Electron so tests can call it with a plain
 * Request. Only GET/HEAD; a file that cannot be read is a 404 without saying why. A path that
 * passed the same checks as a file and matches one of the core's `inApp` routes (card previews)
 * is answered by that route instead.
 */
export function createAppRequestHandler(
  rootDir: string,
  read: FileReader = readFile,
  routes: readonly HttpRoute[] = [],
): (request: Request) => Promise<Response> {
  const appRoutes = routes.filter((r) => r.inApp === true && r.method === 'GET');
  const headersFor = (contentType?: string): Headers => {
    const h = new Headers(SECURITY_HEADERS);
    h.set('Cache-Control', 'no-store');
    if (contentType) h.set('Content-Type', contentType);
    return h;
  };
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: headersFor() });
    const target = resolveAppRequest(rootDir, request.url);
    switch (target.kind) {
      case 'refuse':
        return new Response(null, { status: target.status, headers: headersFor() });
      case 'file': {
        const url = new URL(request.url);
        const route = appRoutes.find((r) => matchesRoute(r, 'GET', url.pathname));
        if (route !== undefined) return routeResponse(route, request, url, headersFor());
        let body: Uint8Array;
        try {
          body = await read(target.path);
        } catch {
          return new Response(null, { status: 404, headers: headersFor() });
        }
        return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          status: 200,
          headers: headersFor(contentTypeFor(target.path)),
        });
      }
      default: {
        const unreachable: never = target;
        return unreachable;
      }
    }
  };
}

/** Installs the handler on the kiosk session's protocol registry (after `ready`), with the core's routes. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, routes: readonly HttpRoute[]): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir, readFile, routes));
}
