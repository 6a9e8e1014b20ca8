/**
 * `window.__kioskStateDump()`: the renderer's citizen-relevant state as JSON, so the e2e residue test can prove
 * an idle wipe left nothing behind. Installed only when the host reports emulated devices (development, demos,
 * tests); a kiosk on real hardware never has it.
 */
import type { AppStore } from '../state/app-store';
import { dumpRegisteredStores } from '../state/wipe-citizen';

declare global {
  interface Window {
    __kioskStateDump?: () => string;
  }
}

export function installStateDump(app: AppStore): void {
  window.__kioskStateDump = () => {
    const s = app.getState();
    return JSON.stringify({ app: { screen: s.screen, locale: s.locale, citizen: s.citizen }, ...dumpRegisteredStores() });
  };
}
