import { encodeReceipt } from '../../native/printer/encode-receipt.js';
import { EscPosEmulator } from '../../native/printer/escpos-emulator.js';
import { frameHidReports, unframeHidReport, type HidFramingOptions } from '../../native/printer/hid-framing.js';
import { DEFAULT_PRINTER_PROFILE } from '../../native/printer/printer-profile.js';
import { SAMPLE_RECEIPT } from '../../native/printer/sample-receipt.js';

export type ReceiptBench = {
  readonly rasterMs: number;
  readonly rasterBytes: number;
  readonly codepageMs: number;
  readonly codepageBytes: number;
  /** Sending the raster receipt through 64-byte HID reports into the emulator, to its cut. */
  readonly hid10kMs: number;
};

const HID_64: HidFramingOptions = { reportId: 0, lengthByte: true, reportSize: 64 };

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** Synchronous micro-bench for the lead's bench runner (first call includes font registration). */
export function benchReceipts(): ReceiptBench {
  let t = performance.now();
  const raster = encodeReceipt(SAMPLE_RECEIPT, DEFAULT_PRINTER_PROFILE);
  const rasterMs = performance.now() - t;

  t = performance.now();
  const codepage = encodeReceipt(SAMPLE_RECEIPT, { ...DEFAULT_PRINTER_PROFILE, textMode: 'windows1258' });
  const codepageMs = performance.now() - t;

  const emulator = new EscPosEmulator();
  t = performance.now();
  for (const report of frameHidReports(raster, HID_64)) emulator.write(unframeHidReport(report, HID_64));
  const hid10kMs = performance.now() - t;
  if (emulator.receipts().length !== 1) throw new Error('Bench receipt did not come out of the emulator');

  return {
    rasterMs: round(rasterMs),
    rasterBytes: raster.length,
    codepageMs: round(codepageMs),
    codepageBytes: codepage.length,
    hid10kMs: round(hid10kMs),
  };
}
