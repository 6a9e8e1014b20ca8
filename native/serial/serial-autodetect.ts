/**
 * Likely reader ports when devices.json names none: the stable udev names under /dev/serial/by-id/ first (they say
 * vendor and serial number and survive re-enumeration), then /dev/ttyACM* (CDC-ACM, what most 2D readers present),
 * then /dev/ttyUSB* (USB-serial bridges). Reads the directory itself: serialport's list() spawns udevadm (see
 * serialport-link.ts). A by-id link and the tty it points to are the same reader: only the by-id name is kept.
 */
import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

const names = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};

export function detectSerialReaderPorts(devRoot = '/dev'): string[] {
  const byId = names(join(devRoot, 'serial', 'by-id')).map((n) => join(devRoot, 'serial', 'by-id', n));
  const covered = new Set(byId.map(real));
  const ttys = names(devRoot);
  const numbered = (prefix: string): string[] =>
    ttys
      .filter((n) => n.startsWith(prefix) && /^\d+$/.test(n.slice(prefix.length)))
      .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)))
      .map((n) => join(devRoot, n));
  return [...byId, ...[...numbered('ttyACM'), ...numbered('ttyUSB')].filter((p) => !covered.has(real(p)))];
}
