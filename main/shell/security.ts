/**
 * Handler factories that lock the kiosk's web contents and session down: no navigation away from
 * app://kiosk/, no new windows, no <webview>, no browser permissions, our CSP on every response.
 * Pure functions over small structural types, so tests call them with fake events; only
 * `hardenSession` / `hardenWebContents` touch Electron objects, and only those passed in.
 * There is deliberately no `shell.openExternal` anywhere in this app: a kiosk never leaves itself.
 */
import type { HandlerDetails, Input, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { SECURITY_HEADERS } from '../security/csp';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** The one origin the kiosk window may show: `app://kiosk/…`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * True when `url` is on our app origin. Parsed with URL, never compared with `startsWith`, so
 * `app://kiosk.evil/` or `app://kiosk@evil/` do not pass (checklist item 13).
 */
export function isAppUrl(url: string, allowedOrigin: string = APP_ORIGIN): boolean {
  let target: URL;
  let allowed: URL;
  try {
    target = new URL(url);
    allowed = new URL(allowedOrigin);
  } catch {
    return false;
  }
  return (
    target.protocol === allowed.protocol &&
    // Node keeps the host of a non-special scheme as written; Chromium lowercases standard schemes.
    target.host.toLowerCase() === allowed.host.toLowerCase() &&
    target.username === '' &&
    target.password === '' &&
    target.host !== ''
  );
}

/** The bits of Electron's navigation events we use; real events satisfy it structurally. */
export interface PreventableEvent {
  preventDefault(): void;
}
export interface NavigationEvent extends PreventableEvent {
  readonly url?: string;
}

/**
 * For `will-navigate`, `will-redirect` and `will-frame-navigate`: anything that is not our origin
 * is cancelled. Our SPA never navigates, so this only ever fires on injected or mistaken links.
 */
export function denyNavigation(allowedOrigin: string = APP_ORIGIN): (event: NavigationEvent, url?: string) => void {
  return (event, url) => {
    const target = event.url ?? url ?? '';
    if (!isAppUrl(target, allowedOrigin)) event.preventDefault();
  };
}

/** For `will-attach-webview`: the app uses no <webview>, so every attach is refused (items 11, 12). */
export function denyWebviewAttach(event: PreventableEvent): void {
  event.preventDefault();
}

/** For `setWindowOpenHandler`: a kiosk never opens a second window or an external browser (item 14). */
export function windowOpenHandler(_details?: HandlerDetails): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/**
 * Browser permissions the renderer may have, each with a reason. EMPTY on purpose: devices
 * (scanner, printer, card reader) are driven by main over node-hid, never by WebHID/WebUSB/Web
 * Serial in the renderer; the UI needs no camera, microphone, geolocation, notifications, clipboard
 * or fullscreen API (the window is already kiosk/fullscreen). Electron grants everything by default,
 * so an explicit deny is required (checklist item 5).
 */
export const PERMISSION_ALLOWLIST: Readonly<Record<string, string>> = Object.freeze({});

export const isPermissionAllowed = (permission: string): boolean => Object.prototype.hasOwnProperty.call(PERMISSION_ALLOWLIST, permission);

/** For `session.setPermissionRequestHandler`. */
export function permissionRequestHandler(_webContents: unknown, permission: string, callback: (granted: boolean) => void): void {
  callback(isPermissionAllowed(permission));
}

/** For `session.setPermissionCheckHandler`. */
export function permissionCheckHandler(_webContents: unknown, permission: string): boolean {
  return isPermissionAllowed(permission);
}

/** For `session.setDevicePermissionHandler`: no HID/USB/serial device for the renderer, ever. */
export function devicePermissionHandler(): boolean {
  return false;
}

/**
 * Our security headers merged over a response's own (ours win, whatever the casing of theirs).
 * Used for every response the session sees; the renderer loads nothing but app:// anyway.
 */
export function withSecurityHeaders(headers: Readonly<Record<string, readonly string[] | string>> | undefined): Record<string, string[]> {
  const ours = new Set(Object.keys(SECURITY_HEADERS).map((k) => k.toLowerCase()));
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (!ours.has(k.toLowerCase())) out[k] = typeof v === 'string' ? [v] : [...v];
  }
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) out[k] = [v];
  return out;
}

/**
 * Which requests the renderer may make: our own origin, and data:/blob: for QR images and PDF
 * previews. Everything else (http, https, ws, file, ftp…) is cancelled: the Electron renderer talks
 * to main over IPC only, never to the network (the browser host's WebSocket is not used here).
 * devtools: only when DevTools are enabled for troubleshooting (KIOSK_DEVTOOLS=1); otherwise a
 * devtools:// page is one more surface nobody needs, so it is refused like any other scheme.
 */
export function isAllowedRequest(url: string, options: { readonly devTools: boolean } = { devTools: false }): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === 'data:' || scheme === 'blob:' || (options.devTools && scheme === 'devtools:');
}

/**
 * Keyboard chords a citizen must not use: reload, DevTools, zoom, print dialog, closing the window,
 * view-source. Swallowed in `before-input-event` (the app menu is removed too, so there are no
 * accelerators). OS-level chords (Ctrl+Alt+Del, Win) need OS policy.
 */
export function isBlockedInput(input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'shift' | 'alt'>, devTools: boolean): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (key === 'f5' || key === 'f11') return true;
  if (key === 'f12' || (mod && input.shift && (key === 'i' || key === 'j' || key === 'c'))) return !devTools;
  if (mod && ['r', 'w', 'p', 'u', 's', 'o', 'n', 't', '+', '-', '=', '0'].includes(key)) return true;
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright')) return true;
  return false;
}

/** Wires the navigation, window-open and webview guards on one web contents (any kind: window, frame host, devtools). */
export function hardenWebContents(contents: WebContents, options: { readonly devTools: boolean }): void {
  const deny = denyNavigation(APP_ORIGIN);
  contents.on('will-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-frame-navigate', deny);
  contents.on('will-attach-webview', denyWebviewAttach);
  contents.setWindowOpenHandler(windowOpenHandler);
  contents.on('before-input-event', (event, input) => {
    if (isBlockedInput(input, options.devTools)) event.preventDefault();
  });
}

/** Wires permission denial, request filtering and the CSP header on the kiosk's session. */
export function hardenSession(session: Session, options: { readonly devTools: boolean }): void {
  // Reset first so nothing granted earlier in this process survives (Signal's permissions.ts).
  session.setPermissionRequestHandler(null);
  session.setPermissionCheckHandler(null);
  session.setPermissionRequestHandler((wc, permission, callback) => permissionRequestHandler(wc, permission, callback));
  session.setPermissionCheckHandler((wc, permission) => permissionCheckHandler(wc, permission));
  session.setDevicePermissionHandler(devicePermissionHandler);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _wc, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  // A download opens the native save dialog, a way out of the kiosk onto the file system: none is ever allowed.
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, options) }));
  session.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) }));
}
