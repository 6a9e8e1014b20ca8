import { describe, expect, it } from 'vitest';
import type { BhytCode, CccdCode, ParsedCode } from '../../../../../main/domain/codes/code-types';
import { cccdOf } from '../../../../support/registration-test-kit';
import { failureOf } from '../../../../support/service-test-kit';
import { CARD_SCAN_TTL_MS, scannedCccd, scannedCccdNumber } from '../../../../../main/services/devices/last-card-scan';
import type { ScanMemory } from '../../../../../main/services/devices/last-card-scan';

/** The reader's memory as the devices service keeps it: the newest scan per kind with its time, read at `now`. */
function reader() {
  let now = 1_000_000;
  const scans = new Map<ParsedCode['kind'], { code: ParsedCode; at: number }>();
  const memory: ScanMemory = {
    lastScan: <K extends ParsedCode['kind']>(kind: K, maxAgeMs: number) => {
      const hit = scans.get(kind);
      if (hit === undefined || now - hit.at > maxAgeMs) return null;
      return hit.code as Extract<ParsedCode, { kind: K }>;
    },
  };
  return {
    memory,
    scan: (code: ParsedCode) => scans.set(code.kind, { code, at: now }),
    wait: (ms: number) => {
      now += ms;
    },
  };
}

const bhyt = { kind: 'bhyt', insuranceNumber: '0123456789' } as BhytCode;
const LAN_ANH: CccdCode = cccdOf();
const DUC: CccdCode = cccdOf({ idNumber: '079085004321', fullName: 'Trần Văn Đức' });

describe('the last scanned CCCD', () => {
  it('is the whole card read within the TTL, and its number for the callers that need only that', async () => {
    const r = reader();
    r.scan(LAN_ANH);
    r.wait(CARD_SCAN_TTL_MS);
    expect(scannedCccd(r.memory)).toBe(LAN_ANH);
    expect(scannedCccdNumber(r.memory)).toBe(LAN_ANH.idNumber);
  });

  it('no longer counts once older than the TTL: "expired" with reason no-card-scan, like nothing scanned at all', async () => {
    const r = reader();
    expect(await failureOf(() => scannedCccd(r.memory))).toMatchObject({ code: 'expired', detail: { reason: 'no-card-scan' } });
    r.scan(LAN_ANH);
    r.wait(CARD_SCAN_TTL_MS + 1);
    expect(await failureOf(() => scannedCccd(r.memory))).toMatchObject({ code: 'expired', detail: { reason: 'no-card-scan' } });
    expect(await failureOf(() => scannedCccdNumber(r.memory))).toMatchObject({ code: 'expired', detail: { reason: 'no-card-scan' } });
  });

  it('is two to three minutes, long enough to type the self-registration form after the scan', async () => {
    expect(CARD_SCAN_TTL_MS).toBeGreaterThanOrEqual(2 * 60_000);
    expect(CARD_SCAN_TTL_MS).toBeLessThanOrEqual(3 * 60_000);
  });

  it('says "wrong card" when only a BHYT card was read recently, and "no scan" once that too is old', async () => {
    const r = reader();
    r.scan(bhyt);
    expect(await failureOf(() => scannedCccd(r.memory))).toEqual(
      expect.objectContaining({ code: 'unsupported-code', detail: { reason: 'wrong-card-type', scanned: 'bhyt' } }),
    );
    // An old CCCD does not rescue a fresh BHYT card, and the refusal is still about the card type.
    const s = reader();
    s.scan(LAN_ANH);
    s.wait(CARD_SCAN_TTL_MS + 1);
    s.scan(bhyt);
    expect(await failureOf(() => scannedCccd(s.memory))).toMatchObject({ code: 'unsupported-code', detail: { reason: 'wrong-card-type' } });
    s.wait(CARD_SCAN_TTL_MS + 1);
    expect(await failureOf(() => scannedCccd(s.memory))).toMatchObject({ code: 'expired', detail: { reason: 'no-card-scan' } });
  });

  it('takes a recent CCCD whether it was read before or after a BHYT card', async () => {
    const after = reader();
    after.scan(bhyt);
    after.wait(10_000);
    after.scan(LAN_ANH);
    expect(scannedCccd(after.memory)).toBe(LAN_ANH);
    // Self-registration reads the CCCD first, then the BHYT card for the mã số BHXH: the CCCD still counts.
    const before = reader();
    before.scan(LAN_ANH);
    before.wait(10_000);
    before.scan(bhyt);
    expect(scannedCccd(before.memory)).toBe(LAN_ANH);
  });

  it('is the newest CCCD read: a second citizen scanning replaces the first', async () => {
    const r = reader();
    r.scan(LAN_ANH);
    r.wait(5_000);
    r.scan(DUC);
    expect(scannedCccdNumber(r.memory)).toBe('079085004321');
  });

  it('honours a TTL given by the caller', async () => {
    const r = reader();
    r.scan(LAN_ANH);
    r.wait(30_001);
    expect(await failureOf(() => scannedCccd(r.memory, 30_000))).toMatchObject({ code: 'expired' });
    expect(scannedCccd(r.memory, 60_000)).toBe(LAN_ANH);
  });
});
