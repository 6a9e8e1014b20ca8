import { describe, expect, it } from 'vitest';
import { encodeHidPosReports, hidPosDataCapacity } from '../../../../native/reader/hid-pos-encoder';

describe('encodeHidPosReports', () => {
  it('writes the Honeywell-style 64-byte layout: id, length, AIM, data, flags in the last byte', () => {
    const [r, ...rest] = encodeHidPosReports(Uint8Array.of(0x30, 0x31));
    expect(rest).toHaveLength(0);
    expect(r).toHaveLength(64);
    expect(Array.from(r!.slice(0, 7))).toEqual([0x02, 2, 0x5d, 0x51, 0x31, 0x30, 0x31]);
    expect(r!.slice(7).every((b) => b === 0)).toBe(true);
  });

  it('splits long payloads into 56-byte chunks, flagging all but the last as continued', () => {
    const reports = encodeHidPosReports(new Uint8Array(150).fill(7));
    expect(hidPosDataCapacity(64)).toBe(56);
    expect(reports.map((r) => r[1])).toEqual([56, 56, 38]);
    expect(reports.map((r) => r[63])).toEqual([1, 1, 0]);
  });

  it('sends one empty report for an empty payload', () => {
    const reports = encodeHidPosReports(new Uint8Array(0));
    expect(reports).toHaveLength(1);
    expect([reports[0]![1], reports[0]![63]]).toEqual([0, 0]);
  });

  it('caps the per-report data at 255 (one length byte) for very large reports', () => {
    const reports = encodeHidPosReports(new Uint8Array(600), { reportSize: 1024 });
    expect(reports.map((r) => r[1])).toEqual([255, 255, 90]);
  });

  it('rejects report sizes without room for data and bad symbology ids', () => {
    expect(() => encodeHidPosReports(Uint8Array.of(1), { reportSize: 8 })).toThrow(RangeError);
    expect(() => encodeHidPosReports(Uint8Array.of(1), { reportSize: 9 })).not.toThrow();
    expect(() => encodeHidPosReports(Uint8Array.of(1), { reportSize: 64.5 })).toThrow(RangeError);
    expect(() => encodeHidPosReports(Uint8Array.of(1), { symbology: ']Q' })).toThrow(RangeError);
    expect(() => encodeHidPosReports(Uint8Array.of(1), { symbology: ']Qễ' })).toThrow(RangeError);
  });
});
