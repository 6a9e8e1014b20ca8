import { describe, expect, it } from 'vitest';
import { EmulatedHidBus } from '../../../../native/hid/emulated-hid-bus';
import { DEFAULT_DEVICE_CONFIG } from '../../../../native/devices/device-config';
import { createDeviceManager } from '../../../../native/devices/device-manager';
import type { ScannedEvent } from '../../../../native/devices/device-manager';
import { encodeReceipt } from '../../../../native/printer/encode-receipt';
import { SAMPLE_RECEIPT } from '../../../../native/printer/sample-receipt';
import { DEFAULT_PRINTER_PROFILE } from '../../../../native/printer/printer-profile';

const flush = () => new Promise((r) => setImmediate(r));

describe('device manager', () => {
  it('opens both devices, assembles a scan, loses and regains the reader', async () => {
    const bus = new EmulatedHidBus();
    let t = 0;
    const m = createDeviceManager({ bus, config: DEFAULT_DEVICE_CONFIG, now: () => t });
    const seq: string[] = [];
    m.onState((s) => seq.push(s.reader.status));
    const scans: ScannedEvent[] = [];
    m.onScanned((s) => scans.push(s));
    await m.tick();
    expect(m.state().reader.status).toBe('ready');
    expect(m.state().printer).toMatchObject({ status: 'ready', paper: 'ok' });
    bus.scan(new TextEncoder().encode('Nguyễn Thị Lan Anh'.repeat(5)));
    await flush();
    expect(scans).toEqual([{ ok: true, length: expect.any(Number), text: 'Nguyễn Thị Lan Anh'.repeat(5) }]);
    bus.setReaderConnected(false);
    await flush();
    expect(m.state().reader.status).toBe('error');
    await m.tick();
    expect(m.state().reader.status).toBe('absent');
    bus.setReaderConnected(true);
    t = 10_000;
    await m.tick();
    expect(m.state().reader.status).toBe('ready');
    expect(seq).toContain('opening');
    await m.close();
  });

  it('refuses to print when paper is out and prints after it is restored', async () => {
    const bus = new EmulatedHidBus();
    const m = createDeviceManager({ bus, config: DEFAULT_DEVICE_CONFIG });
    await m.tick();
    bus.setPrinterState({ paper: 'out' });
    const bytes = encodeReceipt(SAMPLE_RECEIPT, DEFAULT_PRINTER_PROFILE);
    expect(await m.print(bytes)).toMatchObject({ ok: false, reason: 'paper-out', sent: false });
    expect(bus.printer.receipts()).toHaveLength(0);
    bus.setPrinterState({ paper: 'ok' });
    expect(await m.print(bytes)).toEqual({ ok: true });
    expect(bus.printer.receipts()).toHaveLength(1);
    await m.close();
  });
});
