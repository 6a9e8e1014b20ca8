/**
 * The ONLY file that imports serialport (lint enforces it): SerialLink over SerialPort. Never calls
 * `SerialPort.list()`: on Linux it spawns `udevadm`, and where that binary is missing the spawn failure is an uncaught
 * exception that kills the process; serial-autodetect.ts scans /dev itself instead.
 */
import { SerialPort } from 'serialport';
import type { OpenSerialPort, SerialLink } from './serial-port';

export const openSerialPort: OpenSerialPort = (path, settings) =>
  new Promise((resolve, reject) => {
    const port = new SerialPort({
      path,
      baudRate: settings.baudRate,
      dataBits: settings.dataBits,
      parity: settings.parity,
      stopBits: settings.stopBits,
      // Exclusive (the default on Linux, via flock): a second program on the same reader would steal scans.
      lock: true,
      autoOpen: false,
    });
    port.open((err) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(wrap(port));
    });
  });

function wrap(port: SerialPort): SerialLink {
  const closeListeners = new Set<(e: Error | null) => void>();
  let closedByUs = false;
  let reported = false;
  const report = (e: Error | null): void => {
    if (reported) return;
    reported = true;
    for (const l of closeListeners) l(e);
  };
  // An unplugged CDC-ACM device or a closed pty: 'close' with a disconnect error, or an 'error' first.
  port.on('close', (e: Error | null | undefined) => report(closedByUs ? null : (e ?? new Error('serial port closed'))));
  port.on('error', (e: Error) => {
    report(closedByUs ? null : e);
    if (port.isOpen) port.close(() => undefined);
  });
  return {
    onData(cb) {
      const l = (b: Buffer): void => cb(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
      port.on('data', l);
      return () => void port.off('data', l);
    },
    onClose(cb) {
      closeListeners.add(cb);
      return () => closeListeners.delete(cb);
    },
    close: () =>
      new Promise<void>((resolve) => {
        closedByUs = true;
        if (!port.isOpen) return resolve();
        port.close(() => resolve());
      }),
  };
}
