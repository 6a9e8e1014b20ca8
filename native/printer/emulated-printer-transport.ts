import type { ByteTransport } from './byte-transport.js';
import type { EscPosEmulator } from './escpos-emulator.js';
import { frameHidReports, unframeHidReport, type HidFramingOptions } from './hid-framing.js';

// In-process transport to an EscPosEmulator (demo mode, tests). With `hid`, every write is framed
// into HID reports and each report is unframed on the "device" side before reaching the emulator,
// so commands arrive split at report boundaries exactly as over a HID printer.

export type EmulatedTransportOptions = {
  readonly hid?: HidFramingOptions;
};

export function createEmulatedPrinterTransport(emulator: EscPosEmulator, options: EmulatedTransportOptions = {}): ByteTransport {
  const listeners = new Set<(bytes: Uint8Array) => void>();
  let closed = false;
  // Replies are delivered asynchronously, as from a real device.
  const deliver = (bytes: Uint8Array): void => {
    if (bytes.length === 0 || closed) return;
    queueMicrotask(() => {
      for (const cb of listeners) cb(bytes);
    });
  };
  const stopUnsolicited = emulator.onUnsolicited(deliver);
  const hid = options.hid;

  return {
    kind: hid === undefined ? 'emulated' : 'emulated-hid',
    write(bytes) {
      if (closed) return Promise.reject(new Error('Emulated printer transport is closed'));
      if (hid === undefined) {
        deliver(emulator.write(bytes));
      } else {
        for (const report of frameHidReports(bytes, hid)) deliver(emulator.write(unframeHidReport(report, hid)));
      }
      return Promise.resolve();
    },
    onData(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    close() {
      closed = true;
      stopUnsolicited();
      listeners.clear();
      return Promise.resolve();
    },
  };
}
