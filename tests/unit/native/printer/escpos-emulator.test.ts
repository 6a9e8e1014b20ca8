import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../../native/printer/encode-receipt.js';
import { EscPosEmulator, type EmulatedReceipt } from '../../../../native/printer/escpos-emulator.js';
import { DEFAULT_PRINTER_PROFILE } from '../../../../native/printer/printer-profile.js';
import { SAMPLE_RECEIPT } from '../../../../native/printer/sample-receipt.js';

const enc = (s: string): number[] => Array.from(new TextEncoder().encode(s));
const DLE_EOT = (n: number): Uint8Array => Uint8Array.of(0x10, 0x04, n);
const CP1258_BYTES = encodeReceipt(SAMPLE_RECEIPT, { ...DEFAULT_PRINTER_PROFILE, textMode: 'windows1258' });

function feedInChunks(emulator: EscPosEmulator, bytes: Uint8Array, cuts: readonly number[]): void {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    emulator.write(bytes.slice(prev, p));
    prev = p;
  }
}

describe('EscPosEmulator parsing', () => {
  it('decodes text, LF, and finishes a receipt on GS V', () => {
    const e = new EscPosEmulator({ now: () => 1234 });
    e.write(Uint8Array.from([0x1b, 0x40, ...enc('Hello'), 0x0a, 0x1b, 0x45, 1, ...enc('World'), 0x0a]));
    expect(e.receipts()).toHaveLength(0);
    e.write(Uint8Array.of(0x1d, 0x56, 0x00));
    const [r] = e.receipts();
    expect(r?.text).toBe('Hello\nWorld');
    expect(r?.finishedAt).toBe(1234);
    expect(r?.id).toBe('receipt-1');
  });

  it('produces the same receipt however the stream is split into chunks', () => {
    const whole = new EscPosEmulator();
    whole.write(CP1258_BYTES);
    const expected = whole.receipts()[0]?.text;
    expect(expected).toContain('Nguyễn Văn Đức');
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
        const e = new EscPosEmulator();
        feedInChunks(e, CP1258_BYTES, cuts);
        expect(e.receipts().map((r) => r.text)).toEqual([expected]);
      }),
      { numRuns: 60 },
    );
  });

  it('handles a one-byte-at-a-time raster receipt identically', () => {
    const raster = encodeReceipt(SAMPLE_RECEIPT, DEFAULT_PRINTER_PROFILE);
    const a = new EscPosEmulator();
    a.write(raster);
    const b = new EscPosEmulator();
    for (const byte of raster) b.write(Uint8Array.of(byte));
    expect(b.receipts().map((r) => r.text)).toEqual(a.receipts().map((r) => r.text));
    expect(a.receipts()[0]?.text).toMatch(/\[image 576x\d+\]/u);
    expect(a.receipts()[0]?.qrCodes).toEqual(['BHXH-HS-2026-000123']);
  });

  it('merges GS v 0 bands into one image and renders its pixels', () => {
    const e = new EscPosEmulator();
    const band = (rows: number): number[] => [0x1d, 0x76, 0x30, 0x00, 2, 0, rows, 0, ...new Array<number>(2 * rows).fill(0xff)];
    e.write(Uint8Array.from([...band(10), ...band(6), 0x1d, 0x56, 0x01]));
    const r = e.receipts()[0];
    expect(r?.text).toBe('[image 16x16]');
    const png = r?.png();
    expect(png?.subarray(1, 4).toString()).toBe('PNG');
  });

  it('understands ESC * 24-dot column images without adding blank lines', () => {
    const e = new EscPosEmulator();
    const strip = [0x1b, 0x2a, 33, 8, 0, ...new Array<number>(24).fill(0xaa), 0x0a];
    e.write(Uint8Array.from([...strip, ...strip, ...enc('after'), 0x0a, 0x1d, 0x56, 0x00]));
    expect(e.receipts()[0]?.text).toBe('[image 8x48]\nafter');
  });

  it('keeps QR model/size/error level and prints stored data on fn 81', () => {
    const e = new EscPosEmulator();
    const data = enc('Đức 123');
    const len = data.length + 3;
    e.write(
      Uint8Array.from([
        0x1d,
        0x28,
        0x6b,
        4,
        0,
        0x31,
        0x41,
        0x32,
        0,
        0x1d,
        0x28,
        0x6b,
        3,
        0,
        0x31,
        0x43,
        4,
        0x1d,
        0x28,
        0x6b,
        3,
        0,
        0x31,
        0x45,
        0x33,
        0x1d,
        0x28,
        0x6b,
        len,
        0,
        0x31,
        0x50,
        0x30,
        ...data,
        0x1d,
        0x28,
        0x6b,
        3,
        0,
        0x31,
        0x51,
        0x30,
        0x1d,
        0x56,
        0x00,
      ]),
    );
    expect(e.receipts()[0]?.qrCodes).toEqual(['Đức 123']);
  });

  it('skips unknown commands and does not make a receipt from an empty cut', () => {
    const e = new EscPosEmulator();
    e.write(Uint8Array.from([0x1d, 0x56, 0x00, 0x1b, 0x99, 0x1c, 0x2e, 0x1d, 0x28, 0x41, 2, 0, 9, 9, ...enc('x'), 0x0a, 0x1d, 0x56, 0x00]));
    expect(e.receipts().map((r) => r.text)).toEqual(['x']);
  });

  it('never throws on garbage and keeps answering status afterwards', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }), (chunks) => {
        const e = new EscPosEmulator();
        for (const c of chunks) e.write(c);
        for (const r of e.receipts()) r.png();
        return true;
      }),
      { numRuns: 300 },
    );
    // A fresh printer answers a status request immediately.
    expect(Array.from(new EscPosEmulator().write(DLE_EOT(1)))).toEqual([0x12]);
  });

  it('never throws with garbage interleaved with state changes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 64 }).map((b) => ({ bytes: b })),
            fc.record({
              paper: fc.constantFrom('ok' as const, 'low' as const, 'out' as const),
              cover: fc.constantFrom('open' as const, 'closed' as const),
            }),
          ),
          { maxLength: 20 },
        ),
        (steps) => {
          const e = new EscPosEmulator();
          for (const s of steps) {
            if ('bytes' in s) e.write(s.bytes);
            else e.setState(s);
          }
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('EscPosEmulator status', () => {
  const status = (e: EscPosEmulator): number[] => [1, 2, 3, 4].map((n) => e.write(DLE_EOT(n))[0] ?? -1);

  it('answers DLE EOT 1..4 with fixed bits and reflects setState', () => {
    const e = new EscPosEmulator();
    expect(status(e)).toEqual([0x12, 0x12, 0x12, 0x12]);
    e.setState({ paper: 'low' });
    expect(status(e)).toEqual([0x12, 0x12, 0x12, 0x1e]);
    e.setState({ paper: 'out' });
    expect(status(e)).toEqual([0x1a, 0x32, 0x12, 0x7e]);
    e.setState({ paper: 'ok', cover: 'open' });
    expect(status(e)).toEqual([0x1a, 0x16, 0x12, 0x12]);
    e.setState({ cover: 'closed', error: true });
    expect(status(e)).toEqual([0x1a, 0x52, 0x1a, 0x12]);
  });

  it('answers nothing while disconnected', () => {
    const e = new EscPosEmulator();
    e.setState({ connected: false });
    expect(e.write(DLE_EOT(1))).toHaveLength(0);
  });

  it('holds print data while out of paper and prints it when paper is back', () => {
    const e = new EscPosEmulator();
    const printed: EmulatedReceipt[] = [];
    e.onReceipt((r) => printed.push(r));
    e.setState({ paper: 'out' });
    const reply = e.write(Uint8Array.from([...CP1258_BYTES, 0x10, 0x04, 4]));
    expect(Array.from(reply)).toEqual([0x7e]); // real-time status still answered
    expect(printed).toHaveLength(0);
    expect(e.heldBytes).toBeGreaterThan(0);
    e.setState({ cover: 'open', paper: 'ok' });
    expect(printed).toHaveLength(0);
    e.setState({ cover: 'closed' });
    expect(printed).toHaveLength(1);
    expect(printed[0]?.text).toContain('Nguyễn Văn Đức');
    expect(e.heldBytes).toBe(0);
  });

  it('sends Automatic Status Back after GS a and on state changes', () => {
    const e = new EscPosEmulator();
    const unsolicited: number[][] = [];
    e.onUnsolicited((b) => unsolicited.push(Array.from(b)));
    const first = Array.from(e.write(Uint8Array.of(0x1d, 0x61, 0x4f)));
    expect(first).toHaveLength(4);
    expect((first[0] ?? 0) & 0x93).toBe(0x10);
    e.setState({ cover: 'open' });
    expect(unsolicited).toHaveLength(1);
    expect(((unsolicited[0]?.[0] ?? 0) & 0x08) !== 0).toBe(true); // offline
    expect(((unsolicited[0]?.[1] ?? 0) & 0x04) !== 0).toBe(true); // cover open
    e.setState({ cover: 'open' });
    expect(unsolicited).toHaveLength(1); // no change, no message
  });
});
