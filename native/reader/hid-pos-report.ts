/**
 * Reassembles HID POS "Scanned Data" input reports (usage page 0x8C, Barcode Scanner collection
 * usage 0x02) into the raw bytes of one scanned code. Pure: no I/O, no timers — the device host
 * feeds it reports and calls reset() on its own inter-report timeout or on disconnect.
 *
 * Report layout (offsets for the default 64-byte report with its report-id byte; node-hid returns
 * the id as byte 0, WebHID strips it → `reportIdPresent: false` shifts everything left by one):
 *
 *   [0]        report id, 0x02 = Scanned Data Report
 *   [1]        L = number of decoded-data bytes in THIS report
 *   [2..4]     AIM symbology identifier, 3 ASCII bytes, e.g. `]Q1` (QR code)
 *   [5..5+L)   decoded data (raw bytes; UTF-8 of a CCCD QR arrives split at arbitrary byte
 *              boundaries, so nothing is decoded here)
 *   …          padding; on Honeywell, [61] is its own symbology id and [62] reserved
 *   [last]     flags; bit 0 = "decode data continued": more reports of the same code follow
 *
 * This follows NielsLeenheer/WebHidBarcodeScanner (reportId 0x02, length at data[0], AIM at
 * data[1..3], payload from data[4], continuation flag at data[62] = last byte of a 64-byte
 * report) — see docs/design.md, "Code readers". Two deliberate differences: (1) the payload is
 * kept as bytes and decoded as UTF-8 once per code (that library maps each byte through
 * String.fromCharCode, which garbles Vietnamese); (2) it copies `length - 1` bytes, whereas we
 * treat L as the exact data count, as our encoder writes it. Check (2) against a real scanner's
 * report log before shipping (open question in the final report).
 */

export const HID_POS_USAGE_PAGE = 0x8c;
export const HID_POS_BARCODE_SCANNER_USAGE = 0x02;
export const SCANNED_DATA_REPORT_ID = 0x02;
export const AIM_LENGTH = 3;
/** Flags bit 0: decode data continued. */
export const FLAG_CONTINUED = 0x01;
/** Bytes after the data area: vendor symbology id, reserved, flags (Honeywell layout). */
export const TRAILER_LENGTH = 3;
/** A CCCD QR is ~200 bytes; 8 KiB bounds memory if a device never clears its continuation flag. */
export const DEFAULT_MAX_CODE_BYTES = 8 * 1024;

export type AssemblerErrorCode = 'report-too-short' | 'bad-length' | 'overflow';

export type AssemblerEvent =
  | { readonly kind: 'partial' }
  | { readonly kind: 'complete'; readonly bytes: Uint8Array; readonly symbology: string }
  | { readonly kind: 'error'; readonly code: AssemblerErrorCode; readonly message: string }
  /**
   * Nothing to do with this report: another report id (e.g. a status report), or a continuation
   * of a code already rejected with an error (so its tail is not mistaken for a new code).
   */
  | { readonly kind: 'ignored'; readonly reason: 'other-report-id' | 'discarding-after-error' };

export interface HidPosAssemblerOptions {
  /** Whether byte 0 of each report is the report id (node-hid: yes; WebHID event.data: no). Default true. */
  readonly reportIdPresent?: boolean;
  /** Largest accepted code in bytes. Default 8 KiB. */
  readonly maxBytes?: number;
}

export interface HidPosAssembler {
  push(report: Uint8Array): AssemblerEvent;
  /** Drop any partly assembled code (timeout between reports, device unplugged). */
  reset(): void;
}

function aimToString(aim: Uint8Array): string {
  // All-zero AIM bytes mean the scanner does not transmit symbology ids.
  if (aim.every((b) => b === 0)) return '';
  return Array.from(aim, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?')).join('');
}

export function createHidPosAssembler(opts: HidPosAssemblerOptions = {}): HidPosAssembler {
  const idLength = (opts.reportIdPresent ?? true) ? 1 : 0;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_CODE_BYTES;
  const minReport = idLength + 1 + AIM_LENGTH + 1;

  let chunks: Uint8Array[] = [];
  let total = 0;
  let symbology: string | null = null;
  let discarding = false;

  const reset = (): void => {
    chunks = [];
    total = 0;
    symbology = null;
    discarding = false;
  };

  /** Report an error; if the bad report says more follow, swallow them until the code ends. */
  const error = (code: AssemblerErrorCode, message: string, continued: boolean): AssemblerEvent => {
    reset();
    discarding = continued;
    return { kind: 'error', code, message };
  };

  const push = (report: Uint8Array): AssemblerEvent => {
    if (idLength === 1 && report.length > 0 && report[0] !== SCANNED_DATA_REPORT_ID) {
      return { kind: 'ignored', reason: 'other-report-id' };
    }
    if (report.length < minReport) {
      // Too short to hold a flags byte we could trust: drop everything and start afresh.
      return error('report-too-short', `HID POS report of ${report.length} bytes is shorter than ${minReport}`, false);
    }
    const continued = ((report[report.length - 1] ?? 0) & FLAG_CONTINUED) !== 0;
    if (discarding) {
      if (!continued) discarding = false;
      return { kind: 'ignored', reason: 'discarding-after-error' };
    }
    const length = report[idLength] ?? 0;
    const dataStart = idLength + 1 + AIM_LENGTH;
    // The data may run up to, but never into, the flags byte.
    if (dataStart + length > report.length - 1) {
      return error(
        'bad-length',
        `HID POS report declares ${length} data bytes but has room for ${report.length - 1 - dataStart}`,
        continued,
      );
    }
    if (total + length > maxBytes) {
      return error('overflow', `scanned code exceeds ${maxBytes} bytes`, continued);
    }
    symbology ??= aimToString(report.subarray(idLength + 1, dataStart));
    // Copy: the caller may reuse its report buffer.
    chunks.push(report.slice(dataStart, dataStart + length));
    total += length;
    if (continued) return { kind: 'partial' };

    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    const event: AssemblerEvent = { kind: 'complete', bytes, symbology };
    reset();
    return event;
  };

  return { push, reset };
}
