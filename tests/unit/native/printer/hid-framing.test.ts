import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameHidReports, unframeHidReport, unframeHidReports } from '../../../../native/printer/hid-framing.js';

describe('HID framing', () => {
  it('frames into fixed-size reports with report ID and length byte', () => {
    const bytes = Uint8Array.from({ length: 130 }, (_, i) => i);
    const reports = frameHidReports(bytes, { reportId: 2, lengthByte: true, reportSize: 64 });
    expect(reports.map((r) => r.length)).toEqual([64, 64, 64]);
    expect(reports.map((r) => [r[0], r[1]])).toEqual([
      [2, 62],
      [2, 62],
      [2, 6],
    ]);
    expect(Array.from(reports[2]?.subarray(2, 8) ?? [])).toEqual([124, 125, 126, 127, 128, 129]);
    expect(reports[2]?.[8]).toBe(0);
  });

  it('round-trips any stream with a length byte', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.integer({ min: 3, max: 257 }),
        fc.integer({ min: 0, max: 255 }),
        (bytes, reportSize, reportId) => {
          const options = { reportId, lengthByte: true, reportSize };
          expect(Array.from(unframeHidReports(frameHidReports(bytes, options), options))).toEqual(Array.from(bytes));
        },
      ),
    );
  });

  it('without a length byte keeps the padding (documented) but all data', () => {
    const options = { reportId: 0, lengthByte: false, reportSize: 8 };
    const out = unframeHidReports(frameHidReports(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), options), options);
    expect(Array.from(out)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0, 0, 0, 0]);
  });

  it('ignores reports with a foreign report ID and clamps bogus lengths', () => {
    const options = { reportId: 1, lengthByte: true, reportSize: 8 };
    expect(unframeHidReport(Uint8Array.of(2, 3, 9, 9, 9, 0, 0, 0), options)).toHaveLength(0);
    expect(Array.from(unframeHidReport(Uint8Array.of(1, 200, 9, 9, 9, 9, 9, 9), options))).toEqual([9, 9, 9, 9, 9, 9]);
  });

  it('rejects impossible options', () => {
    expect(() => frameHidReports(Uint8Array.of(1), { reportId: 0, lengthByte: true, reportSize: 2 })).toThrow(RangeError);
    expect(() => frameHidReports(Uint8Array.of(1), { reportId: 300, lengthByte: false, reportSize: 64 })).toThrow(RangeError);
    expect(() => frameHidReports(Uint8Array.of(1), { reportId: 0, lengthByte: true, reportSize: 300 })).toThrow(RangeError);
  });
});
