/**
 * Wires the device child process to the rest of the host: device states and scans become bus
 * events, print jobs go through the durable queue, and (emulated mode only) the emulator control
 * routes. Scanned codes are parsed here and sent to the kiosk screens; they are never logged.
 */
import type { DevicesStatus, ScannedCode } from '../../../preload/contract/channels/devices';
import { ABSENT_PRINTER, ABSENT_READER, printerCanPrint } from '../../../native/devices/device-state';
import type { DevicesState } from '../../../native/devices/device-state';
import type { Receipt } from '../../../native/printer/receipt';
import type { Database } from '../../db/open-database';
import { parseScannedCode } from '../../domain/codes';
import type { ParsedCode } from '../../domain/codes/code-types';
import type { HttpRoute } from '../../host/http-route';
import type { EventBus } from '../../ipc/event-bus';
import type { Logger } from '../../logging/logger';
import { createPrintQueue } from '../printing/print-queue';
import type { PrintQueue } from '../printing/print-queue';
import { createDeviceSupervisor } from './device-supervisor';
import { deviceProcessEntry, deviceSpawner } from './device-spawner';
import type { DeviceSupervisor, SpawnDeviceChannel } from './device-supervisor';
import { emulatorRoutes } from './emulator-routes';
import type { ReaderHold } from './reader-hold';
import { stripScannerAffixesText } from '../../../native/reader/scanner-affixes';
import { detectImeDamage } from './ime-damage';
import type { ImeDamageSign } from './ime-damage';
import { HEX_FIELDS } from '../../../preload/contract/scan-errors';

/** A wedge scan an input method rewrote; the screen words it by code in its own language. */
export const IME_DAMAGED_SCAN: ScannedCode = { ok: false, error: { code: 'reader-ime-damaged' } };

export interface DevicesService {
  status(): DevicesStatus;
  readonly queue: PrintQueue;
  testPrint(): number;
  readonly routes: readonly HttpRoute[];
  /** The newest scan of a kind within maxAgeMs (full parsed fields, memory only), so services need not trust the renderer. */
  lastScan<K extends ParsedCode['kind']>(kind: K, maxAgeMs: number): Extract<ParsedCode, { kind: K }> | null;
  /**
   * Drops every remembered scan when this client holds the reader (its citizen left). Another client's visit ending
   * leaves them: before, a second client leaving made the kiosk forget the card its screen still showed.
   */
  forgetScans(clientId: string): void;
  /**
   * A keyboard-wedge reader's keystrokes, captured by the screen holding the reader (devices:wedgeScan): decoded and
   * sent to that screen as devices:scanned, exactly like a device's scan; refused with its own code when an input
   * method damaged it (ime-damage.ts), which the device screen then reports until a clean scan.
   */
  wedgeScan(text: string): void;
  close(): Promise<void>;
}

export function testReceipt(at: Date): Receipt {
  const stamp = at.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });
  return {
    title: 'IN THỬ — KIỂM TRA MÁY IN',
    lines: [
      { kind: 'text', text: 'Bảo hiểm xã hội Việt Nam', align: 'center', bold: true },
      { kind: 'rule' },
      { kind: 'pair', label: 'Thời gian:', value: stamp },
      { kind: 'text', text: 'Tiếng Việt: ăâđêôơư ĂÂĐÊÔƠƯ — Nguyễn Thị Lan Anh' },
      { kind: 'qr', data: 'IN-THU' },
    ],
    footer: 'Máy in hoạt động bình thường.',
  };
}

export function toScannedCode(text: string): ScannedCode {
  const r = parseScannedCode(text);
  if (!r.ok) {
    const field = HEX_FIELDS.find((f) => f === r.error.field);
    return { ok: false, error: field === undefined ? { code: r.error.code } : { code: r.error.code, field } };
  }
  const c = r.value;
  switch (c.kind) {
    case 'cccd':
      return {
        ok: true,
        code: {
          kind: 'cccd',
          fullName: c.fullName,
          dateOfBirth: c.dateOfBirth,
          idNumber: c.idNumber,
          oldIdNumber: c.oldIdNumber,
          gender: c.gender,
          discrepancies: [...c.discrepancies],
        },
      };
    case 'bhyt':
      return {
        ok: true,
        code: { kind: 'bhyt', fullName: c.fullName, dateOfBirth: c.dateOfBirth, insuranceNumber: c.insuranceNumber, gender: c.gender },
      };
    case 'registration':
      return { ok: true, code: { kind: 'registration', registrationCode: c.registrationCode } };
    default: {
      const never: never = c;
      throw new Error(`unknown code ${JSON.stringify(never)}`);
    }
  }
}

export function createDevicesService(deps: {
  readonly mode: 'hardware' | 'emulated' | 'none';
  readonly dataDir: string;
  readonly db: Database;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly spawn?: SpawnDeviceChannel;
  /** This host's station: its printer prints only this station's jobs (main/services/printing/print-queue.ts). */
  readonly stationId?: string;
  /** The screen the reader's scans belong to; without one a scan is remembered but shown to nobody. */
  readonly hold: Pick<ReaderHold, 'holder' | 'holds'>;
}): DevicesService {
  const { mode, bus, logger } = deps;
  let state: DevicesState = { reader: ABSENT_READER, printer: ABSENT_PRINTER };
  /** Signs of the last damaged wedge scan, until a clean one arrives. Never the scan itself. */
  let imeDamage: readonly ImeDamageSign[] | null = null;
  const status = (): DevicesStatus => ({
    mode,
    printer: state.printer,
    reader:
      imeDamage !== null && state.reader.transport === 'keyboard'
        ? {
            ...state.reader,
            errorCode: 'ime-damage',
            lastError: `keyboard-wedge scans damaged by an input method (${imeDamage.join(', ')})`,
          }
        : state.reader,
  });
  let supervisor: DeviceSupervisor | null = null;
  const scans = new Map<ParsedCode['kind'], { readonly at: number; readonly code: ParsedCode }>();
  const remember = (text: string): void => {
    const r = parseScannedCode(text);
    if (r.ok) scans.set(r.value.kind, { at: Date.now(), code: r.value });
  };

  const queue = createPrintQueue({
    db: deps.db,
    ...(deps.stationId === undefined ? {} : { stationId: deps.stationId }),
    logger,
    onJob: (job) => bus.emit('devices:printJob', job),
    printer: {
      print: async (receipt) => {
        if (!supervisor) return { ok: false, reason: 'disconnected', sent: false, message: 'no devices in this mode' };
        return supervisor.request({ type: 'print', receipt });
      },
    },
  });

  if (mode !== 'none') {
    supervisor = createDeviceSupervisor({
      // The entries (host-main, index) always pass theirs; the default is the .ts source, for tests of the core.
      spawn: deps.spawn ?? deviceSpawner({ mode, dataDir: deps.dataDir, entry: deviceProcessEntry(import.meta.url) }).spawn,
      logger,
      onRestart: () => {
        state = { reader: ABSENT_READER, printer: ABSENT_PRINTER };
        bus.emit('devices:changed', status());
      },
      onEvent: (e) => {
        switch (e.type) {
          case 'deviceState': {
            const wasReady = printerCanPrint(state.printer);
            state = e.state;
            logger.info('devices.state', {
              reader: state.reader.status,
              printer: state.printer.status,
              paper: state.printer.paper ?? 'n/a',
            });
            bus.emit('devices:changed', status());
            if (!wasReady && printerCanPrint(state.printer)) void queue.kick();
            return;
          }
          case 'scanned':
            // Personal data: only its length is logged.
            logger.info('devices.scanned', { bytes: e.length, decoded: e.text !== null });
            if (e.text !== null) remember(e.text);
            {
              // Only the screen holding the reader sees the card (name, birth date, ID number).
              const holder = deps.hold.holder();
              if (holder === null) return;
              bus.emit('devices:scanned', e.text !== null ? toScannedCode(e.text) : { ok: false, error: { code: 'invalid-utf8' } }, holder);
            }
            return;
          case 'printResult':
            return;
          default: {
            const never: never = e;
            throw new Error(`unknown event ${JSON.stringify(never)}`);
          }
        }
      },
    });
  }
  queue.recover();
  void queue.kick();

  let testCounter = 0;
  return {
    status,
    queue,
    testPrint: () =>
      queue.enqueue({ kind: 'test', receipt: testReceipt(new Date()), idempotencyKey: `test-${Date.now()}-${++testCounter}` }).id,
    routes: mode === 'emulated' && supervisor ? emulatorRoutes(supervisor) : [],
    lastScan: <K extends ParsedCode['kind']>(kind: K, maxAgeMs: number) => {
      const hit = scans.get(kind);
      if (hit === undefined || Date.now() - hit.at > maxAgeMs) return null;
      return hit.code as Extract<ParsedCode, { kind: K }>;
    },
    forgetScans: (clientId) => {
      if (deps.hold.holds(clientId)) scans.clear();
    },
    wedgeScan: (raw) => {
      const text = stripScannerAffixesText(raw).normalize('NFC');
      const signs = detectImeDamage(text);
      // Personal data: only its length and the kind of damage are logged.
      logger.info('devices.scanned', {
        bytes: Buffer.byteLength(text),
        decoded: true,
        via: 'keyboard',
        imeDamage: signs.join(',') || 'none',
      });
      const before = imeDamage;
      imeDamage = signs.length > 0 ? signs : null;
      if (JSON.stringify(before) !== JSON.stringify(imeDamage)) bus.emit('devices:changed', status());
      if (signs.length === 0) remember(text);
      const holder = deps.hold.holder();
      if (holder !== null) bus.emit('devices:scanned', signs.length > 0 ? IME_DAMAGED_SCAN : toScannedCode(text), holder);
    },
    close: async () => {
      await supervisor?.close();
    },
  };
}
