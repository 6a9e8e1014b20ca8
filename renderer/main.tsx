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
import { OfficerApp } from './screens/officer/OfficerApp';
import { createOfficerStore, OfficerStoreContext } from './state/officer-store';
import { syncOfficerQueue } from './state/officer-queue-sync';
import { StoreContext } from './state/store-context';

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
} else if (new URLSearchParams(window.location.search).get('mode') === 'counter') {
  // The counter console: same bridge, its own store; none of the kiosk's citizen machinery runs.
  const officerStore = createOfficerStore(bridge.api);
  bridge.api.devices.onScanned((scan) => officerStore.getState().scanned(scan));
  // The host pushes queue changes; a reconnect refetches (and finds out when the host ended the session).
  syncOfficerQueue(officerStore, { onQueueChanged: bridge.api.officer.onQueueChanged, onReconnected: bridge.onReconnected });
  root.render(
    <StrictMode>
      <OfficerStoreContext.Provider value={officerStore}>
        <OfficerApp />
      </OfficerStoreContext.Provider>
    </StrictMode>,
  );
  void (async () => {
    const info = await bridge.api.system.info({});
    if (info.ok) {
      officerStore.getState().setLocale(info.value.defaultLocale);
      document.documentElement.dataset.ready = 'true';
    }
  })();
} else {
  const store = createAppStore(bridge.api);
  // One subscription for the app's lifetime: a scan lands in the citizen state, wiped by resetCitizen.
  bridge.api.devices.onScanned((scan) => store.getState().showScan(scan));
  // The host may have restarted (its sessions are gone): start the next visit from home.
  bridge.onReconnected?.(() => store.getState().resetCitizen());
  const accountStore = createAccountStore(bridge.api, store);
  // The host ended this screen's signed-in visit (idle timeout, or the account signed in on another screen).
  bridge.api.account.onSessionEnded(({ reason }) => store.getState().sessionEndedByHost(reason));
  // Tell the host at once that this client is a kiosk screen (heartbeat, and its visit owns the reader's scans).
  void bridge.api.system.reportScreen({ screen: 'home' });
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <AccountStoreContext.Provider value={accountStore}>
          <App />
        </AccountStoreContext.Provider>
      </StoreContext.Provider>
    </StrictMode>,
  );
  void (async () => {
    const info = await bridge.api.system.info({});
    if (info.ok) {
      store.getState().setLocale(info.value.defaultLocale);
      document.documentElement.dataset.ready = 'true';
    }
  })();
}
