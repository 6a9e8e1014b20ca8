import { describe, expect, it } from 'vitest';
import type { ByteTransport } from '../../../../native/printer/byte-transport.js';
import { createEmulatedPrinterTransport } from '../../../../native/printer/emulated-printer-transport.js';
import { EscPosEmulator } from '../../../../native/printer/escpos-emulator.js';
import { isStatusReplyByte, parsePrinterStatus, queryPrinterStatus } from '../../../../native/printer/printer-status.js';

describe('parsePrinterStatus', () => {
  it('reads an all-OK printer (0x16 seen in the field has the drawer bit set)', () => {
    expect(parsePrinterStatus({ printer: 0x16, offlineCause: 0x12, paperSensor: 0x12 })).toEqual({
      online: true,
      paper: 'ok',
      cover: 'closed',
      error: false,
    });
  });
  it('reads paper out, cover open, error', () => {
    expect(parsePrinterStatus({ printer: 0x1a, offlineCause: 0x76, paperSensor: 0x7e })).toEqual({
      online: false,
      paper: 'out',
      cover: 'open',
      error: true,
    });
    expect(parsePrinterStatus({ printer: 0x12, offlineCause: 0x12, paperSensor: 0x1e }).paper).toBe('low');
  });
  it('tells status replies from ASB and garbage by the fixed bits', () => {
    expect(isStatusReplyByte(0x12)).toBe(true);
    expect(isStatusReplyByte(0x7e)).toBe(true);
    expect(isStatusReplyByte(0x10)).toBe(false); // ASB first byte
    expect(isStatusReplyByte(0x00)).toBe(false);
    expect(isStatusReplyByte(0x93)).toBe(false);
  });
});

describe('queryPrinterStatus', () => {
  it('reports the emulator state through a transport, HID-framed', async () => {
    const emulator = new EscPosEmulator();
    const transport = createEmulatedPrinterTransport(emulator, { hid: { reportId: 0, lengthByte: true, reportSize: 64 } });
    expect(await queryPrinterStatus(transport, { timeoutMs: 500 })).toEqual({
      ok: true,
      status: { online: true, paper: 'ok', cover: 'closed', error: false },
    });
    emulator.setState({ paper: 'out' });
    expect(await queryPrinterStatus(transport, { timeoutMs: 500 })).toEqual({
      ok: true,
      status: { online: false, paper: 'out', cover: 'closed', error: false },
    });
    emulator.setState({ paper: 'low', cover: 'open' });
    expect(await queryPrinterStatus(transport, { timeoutMs: 500 })).toEqual({
      ok: true,
      status: { online: false, paper: 'low', cover: 'open', error: false },
    });
  });

  it('times out when the printer is disconnected', async () => {
    const emulator = new EscPosEmulator();
    emulator.setState({ connected: false });
    const transport = createEmulatedPrinterTransport(emulator);
    const started = Date.now();
    expect(await queryPrinterStatus(transport, { timeoutMs: 100 })).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reports disconnected when the transport rejects writes', async () => {
    const transport = createEmulatedPrinterTransport(new EscPosEmulator());
    await transport.close();
    expect(await queryPrinterStatus(transport, { timeoutMs: 500 })).toEqual({ ok: false, reason: 'disconnected' });
  });

  it('serialises concurrent queries and ignores unsolicited bytes', async () => {
    const listeners = new Set<(b: Uint8Array) => void>();
    const written: number[] = [];
    let outstanding = 0;
    let maxOutstanding = 0;
    const replies: Record<number, number> = { 1: 0x1a, 2: 0x16, 4: 0x12 };
    const transport: ByteTransport = {
      kind: 'fake',
      write(bytes) {
        const n = bytes[2] ?? 0;
        written.push(n);
        outstanding++;
        maxOutstanding = Math.max(maxOutstanding, outstanding);
        setTimeout(() => {
          outstanding--;
          // An ASB message and a stray zero arrive first; only the status byte counts.
          for (const cb of listeners) cb(Uint8Array.of(0x10, 0x00, 0x00, 0x00, replies[n] ?? 0));
        }, 5);
        return Promise.resolve();
      },
      onData(cb) {
        listeners.add(cb);
        return () => listeners.delete(cb);
      },
      close: () => Promise.resolve(),
    };
    const [a, b] = await Promise.all([
      queryPrinterStatus(transport, { timeoutMs: 500 }),
      queryPrinterStatus(transport, { timeoutMs: 500 }),
    ]);
    const expected = { ok: true, status: { online: false, paper: 'ok', cover: 'open', error: false } };
    expect(a).toEqual(expected);
    expect(b).toEqual(expected);
    expect(written).toEqual([1, 2, 4, 1, 2, 4]);
    expect(maxOutstanding).toBe(1);
  });
});
