/** The counter console's start: loaded only on a counter station, so a kiosk's start-up never parses it. */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { KioskApi } from '../preload/contract/kiosk-api';
import { OfficerApp } from './screens/officer/OfficerApp';
import { syncOfficerQueue } from './state/officer-queue-sync';
import { createOfficerStore, OfficerStoreContext } from './state/officer-store';
import { claimReader, type Reconnected } from './start-shared';
import { captureWedgeScans } from './app/wedge-capture';

export function startCounter(root: Root, api: KioskApi, onReconnected: Reconnected, locale: 'vi' | 'en', counter: number | null): void {
  // The counter console: same bridge, its own store; none of the kiosk's citizen machinery runs.
  const officerStore = createOfficerStore(api, locale, counter);
  api.devices.onScanned((scan) => officerStore.getState().scanned(scan));
  // A keyboard-wedge reader at the counter (devices.json): its bursts are scans, not text in the console's fields.
  captureWedgeScans(api);
  // The counter's reader serves this console (the host sends its scans only to the screen holding it).
  claimReader(api);
  api.devices.onReaderFree(() => claimReader(api));
  onReconnected?.(() => claimReader(api));
  // The host pushes queue changes; a reconnect refetches (and finds out when the host ended the session).
  syncOfficerQueue(officerStore, { onQueueChanged: api.officer.onQueueChanged, onReconnected });
  root.render(
    <StrictMode>
      <OfficerStoreContext.Provider value={officerStore}>
        <OfficerApp />
      </OfficerStoreContext.Provider>
    </StrictMode>,
  );
  document.documentElement.dataset.ready = 'true';
}
