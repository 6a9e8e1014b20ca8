/**
 * Which screen the station's devices belong to. A kiosk's reader reads one citizen's card for the screen in front of
 * them: its scans, the card data and "the last scanned CCCD" serve only that client. The holder is the first client
 * that connects (or claims with `devices:claim`, or first acts on a scan) while nobody holds the reader; every later
 * client is a viewer until the holder is gone. The hold is never handed on to a client already connected: a viewer
 * waiting for the kiosk screen to reload must not become the kiosk.
 */
import { KioskFailure } from '../../../preload/contract/result';

export interface ReaderHold {
  /** A client connected: it holds the reader when nobody does. */
  connected(clientId: string): void;
  /** Takes the reader when nobody holds it; true when this client holds it now. */
  claim(clientId: string): boolean;
  /** Like claim, but throws `forbidden` (`reader-held-elsewhere`) for a viewer. */
  requireHolder(clientId: string): void;
  holds(clientId: string): boolean;
  /** The holder's client id, null when nobody holds the reader. */
  holder(): string | null;
  /** A client is gone; the hold ends if it was the holder (then true). */
  gone(clientId: string): boolean;
}

export function createReaderHold(): ReaderHold {
  let holder: string | null = null;
  const claim = (clientId: string): boolean => {
    holder ??= clientId;
    return holder === clientId;
  };
  return {
    connected: (clientId) => void claim(clientId),
    claim,
    requireHolder(clientId) {
      if (!claim(clientId)) {
        throw new KioskFailure('forbidden', 'the reader of this station belongs to another screen', { reason: 'reader-held-elsewhere' });
      }
    },
    holds: (clientId) => holder === clientId,
    holder: () => holder,
    gone(clientId) {
      if (holder !== clientId) return false;
      holder = null;
      return true;
    },
  };
}
