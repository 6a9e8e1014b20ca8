import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectSerialReaderPorts } from '../../native/serial/serial-autodetect';

let root: string | null = null;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
});

describe('serial reader autodetection (a /dev tree of our own)', () => {
  it('by-id names first, then ttyACM in number order, then ttyUSB; a tty behind a by-id name is not listed twice', () => {
    root = mkdtempSync(join(tmpdir(), 'fake-dev-'));
    for (const n of ['ttyACM10', 'ttyACM2', 'ttyUSB0', 'ttyS0', 'ttyACMx', 'tty1']) writeFileSync(join(root, n), '');
    mkdirSync(join(root, 'serial', 'by-id'), { recursive: true });
    symlinkSync(join(root, 'ttyACM2'), join(root, 'serial', 'by-id', 'usb-Zebra_DS2208-if00'));
    expect(detectSerialReaderPorts(root)).toEqual([
      join(root, 'serial', 'by-id', 'usb-Zebra_DS2208-if00'),
      join(root, 'ttyACM10'),
      join(root, 'ttyUSB0'),
    ]);
  });

  it('nothing plugged in: no candidates (and no udevadm needed)', () => {
    root = mkdtempSync(join(tmpdir(), 'fake-dev-'));
    expect(detectSerialReaderPorts(root)).toEqual([]);
  });
});
