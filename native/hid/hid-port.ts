/**
 * The HID port: what the device manager needs from a HID stack. node-hid implements it for real
 * hardware (node-hid-device.ts, the only file importing node-hid); emulated-hid-bus.ts implements
 * it for demo mode and tests, so both go through exactly the same manager code.
 */
export interface HidDeviceInfo {
  readonly vendorId: number;
  readonly productId: number;
  /** OS path; unique per collection on Windows. */
  readonly path: string;
  readonly usagePage?: number | undefined;
  readonly usage?: number | undefined;
  readonly product?: string | undefined;
  readonly manufacturer?: string | undefined;
}

export interface HidDevice {
  /** Input reports; with numbered reports byte 0 is the report id (node-hid convention). */
  onData(cb: (report: Uint8Array) => void): () => void;
  /** A read/write failure; an unplugged device reports one and is then dead. */
  onError(cb: (error: Error) => void): () => void;
  /** One output report, report id first (0 for unnumbered reports). */
  write(report: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export interface HidBus {
  list(): Promise<readonly HidDeviceInfo[]>;
  open(info: HidDeviceInfo): Promise<HidDevice>;
}
