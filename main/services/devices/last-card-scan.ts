/**
 * "Sign in with the CCCD" and "look up by scanning the CCCD" use the card the reader at this kiosk read recently
 * (the devices service keeps the last scans in memory), never a number a screen sends: a screen could otherwise
 * probe any ID number. A BHYT card or nothing read recently gets its own error so the screen can say what to do.
 */
import { KioskFailure } from '../../../preload/contract/result';
import type { ParsedCode } from '../../domain/codes/code-types';

/** A scan older than this no longer counts: the citizen who scanned may have walked away. */
export const CARD_SCAN_TTL_MS = 2 * 60_000;

export interface ScanMemory {
  lastScan<K extends ParsedCode['kind']>(kind: K, maxAgeMs: number): Extract<ParsedCode, { kind: K }> | null;
}

/** The 12-digit number of the CCCD scanned within the TTL; throws 'unsupported-code' or 'expired' otherwise. */
export function scannedCccdNumber(memory: ScanMemory, ttlMs = CARD_SCAN_TTL_MS): string {
  const card = memory.lastScan('cccd', ttlMs);
  if (card !== null) return card.idNumber;
  if (memory.lastScan('bhyt', ttlMs) !== null) {
    throw new KioskFailure('unsupported-code', 'the card scanned is a BHYT card, not a CCCD', {
      reason: 'wrong-card-type',
      scanned: 'bhyt',
    });
  }
  throw new KioskFailure('expired', 'no ID card was scanned at this kiosk recently; scan the CCCD', { reason: 'no-card-scan' });
}
