/**
 * Owns the code reader and the receipt printer: finds them on the HID bus (polled every second —
 * node-hid has no plug events), opens them, treats any read/write error as a disconnect, and
 * reopens with exponential backoff. Every state change is emitted. The reader's reports are
 * assembled and decoded here; the printer only prints after a live status check says it can.
 * Runs in the device child process, never in the host process (isolation).
 */
import type { ReaderErrorCode } from '../../preload/contract/channels/devices';
import type { HidBus, HidDevice, HidDeviceInfo } from '../hid/hid-port';
import { frameHidReports, unframeHidReport } from '../printer/hid-framing';
import type { HidFramingOptions } from '../printer/hid-framing';
import type { ByteTransport } from '../printer/byte-transport';
import { queryPrinterStatus } from '../printer/printer-status';
import { openTcpTransport } from '../printer/tcp-transport';
import { openUsbLpTransport } from '../printer/usblp-transport';
import { createHidPosAssembler } from '../reader/hid-pos-report';
import { decodeScannedBytes } from '../reader/decode-scanned-bytes';
import { detectReaderModeFromCollections } from '../reader/reader-mode';
import { createSerialReader } from '../serial/serial-reader';
import type { SerialReader } from '../serial/serial-reader';
import type { OpenSerialPort } from '../serial/serial-port';
import { matchesReader } from './device-config';
import type { DeviceConfig, PrinterConfig } from './device-config';
import { ABSENT_PRINTER, ABSENT_READER } from './device-state';
import type { DevicesState, PrintOutcome, PrinterState, ReaderState } from './device-state';

/** A complete scanned code, decoded (text), or why it could not be decoded. Personal data: never log `text`. */
export type ScannedEvent =
  | { readonly ok: true; readonly length: number; readonly text: string }
  | { readonly ok: false; readonly length: number; readonly error: string; readonly errorCode?: ReaderErrorCode | null };

/** What a serial reader (devices.json `reader.transport: "serial"`) needs; device-process.ts passes the real ones. */
export interface SerialReaderDeps {
  readonly open: OpenSerialPort;
  readonly detect: () => readonly string[];
  readonly exists: (path: string) => boolean;
  /** The emulator's pty end, used instead of the configured path (`--devices emulated`). */
  readonly pathOverride?: string;
}

export interface DeviceManagerOptions {
  readonly bus: HidBus;
  readonly config: DeviceConfig;
  readonly now?: () => number;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  /** Silence after which a half-assembled code is dropped. Default 500 ms. */
  readonly silenceMs?: number;
  readonly statusTimeoutMs?: number;
  /** For 'tcp' / 'usblp' printers; tests replace it. */
  readonly openPrinterTransport?: (config: PrinterConfig) => Promise<ByteTransport>;
  /** Required when the reader's transport is 'serial'. */
  readonly serial?: SerialReaderDeps;
}

export interface DeviceManager {
  state(): DevicesState;
  onState(cb: (s: DevicesState) => void): () => void;
  onScanned(cb: (s: ScannedEvent) => void): () => void;
  /** One polling round: presence, (re)open with backoff, printer status. start() calls it every pollMs. */
  tick(): Promise<void>;
  start(pollMs?: number): void;
  print(bytes: Uint8Array): Promise<PrintOutcome>;
  close(): Promise<void>;
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function hidTransport(device: HidDevice, framing: HidFramingOptions): ByteTransport {
  return {
    kind: 'hid',
    async write(bytes) {
      for (const r of frameHidReports(bytes, framing)) await device.write(r);
    },
    onData(cb) {
      return device.onData((r) => {
        const b = unframeHidReport(r, framing);
        if (b.length > 0) cb(b);
      });
    },
    close: () => device.close(),
  };
}

interface Slot {
  failures: number;
  nextAttemptAt: number;
  busy: boolean;
}

export function createDeviceManager(options: DeviceManagerOptions): DeviceManager {
  const { bus, config } = options;
  const now = options.now ?? Date.now;
  const backoff = options.backoff ?? { baseMs: 1000, maxMs: 30_000 };
  const silenceMs = options.silenceMs ?? 500;
  const statusTimeoutMs = options.statusTimeoutMs ?? 1500;
  const openOther =
    options.openPrinterTransport ??
    ((c: PrinterConfig): Promise<ByteTransport> => {
      switch (c.transport) {
        case 'tcp':
          return openTcpTransport({ host: c.host, port: c.port });
        case 'usblp':
          return openUsbLpTransport({ path: c.path });
        case 'hid':
          return Promise.reject(new Error('HID printers are opened through the bus'));
        default: {
          const never: never = c;
          return Promise.reject(new Error(`unknown transport ${JSON.stringify(never)}`));
        }
      }
    });

  let reader: ReaderState = { ...ABSENT_READER, transport: config.reader.transport };
  let printer: PrinterState = ABSENT_PRINTER;
  const stateListeners = new Set<(s: DevicesState) => void>();
  const scanListeners = new Set<(s: ScannedEvent) => void>();
  const emit = (): void => {
    const s = { reader, printer };
    for (const l of stateListeners) l(s);
  };
  const setReader = (patch: Partial<ReaderState>): void => {
    const next = { ...reader, ...patch };
    if (JSON.stringify(next) === JSON.stringify(reader)) return;
    reader = next;
    emit();
  };
  const setPrinter = (patch: Partial<PrinterState>): void => {
    const next = { ...printer, ...patch };
    if (JSON.stringify(next) === JSON.stringify(printer)) return;
    printer = next;
    emit();
  };
  const nextDelay = (failures: number): number => Math.min(backoff.baseMs * 2 ** Math.max(0, failures - 1), backoff.maxMs);

  // ---- reader ----
  const readerSlot: Slot = { failures: 0, nextAttemptAt: 0, busy: false };
  let readerDevice: { info: HidDeviceInfo; device: HidDevice; off: () => void } | null = null;
  const assembler = createHidPosAssembler();
  let silenceTimer: NodeJS.Timeout | null = null;
  const clearSilence = (): void => {
    if (silenceTimer) clearTimeout(silenceTimer);
    silenceTimer = null;
  };

  const dropReader = (error: string | null): void => {
    if (!readerDevice) return;
    const { device, off } = readerDevice;
    readerDevice = null;
    off();
    clearSilence();
    assembler.reset();
    void device.close().catch(() => undefined);
    if (error === null) setReader({ ...ABSENT_READER, transport: 'hid' });
    else {
      readerSlot.failures++;
      readerSlot.nextAttemptAt = now() + nextDelay(readerSlot.failures);
      setReader({ status: 'error', lastError: error, errorCode: 'disconnected' });
    }
  };

  const onReport = (report: Uint8Array): void => {
    const ev = assembler.push(report);
    switch (ev.kind) {
      case 'partial':
        clearSilence();
        silenceTimer = setTimeout(() => assembler.reset(), silenceMs);
        silenceTimer.unref();
        return;
      case 'complete': {
        clearSilence();
        const d = decodeScannedBytes(ev.bytes);
        const out: ScannedEvent = d.ok
          ? { ok: true, length: ev.bytes.length, text: d.text }
          : { ok: false, length: ev.bytes.length, error: d.message };
        for (const l of scanListeners) l(out);
        return;
      }
      case 'error':
        clearSilence();
        for (const l of scanListeners) l({ ok: false, length: 0, error: ev.message });
        return;
      case 'ignored':
        return;
      default: {
        const never: never = ev;
        throw new Error(`unhandled ${JSON.stringify(never)}`);
      }
    }
  };

  async function tickReader(list: readonly HidDeviceInfo[]): Promise<void> {
    if (config.reader.transport !== 'hid') return;
    const candidates = config.reader.candidates;
    if (readerSlot.busy) return;
    if (readerDevice) {
      const path = readerDevice.info.path;
      if (!list.some((d) => d.path === path)) dropReader(null);
      return;
    }
    const match = candidates.map((c) => list.find((d) => matchesReader(c, d))).find((d) => d !== undefined);
    if (!match) {
      readerSlot.failures = 0;
      // The reader is plugged in but exposes no HID POS collection: tell the officer why.
      const same = list.filter((d) =>
        candidates.some(
          (c) => c.vendorId !== undefined && c.vendorId === d.vendorId && (c.productId === undefined || c.productId === d.productId),
        ),
      );
      if (same.length > 0) {
        const mode = detectReaderModeFromCollections(same);
        setReader({
          status: 'error',
          model: same[0]?.product ?? null,
          readerMode: mode.mode,
          lastError: mode.explanationEn,
          errorCode: mode.mode === 'keyboard-wedge' ? 'keyboard-collection' : 'unknown-collection',
        });
      } else
        setReader({
          ...ABSENT_READER,
          transport: 'hid',
          lastError: reader.lastError,
          // An unplugged reader stays "disconnected" until it is back; one never seen is "not found".
          errorCode: reader.errorCode === 'disconnected' ? 'disconnected' : 'not-found',
        });
      return;
    }
    if (now() < readerSlot.nextAttemptAt) return;
    readerSlot.busy = true;
    setReader({ status: 'opening', model: match.product ?? null, readerMode: 'hid-pos' });
    try {
      const device = await bus.open(match);
      assembler.reset();
      const offData = device.onData(onReport);
      const offError = device.onError((e) => dropReader(`reader disconnected: ${e.message}`));
      readerDevice = { info: match, device, off: () => (offData(), offError()) };
      readerSlot.failures = 0;
      setReader({ status: 'ready', lastError: null, errorCode: null });
    } catch (e) {
      readerSlot.failures++;
      readerSlot.nextAttemptAt = now() + nextDelay(readerSlot.failures);
      setReader({ status: 'error', lastError: `cannot open reader: ${describe(e)}`, errorCode: 'open-failed' });
    } finally {
      readerSlot.busy = false;
    }
  }

  // ---- serial and keyboard-wedge readers ----
  const readerConfig = config.reader;
  let serialReader: SerialReader | null = null;
  if (readerConfig.transport === 'serial') {
    const deps = options.serial;
    if (!deps) throw new Error('a serial reader needs the serial port dependencies');
    serialReader = createSerialReader({
      config: deps.pathOverride === undefined ? readerConfig : { ...readerConfig, path: deps.pathOverride },
      open: deps.open,
      detect: deps.detect,
      exists: deps.exists,
      now,
      backoff,
      onState: (patch) => setReader({ readerMode: null, ...patch, transport: 'serial' }),
      onScan: (scan) => {
        for (const l of scanListeners) l(scan);
      },
    });
  } else if (readerConfig.transport === 'keyboard') {
    // Nothing to open: the screen captures the reader's keystrokes (devices:wedgeScan). Always "ready".
    reader = { ...ABSENT_READER, status: 'ready', transport: 'keyboard', readerMode: 'keyboard-wedge' };
  }

  // ---- printer ----
  const printerSlot: Slot = { failures: 0, nextAttemptAt: 0, busy: false };
  let printerLink: { path: string | null; transport: ByteTransport; off: () => void } | null = null;
  /** Serialises status queries and print jobs on the one printer connection. */
  let printerLock: Promise<unknown> = Promise.resolve();
  const withPrinter = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = printerLock.then(fn, fn);
    printerLock = run.catch(() => undefined);
    return run;
  };

  const dropPrinter = (error: string | null): void => {
    if (!printerLink) return;
    const { transport, off } = printerLink;
    printerLink = null;
    off();
    void transport.close().catch(() => undefined);
    if (error === null) setPrinter({ ...ABSENT_PRINTER });
    else {
      printerSlot.failures++;
      printerSlot.nextAttemptAt = now() + nextDelay(printerSlot.failures);
      setPrinter({ status: 'error', lastError: error, paper: null, cover: null, online: null });
    }
  };

  async function refreshStatus(transport: ByteTransport): Promise<'ok' | 'gone'> {
    const r = await queryPrinterStatus(transport, { timeoutMs: statusTimeoutMs });
    if (printerLink?.transport !== transport) return 'gone';
    if (!r.ok) {
      dropPrinter(r.reason === 'timeout' ? 'printer does not answer status requests' : 'printer disconnected');
      return 'gone';
    }
    setPrinter({
      status: 'ready',
      lastError: null,
      paper: r.status.paper,
      cover: r.status.cover,
      online: r.status.online && !r.status.error,
    });
    return 'ok';
  }

  async function tickPrinter(list: readonly HidDeviceInfo[]): Promise<void> {
    if (printerSlot.busy) return;
    const c = config.printer;
    const found = c.transport === 'hid' ? list.find((d) => d.vendorId === c.vendorId && d.productId === c.productId) : null;
    if (printerLink) {
      if (c.transport === 'hid' && !list.some((d) => d.path === printerLink?.path)) return dropPrinter(null);
      const t = printerLink.transport;
      await withPrinter(() => refreshStatus(t));
      return;
    }
    if (c.transport === 'hid' && !found) {
      printerSlot.failures = 0;
      setPrinter({ ...ABSENT_PRINTER, lastError: printer.lastError });
      return;
    }
    if (now() < printerSlot.nextAttemptAt) return;
    printerSlot.busy = true;
    setPrinter({ status: 'opening', model: found?.product ?? c.profile.model });
    try {
      let transport: ByteTransport;
      let off = (): void => undefined;
      if (c.transport === 'hid' && found) {
        const device = await bus.open(found);
        transport = hidTransport(device, c.hid);
        off = device.onError((e) => dropPrinter(`printer disconnected: ${e.message}`));
      } else transport = await openOther(c);
      printerLink = { path: found?.path ?? null, transport, off };
      printerSlot.failures = 0;
      const r = await withPrinter(() => refreshStatus(transport));
      if (r === 'gone' && printer.status !== 'error') {
        printerSlot.failures++;
        printerSlot.nextAttemptAt = now() + nextDelay(printerSlot.failures);
      }
    } catch (e) {
      printerSlot.failures++;
      printerSlot.nextAttemptAt = now() + nextDelay(printerSlot.failures);
      setPrinter({ status: 'error', lastError: `cannot open printer: ${describe(e)}` });
    } finally {
      printerSlot.busy = false;
    }
  }

  const refusal = (p: PrinterState, sent: boolean): PrintOutcome | null => {
    if (p.status !== 'ready') return { ok: false, reason: 'disconnected', sent, message: p.lastError ?? 'printer not connected' };
    if (p.paper === 'out') return { ok: false, reason: 'paper-out', sent, message: 'paper out' };
    if (p.cover === 'open') return { ok: false, reason: 'cover-open', sent, message: 'cover open' };
    if (p.online === false) return { ok: false, reason: 'offline', sent, message: 'printer offline or in error' };
    return null;
  };

  const print = (bytes: Uint8Array): Promise<PrintOutcome> =>
    withPrinter(async (): Promise<PrintOutcome> => {
      const link = printerLink;
      if (!link) return { ok: false, reason: 'disconnected', sent: false, message: printer.lastError ?? 'printer not connected' };
      if ((await refreshStatus(link.transport)) === 'gone')
        return { ok: false, reason: 'disconnected', sent: false, message: printer.lastError ?? 'printer disconnected' };
      const before = refusal(printer, false);
      if (before) return before;
      try {
        await link.transport.write(bytes);
      } catch (e) {
        dropPrinter(`printer disconnected: ${describe(e)}`);
        return { ok: false, reason: 'disconnected', sent: true, message: describe(e) };
      }
      // Only a status reply after the data proves the printer took it; until then nothing is "printed".
      if ((await refreshStatus(link.transport)) === 'gone')
        return { ok: false, reason: 'disconnected', sent: true, message: 'printer disconnected after sending' };
      return refusal(printer, true) ?? { ok: true };
    });

  let timer: NodeJS.Timeout | null = null;
  let ticking = false;
  const tick = async (): Promise<void> => {
    if (ticking) return;
    ticking = true;
    try {
      let list: readonly HidDeviceInfo[] = [];
      try {
        list = await bus.list();
      } catch {
        list = [];
      }
      await Promise.all([serialReader ? serialReader.tick() : tickReader(list), tickPrinter(list)]);
    } finally {
      ticking = false;
    }
  };

  return {
    state: () => ({ reader, printer }),
    onState(cb) {
      stateListeners.add(cb);
      return () => stateListeners.delete(cb);
    },
    onScanned(cb) {
      scanListeners.add(cb);
      return () => scanListeners.delete(cb);
    },
    tick,
    start(pollMs = 1000) {
      if (timer) return;
      void tick();
      timer = setInterval(() => void tick(), pollMs);
    },
    print,
    async close() {
      if (timer) clearInterval(timer);
      timer = null;
      clearSilence();
      await serialReader?.close();
      if (readerDevice) dropReader(null);
      if (printerLink) dropPrinter(null);
    },
  };
}
