import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-ext-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/be-vietnam-pro/latin-ext-700.css';
import './ui/tokens.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectBridge, redeemBootCode } from './bridge/kiosk';
import { translator } from './i18n/i18n';
import { AccountStoreContext, createAccountStore } from './state/account-store';
import { createAppStore } from './state/app-store';
import { StoreContext } from './state/store-context';
import type { KioskApi } from '../preload/contract/kiosk-api';
import { claimReader, type Reconnected } from './start-shared';
import { captureWedgeScans } from './app/wedge-capture';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('#root missing');
const root = createRoot(rootEl);
// A window the host opened holds a one-time code rather than the token (`--open`); trade it first.
await redeemBootCode();
const bridge = connectBridge();

if (bridge.api === null) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = translator('vi')('app.noToken');
  rootEl.replaceChildren(p);
} else {
  // The host says which station it is (`--station`): the officer console only on a counter station, whatever the
  // address says. Before, `?mode=counter` typed by anyone made a kiosk screen the officer console.
  const api = bridge.api;
  const reconnected: Reconnected = bridge.onReconnected;
  const info = await api.system.info({});
  if (info.ok && info.value.station.role === 'counter' && new URLSearchParams(window.location.search).get('view') === 'rating') {
    // The counter's second, citizen-facing window (issue #18): the rating faces only, no console, no reader.
    const { startRating } = await import('./start-rating');
    startRating(root, api, reconnected, info.value.defaultLocale);
  } else if (info.ok && info.value.station.role === 'counter') {
    // The console's screens and store are their own chunk: a kiosk never loads (or parses) them at start-up.
    const { startCounter } = await import('./start-counter');
    startCounter(root, api, reconnected, info.value.defaultLocale, info.value.station.counter);
  } else if (info.ok && info.value.station.role === 'display') {
    // The lobby call board: its own chunk too; a display serves no citizen's visit, so none of the kiosk starts.
    const { startDisplay } = await import('./start-display');
    startDisplay(root, api, reconnected, info.value.defaultLocale);
  } else startKiosk(api, reconnected, info.ok ? info.value.defaultLocale : null);
}

function startKiosk(api: KioskApi, onReconnected: Reconnected, locale: 'vi' | 'en' | null): void {
  const store = createAppStore(api);
  // One subscription for the app's lifetime: a scan lands in the citizen state, wiped by resetCitizen.
  api.devices.onScanned((scan) => store.getState().showScan(scan));
  // A keyboard-wedge reader (devices.json): its key bursts become scans, never text in a field.
  captureWedgeScans(api);
  // The host may have restarted (its sessions are gone): start the next visit from home.
  onReconnected?.(() => {
    store.getState().resetCitizen();
    claimReader(api);
  });
  const accountStore = createAccountStore(api, store);
  // The host ended this screen's signed-in visit (idle timeout, or the account signed in on another screen).
  api.account.onSessionEnded(({ reason }) => store.getState().sessionEndedByHost(reason));
  // This screen holds the kiosk's reader (its scans and card data reach no other client); tell the host at once
  // that this client is a kiosk screen (heartbeat).
  claimReader(api);
  api.devices.onReaderFree(() => claimReader(api));
  void api.system.reportScreen({ screen: 'home' });
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <AccountStoreContext.Provider value={accountStore}>
          <App />
        </AccountStoreContext.Provider>
      </StoreContext.Provider>
    </StrictMode>,
  );
  if (locale !== null) {
    store.getState().setLocale(locale);
    document.documentElement.dataset.ready = 'true';
  }
}
