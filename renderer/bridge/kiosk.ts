/**
 * The ONLY module that reads `window.kiosk`. In Electron the preload provides it; in a plain browser
 * we build the same API over the host's WebSocket, with the per-launch token from the URL fragment.
 */
import { buildKioskApi } from '../../preload/contract/kiosk-api';
import type { KioskApi } from '../../preload/contract/kiosk-api';
import { createWsTransport } from './ws-transport';

declare global {
  interface Window {
    readonly kiosk?: KioskApi;
  }
}

const TOKEN_KEY = 'kiosk-host-token';

/** Reads the token from `#token=…` once, keeps it for reloads of this tab, and removes it from the address bar. */
function takeToken(): string | null {
  const m = /(?:^|[#&])token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return m[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * A window the host opened itself (`--open`) carries `#boot=<one-time code>` instead of the token: trade it for
 * the token once, keep the token for this tab, and take the code out of the address bar. Nothing to do otherwise.
 */
export async function redeemBootCode(): Promise<void> {
  if (window.kiosk) return;
  const m = /(?:^|[#&])boot=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!m?.[1]) return;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  try {
    const res = await fetch('/bootstrap', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: m[1] }),
      cache: 'no-store',
    });
    if (!res.ok) return;
    const body: unknown = await res.json();
    const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : undefined;
    if (typeof token === 'string' && /^[A-Za-z0-9_-]+$/.test(token)) sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // No host, or it refused: the page then says it has no token, as for a mistyped address.
  }
}

export type Bridge =
  | {
      readonly api: KioskApi;
      readonly transport: 'electron' | 'browser-host';
      /** Browser host only: the WebSocket came back after a loss. */
      readonly onReconnected?: (listener: () => void) => () => void;
    }
  | { readonly api: null; readonly problem: 'no-token' };

export function connectBridge(): Bridge {
  if (window.kiosk) return { api: window.kiosk, transport: 'electron' };
  const token = takeToken();
  if (!token) return { api: null, problem: 'no-token' };
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/ws?token=${encodeURIComponent(token)}`;
  const ws = createWsTransport(wsUrl);
  return { api: buildKioskApi(ws), transport: 'browser-host', onReconnected: (l) => ws.onReconnected(l) };
}

/** The per-launch token for the host's HTTP routes that need it (card PDF previews); null under Electron. */
export function hostToken(): string | null {
  return window.kiosk ? null : sessionStorage.getItem(TOKEN_KEY);
}
