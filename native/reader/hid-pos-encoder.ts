/**
 * What a HID POS scanner sends for one scanned code: Scanned Data Reports in the layout described
 * in hid-pos-report.ts, split at arbitrary byte boundaries (a multi-byte UTF-8 character may straddle
 * two reports, exactly as on real hardware). Used by the emulated scanner and by tests.
 */
import { AIM_LENGTH, FLAG_CONTINUED, SCANNED_DATA_REPORT_ID, TRAILER_LENGTH } from './hid-pos-report';

export const DEFAULT_REPORT_SIZE = 64;
export const DEFAULT_SYMBOLOGY = ']Q1';

export interface HidPosEncodeOptions {
  /** Bytes per report, report id included when present. Default 64 (Honeywell and most HID POS scanners). */
  readonly reportSize?: number;
  /** AIM symbology identifier, 3 ASCII characters. Default `]Q1` (QR code). */
  readonly symbology?: string;
  /** Prefix each report with its report id (as node-hid delivers it). Default true. */
  readonly reportIdPresent?: boolean;
}

/** Data bytes that fit in one report of the given size (56 for the default 64-byte report). */
export function hidPosDataCapacity(reportSize: number, reportIdPresent = true): number {
  return reportSize - (reportIdPresent ? 1 : 0) - 1 - AIM_LENGTH - TRAILER_LENGTH;
}

export function encodeHidPosReports(payload: Uint8Array, opts: HidPosEncodeOptions = {}): Uint8Array[] {
  const reportSize = opts.reportSize ?? DEFAULT_REPORT_SIZE;
  const symbology = opts.symbology ?? DEFAULT_SYMBOLOGY;
  const idLength = (opts.reportIdPresent ?? true) ? 1 : 0;
  const capacity = Math.min(hidPosDataCapacity(reportSize, idLength === 1), 255); // the length field is one byte
  if (!Number.isInteger(reportSize) || capacity < 1) throw new RangeError(`HID POS report size ${reportSize} leaves no room for data`);
  if (!/^[\x20-\x7e]{3}$/.test(symbology)) throw new RangeError('AIM symbology identifier must be 3 printable ASCII characters');
  const aim = Uint8Array.from(symbology, (c) => c.charCodeAt(0));

  const reports: Uint8Array[] = [];
  let offset = 0;
  do {
    const length = Math.min(capacity, payload.length - offset);
    const report = new Uint8Array(reportSize);
    if (idLength === 1) report[0] = SCANNED_DATA_REPORT_ID;
    report[idLength] = length;
    report.set(aim, idLength + 1);
    report.set(payload.subarray(offset, offset + length), idLength + 1 + AIM_LENGTH);
    offset += length;
    report[reportSize - 1] = offset < payload.length ? FLAG_CONTINUED : 0;
    reports.push(report);
  } while (offset < payload.length);
  return reports;
}
