/** A small, typed HTTP route table for the browser host (emulator surface, health, documents). */
import type { IncomingMessage } from 'node:http';

export interface RouteRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

export type RouteResponse =
  | { readonly status: number; readonly json: unknown }
  | { readonly status: number; readonly body: Buffer | string; readonly contentType: string };

export interface HttpRoute {
  readonly method: 'GET' | 'POST';
  /** Exact path, or a prefix when it ends with '/*'. */
  readonly path: string;
  /** Routes that act on the kiosk need the per-launch token (header `Authorization: Bearer …`). */
  readonly needsToken: boolean;
  /**
   * Also served on app://kiosk under Electron, because the renderer itself reads it (card previews). That scheme is
   * reachable only from the app's own window, so no token is asked there.
   */
  readonly inApp?: boolean;
  handle(req: RouteRequest): RouteResponse | Promise<RouteResponse>;
}

export const matchesRoute = (route: HttpRoute, method: string, path: string): boolean =>
  route.method === method && (route.path.endsWith('/*') ? path.startsWith(route.path.slice(0, -1)) : route.path === path);
