import type { KioskApi } from '../preload/contract/kiosk-api';

/** The bridge's reconnect hook (the browser host's WebSocket came back); absent under Electron. */
export type Reconnected = ((listener: () => void) => () => void) | undefined;

/** Takes the station's reader for this screen; a second screen of the same station stays a viewer (no scans). */
export function claimReader(api: KioskApi): void {
  void api.devices.claim({});
}
