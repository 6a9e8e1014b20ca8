import { describe, expect, it } from 'vitest';
import type { ParsedCode } from '../../domain/codes/code-types';
import { CARD_SCAN_TTL_MS, scannedCccdNumber } from './last-card-scan';
import type { ScanMemory } from './last-card-scan';

function memory(scans: { kind: ParsedCode['kind']; ageMs: number; idNumber?: string }[]): ScanMemory & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    lastScan(kind, maxAgeMs) {
      asked.push(maxAgeMs);
      const s = scans.find((x) => x.kind === kind && x.ageMs <= maxAgeMs);
      return s === undefined ? null : ({ kind, idNumber: s.idNumber ?? '' } as never);
    },
  };
}

describe('scanned CCCD number', () => {
  it('is the number of a CCCD read within two minutes', () => {
    const m = memory([{ kind: 'cccd', ageMs: 1_000, idNumber: '001192012345' }]);
    expect(scannedCccdNumber(m)).toBe('001192012345');
    expect(m.asked).toEqual([CARD_SCAN_TTL_MS]);
  });

  it('says "wrong card" for a BHYT card and "scan first" for nothing recent', () => {
    expect(() => scannedCccdNumber(memory([{ kind: 'bhyt', ageMs: 10 }]))).toThrow(
      expect.objectContaining({ code: 'unsupported-code', detail: { reason: 'wrong-card-type', scanned: 'bhyt' } }),
    );
    expect(() => scannedCccdNumber(memory([{ kind: 'cccd', ageMs: CARD_SCAN_TTL_MS + 1, idNumber: '001192012345' }]))).toThrow(
      expect.objectContaining({ code: 'expired', detail: { reason: 'no-card-scan' } }),
    );
  });
});
