/**
 * An emulated HID bus with one HID POS scanner and one HID receipt printer, behind the same HidBus
 * port as node-hid. The scanner emits exactly the reports encodeHidPosReports produces (codes split
 * at arbitrary byte boundaries); the printer unframes output reports into an EscPosEmulator and
 * returns its status replies as framed input reports. Unplugging removes a device from list() and
 * makes its open handle fail, as a real unplug does.
 */
import { encodeHidPosReports } from '../reader/hid-pos-encoder';
import { HID_POS_BARCODE_SCANNER_USAGE, HID_POS_USAGE_PAGE } from '../reader/hid-pos-report';
import { EscPosEmulator } from '../printer/escpos-emulator';
import type { EmulatorStatePatch } from '../printer/escpos-emulator';
import { frameHidReports, unframeHidReport } from '../printer/hid-framing';
import type { HidFramingOptions } from '../printer/hid-framing';
import type { HidBus, HidDevice, HidDeviceInfo } from './hid-port';

export const EMULATED_SCANNER: HidDeviceInfo = Object.freeze({
  vendorId: 0x0c2e,
  productId: 0x0b61,
  path: 'emulated://scanner',
  usagePage: HID_POS_USAGE_PAGE,
  usage: HID_POS_BARCODE_SCANNER_USAGE,
  product: 'Emulated HID POS scanner',
  manufacturer: 'BHXH Kiosk',
});

export const EMULATED_PRINTER: HidDeviceInfo = Object.freeze({
  vendorId: 0x04b8,
  productId: 0x0e28,
  path: 'emulated://printer',
  usagePage: 0xff00,
  usage: 0x01,
  product: 'Emulated ESC/POS printer (TM-T20III)',
  manufacturer: 'BHXH Kiosk',
});

export const EMULATED_PRINTER_FRAMING: HidFramingOptions = Object.freeze({ reportId: 0, lengthByte: true, reportSize: 64 });

class EmulatedDevice implements HidDevice {
  readonly #data = new Set<(r: Uint8Array) => void>();
  readonly #errors = new Set<(e: Error) => void>();
  #dead = false;
  constructor(
    private readonly onWrite: (report: Uint8Array, device: EmulatedDevice) => void,
    private readonly onClose: (device: EmulatedDevice) => void,
  ) {}
  get dead(): boolean {
    return this.#dead;
  }
  onData(cb: (r: Uint8Array) => void): () => void {
    this.#data.add(cb);
    return () => this.#data.delete(cb);
  }
  onError(cb: (e: Error) => void): () => void {
    this.#errors.add(cb);
    return () => this.#errors.delete(cb);
  }
  write(report: Uint8Array): Promise<void> {
    if (this.#dead) return Promise.reject(new Error('could not write to HID device'));
    this.onWrite(report, this);
    return Promise.resolve();
  }
  close(): Promise<void> {
    this.#dead = true;
    this.onClose(this);
    return Promise.resolve();
  }
  /** Input reports arrive asynchronously, as from a real device. */
  input(report: Uint8Array): void {
    if (this.#dead) return;
    queueMicrotask(() => {
      if (!this.#dead) for (const cb of this.#data) cb(report);
    });
  }
  unplug(): void {
    if (this.#dead) return;
    this.#dead = true;
    const e = new Error('could not read from HID device');
    queueMicrotask(() => {
      for (const cb of this.#errors) cb(e);
    });
  }
}

export interface EmulatedHidBusOptions {
  readonly framing?: HidFramingOptions;
  readonly scannerReportSize?: number;
}

export class EmulatedHidBus implements HidBus {
  readonly printer: EscPosEmulator;
  readonly #framing: HidFramingOptions;
  readonly #scannerReportSize: number;
  #readerConnected = true;
  #printerConnected = true;
  readonly #scanners = new Set<EmulatedDevice>();
  readonly #printers = new Set<EmulatedDevice>();

  constructor(options: EmulatedHidBusOptions = {}) {
    this.printer = new EscPosEmulator({ paperWidthDots: 576 });
    this.#framing = options.framing ?? EMULATED_PRINTER_FRAMING;
    this.#scannerReportSize = options.scannerReportSize ?? 64;
    this.printer.onUnsolicited((bytes) => this.#toPrinterHost(bytes));
  }

  list(): Promise<readonly HidDeviceInfo[]> {
    const out: HidDeviceInfo[] = [];
    if (this.#readerConnected) out.push(EMULATED_SCANNER);
    if (this.#printerConnected) out.push(EMULATED_PRINTER);
    return Promise.resolve(out);
  }

  open(info: HidDeviceInfo): Promise<HidDevice> {
    if (info.path === EMULATED_SCANNER.path && this.#readerConnected) {
      const d = new EmulatedDevice(
        () => undefined,
        (x) => this.#scanners.delete(x),
      );
      this.#scanners.add(d);
      return Promise.resolve(d);
    }
    if (info.path === EMULATED_PRINTER.path && this.#printerConnected) {
      const d = new EmulatedDevice(
        (report, dev) => {
          const reply = this.printer.write(unframeHidReport(report, this.#framing));
          if (reply.length > 0) for (const r of frameHidReports(reply, this.#framing)) dev.input(r);
        },
        (x) => this.#printers.delete(x),
      );
      this.#printers.add(d);
      return Promise.resolve(d);
    }
    return Promise.reject(new Error(`cannot open HID device ${info.path}: not present`));
  }

  /** What the scanner sends for one code; false when no host has it open (the scan is lost). */
  scan(payload: Uint8Array): boolean {
    const open = [...this.#scanners].filter((d) => !d.dead);
    for (const report of encodeHidPosReports(payload, { reportSize: this.#scannerReportSize })) for (const d of open) d.input(report);
    return open.length > 0;
  }

  get readerConnected(): boolean {
    return this.#readerConnected;
  }

  setReaderConnected(connected: boolean): void {
    this.#readerConnected = connected;
    if (!connected) for (const d of this.#scanners) d.unplug();
  }

  get printerConnected(): boolean {
    return this.#printerConnected;
  }

  setPrinterState(patch: EmulatorStatePatch): void {
    if (patch.connected !== undefined) {
      this.#printerConnected = patch.connected;
      if (!patch.connected) for (const d of this.#printers) d.unplug();
    }
    this.printer.setState(patch);
  }

  #toPrinterHost(bytes: Uint8Array): void {
    for (const d of this.#printers) for (const r of frameHidReports(bytes, this.#framing)) d.input(r);
  }
}
