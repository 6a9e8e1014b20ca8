/**
 * Every flow that needs "the citizen's CCCD" (sign in with the card, look up by the card, check Form 01 against it,
 * self-registration) uses the card the reader at this kiosk read recently (the devices service keeps the last scans
 * in memory), never a number or fields a screen sends: a screen could otherwise probe any ID number. A BHYT card or
 * nothing read recently gets its own error so each screen can say what to do.
 */
import { CARD_SCAN_TTL_MS } from '../../../preload/contract/card-scan-ttl';
import { KioskFailure } from '../../../preload/contract/result';
import type { CccdCode, ParsedCode } from '../../domain/codes/code-types';

export { CARD_SCAN_TTL_MS };

export interface ScanMemory {
  lastScan<K extends ParsedCode['kind']>(kind: K, maxAgeMs: number): Extract<ParsedCode, { kind: K }> | null;
}

/**
 * The CCCD the reader read within the TTL. A CCCD counts whenever it was read, before or after a BHYT card (the
 * self-registration screen asks for both). Otherwise throws, always with a `reason` the screens map:
 * - 'unsupported-code' / 'wrong-card-type': only a BHYT card was read recently;
 * - 'expired' / 'no-card-scan': nothing usable was read recently ('expired', not 'not-found': 'not-found' on
 *   these channels means the card was read but no person, account or form matches it).
 */
export function scannedCccd(memory: ScanMemory, ttlMs = CARD_SCAN_TTL_MS): CccdCode {
  const card = memory.lastScan('cccd', ttlMs);
  if (card !== null) return card;
  if (memory.lastScan('bhyt', ttlMs) !== null) {
    throw new KioskFailure('unsupported-code', 'the card scanned is a BHYT card, not a CCCD', {
      reason: 'wrong-card-type',
      scanned: 'bhyt',
    });
  }
  throw new KioskFailure('expired', 'no ID card was scanned at this kiosk recently; scan the CCCD', { reason: 'no-card-scan' });
}

/** The 12-digit number of the CCCD scanned within the TTL; throws like scannedCccd otherwise. */
export function scannedCccdNumber(memory: ScanMemory, ttlMs = CARD_SCAN_TTL_MS): string {
  return scannedCccd(memory, ttlMs).idNumber;
}
