/**
 * A code reader on a USB virtual serial port (CDC-ACM, /dev/ttyACM0, /dev/serial/by-id/…; docs/readers.md). Polled
 * like the HID reader (device-manager.ts): each tick finds the port (devices.json `path`, or autodetect), opens it
 * with the configured line settings, and treats a close or error as an unplug: state "absent"/"disconnected", then
 * it retries with exponential backoff and recovers by itself when the port comes back. Frames go through the same
 * decoding as a HID scan (scanner-affixes.ts, then decode-scanned-bytes.ts).
 */
import type { ReaderErrorCode } from '../../preload/contract/channels/devices';
import type { SerialReaderConfig } from '../devices/device-config';
import type { ReaderState } from '../devices/device-state';
import { decodeScannedBytes } from '../reader/decode-scanned-bytes';
import { stripScannerAffixes } from '../reader/scanner-affixes';
import { createSerialFramer } from './serial-framer';
import type { OpenSerialPort, SerialLink } from './serial-port';

/** A complete scan, decoded (text), or why not. Personal data: never log `text`. */
export type SerialScan =
  | { readonly ok: true; readonly length: number; readonly text: string }
  | { readonly ok: false; readonly length: number; readonly error: string; readonly errorCode: ReaderErrorCode | null };

export interface SerialReaderOptions {
  readonly config: SerialReaderConfig;
  readonly open: OpenSerialPort;
  /** Candidate ports when config.path is absent (serial-autodetect.ts). */
  readonly detect: () => readonly string[];
  /** Whether a configured path exists now (a missing by-id link = unplugged). */
  readonly exists: (path: string) => boolean;
  readonly onState: (patch: Partial<ReaderState>) => void;
  readonly onScan: (scan: SerialScan) => void;
  readonly now?: () => number;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
}

export interface SerialReader {
  tick(): Promise<void>;
  close(): Promise<void>;
}

/** Node/libuv and serialport errors → a code the screen can word ("Permission denied, cannot open /dev/ttyACM0"). */
export function serialErrorCode(e: unknown): ReaderErrorCode {
  const err = e as { code?: unknown; message?: unknown } | null;
  const text = `${typeof err?.code === 'string' ? err.code : ''} ${typeof err?.message === 'string' ? err.message : String(e)}`;
  if (/EACCES|EPERM|permission denied/i.test(text)) return 'permission-denied';
  if (/EBUSY|lock|resource temporarily unavailable|busy/i.test(text)) return 'port-busy';
  if (/ENOENT|ENODEV|ENXIO|no such file|no such device/i.test(text)) return 'not-found';
  return 'open-failed';
}

/**
 * The reader's model from its udev by-id name (`usb-Newland_NLS-FR40_S123-if00` → `Newland NLS-FR40 S123`), for the
 * device screen; null for a bare ttyACM/ttyUSB path.
 */
export function modelFromPortName(path: string): string | null {
  const m = /\/serial\/by-id\/usb-(.+?)(?:-if\d+)?(?:-port\d+)?$/.exec(path);
  return m?.[1] ? m[1].replace(/_/g, ' ') : null;
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createSerialReader(options: SerialReaderOptions): SerialReader {
  const { config } = options;
  const now = options.now ?? Date.now;
  const backoff = options.backoff ?? { baseMs: 1000, maxMs: 30_000 };
  let failures = 0;
  let nextAttemptAt = 0;
  let busy = false;
  let link: { readonly path: string; readonly link: SerialLink; readonly off: () => void } | null = null;
  let closed = false;
  /** Set by an unplug, cleared by the next open: "disconnected" stays on screen while the port is missing. */
  let unplugged: string | null = null;

  const framer = createSerialFramer({
    terminator: config.terminator,
    idleMs: config.idleMs,
    onFrame: (frame) => {
      const bytes = stripScannerAffixes(frame);
      if (bytes.length === 0) return;
      const d = decodeScannedBytes(bytes);
      options.onScan(
        d.ok ? { ok: true, length: bytes.length, text: d.text } : { ok: false, length: bytes.length, error: d.message, errorCode: null },
      );
    },
    onDropped: (reason, length) =>
      options.onScan({
        ok: false,
        length,
        error:
          reason === 'overflow'
            ? `serial scan longer than the limit (${length} bytes) dropped`
            : `serial scan of ${length} bytes ended without the configured terminator (${config.terminator})`,
        errorCode: reason === 'no-terminator' ? 'no-terminator' : null,
      }),
  });

  const retryLater = (): void => {
    failures++;
    nextAttemptAt = now() + Math.min(backoff.baseMs * 2 ** Math.max(0, failures - 1), backoff.maxMs);
  };

  const drop = (error: Error | null): void => {
    if (!link) return;
    const { off, link: l, path } = link;
    link = null;
    off();
    framer.reset();
    void l.close().catch(() => undefined);
    if (error === null || closed) return;
    retryLater();
    unplugged = `serial reader disconnected: ${error.message}`;
    options.onState({ status: 'absent', port: path, errorCode: 'disconnected', lastError: unplugged });
  };

  const pickPath = (): string | null => {
    if (config.path !== undefined) return options.exists(config.path) ? config.path : null;
    return options.detect()[0] ?? null;
  };

  return {
    async tick() {
      if (busy || closed || link) return;
      const path = pickPath();
      if (path === null) {
        failures = 0;
        if (unplugged !== null) return;
        options.onState({
          status: 'absent',
          model: null,
          port: config.path ?? null,
          errorCode: 'not-found',
          lastError: config.path ? `serial port ${config.path} not found` : 'no serial port found (/dev/serial/by-id, ttyACM, ttyUSB)',
        });
        return;
      }
      if (now() < nextAttemptAt) return;
      busy = true;
      options.onState({ status: 'opening', port: path });
      try {
        const l = await options.open(path, config);
        if (closed) {
          await l.close();
          return;
        }
        framer.reset();
        const offData = l.onData((chunk) => framer.push(chunk));
        const offClose = l.onClose((e) => drop(e ?? new Error('serial port closed')));
        link = { path, link: l, off: () => (offData(), offClose()) };
        failures = 0;
        unplugged = null;
        options.onState({
          status: 'ready',
          port: path,
          model: modelFromPortName(path),
          errorCode: null,
          lastError: null,
          readerMode: null,
        });
      } catch (e) {
        retryLater();
        const code = serialErrorCode(e);
        options.onState({ status: 'error', port: path, errorCode: code, lastError: `cannot open serial port ${path}: ${describe(e)}` });
      } finally {
        busy = false;
      }
    },
    async close() {
      closed = true;
      const l = link;
      link = null;
      framer.reset();
      if (l) {
        l.off();
        await l.link.close().catch(() => undefined);
      }
    },
  };
}
