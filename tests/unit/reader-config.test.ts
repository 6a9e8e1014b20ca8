/** devices.json's reader part (issue #16): the old HID candidates shape still parses; serial and keyboard modes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEVICE_CONFIG, loadDeviceConfig } from '../../native/devices/device-config';

function load(json: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'devices-json-'));
  try {
    writeFileSync(join(dir, 'devices.json'), JSON.stringify(json));
    return loadDeviceConfig(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('devices.json reader transport', () => {
  it('a devices.json written before transports existed (candidates only) is a HID reader, unchanged', () => {
    const old = { reader: { candidates: [{ vendorId: 3118, productId: 2913, usagePage: 140, usage: 2 }] } };
    const r = load(old);
    expect(r.problems).toEqual([]);
    expect(r.source).toBe('override');
    expect(r.config.reader).toEqual({ transport: 'hid', candidates: old.reader.candidates });
    expect(DEFAULT_DEVICE_CONFIG.reader.transport).toBe('hid');
  });

  it('serial: 9600 8N1, CR, autodetect by default; every setting can be given', () => {
    expect(load({ reader: { transport: 'serial' } }).config.reader).toEqual({
      transport: 'serial',
      baudRate: 9600,
      dataBits: 8,
      parity: 'none',
      stopBits: 1,
      terminator: 'cr',
      idleMs: 80,
    });
    const full = {
      transport: 'serial',
      path: '/dev/serial/by-id/usb-Newland_NLS-FR40-if00',
      baudRate: 115200,
      dataBits: 7,
      parity: 'even',
      stopBits: 2,
      terminator: 'idle',
      idleMs: 120,
    };
    expect(load({ reader: full }).config.reader).toEqual(full);
  });

  it('keyboard mode has nothing to configure', () => {
    expect(load({ reader: { transport: 'keyboard' } }).config.reader).toEqual({ transport: 'keyboard' });
  });

  it('a wrong serial setting is reported in English and the defaults are used', () => {
    const r = load({ reader: { transport: 'serial', terminator: 'tab', baudRate: 12 } });
    expect(r.source).toBe('defaults');
    expect(r.problems.join('\n')).toMatch(/reader\.terminator/);
    expect(r.problems.join('\n')).toMatch(/reader\.baudRate/);
  });
});
