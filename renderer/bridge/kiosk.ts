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

export type Bridge =
  { readonly api: KioskApi; readonly transport: 'electron' | 'browser-host' } | { readonly api: null; readonly problem: 'no-token' };

export function connectBridge(): Bridge {
  if (window.kiosk) return { api: window.kiosk, transport: 'electron' };
  const token = takeToken();
  if (!token) return { api: null, problem: 'no-token' };
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/ws?token=${encodeURIComponent(token)}`;
  return { api: buildKioskApi(createWsTransport(wsUrl)), transport: 'browser-host' };
}
