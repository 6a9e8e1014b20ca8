// Framing of an ESC/POS byte stream into HID output reports and back. HID-class receipt printers
// are vendor-specific (report ID, optional length byte, report size), so the framing is kept
// separate from both the encoder and the node-hid transport, and is configurable.

export type HidFramingOptions = {
  /** Report ID written as the first byte of every report (0 when the device has no numbered reports). */
  readonly reportId: number;
  /** Whether byte 1 carries the number of payload bytes in this report. */
  readonly lengthByte: boolean;
  /** Total report size in bytes, including the report ID byte (and the length byte if any). */
  readonly reportSize: number;
};

function payloadCapacity(options: HidFramingOptions): number {
  if (!Number.isInteger(options.reportId) || options.reportId < 0 || options.reportId > 0xff) {
    throw new RangeError(`HID report ID must be 0..255, got ${options.reportId}`);
  }
  const overhead = options.lengthByte ? 2 : 1;
  // A length byte cannot describe more than 255 payload bytes.
  const maxSize = options.lengthByte ? 255 + overhead : 65535;
  if (!Number.isInteger(options.reportSize) || options.reportSize <= overhead || options.reportSize > maxSize) {
    throw new RangeError(`HID report size must be ${overhead + 1}..${maxSize}, got ${options.reportSize}`);
  }
  return options.reportSize - overhead;
}

/** Splits bytes into fixed-size reports, zero-padding the last one. */
export function frameHidReports(bytes: Uint8Array, options: HidFramingOptions): Uint8Array[] {
  const capacity = payloadCapacity(options);
  const headerSize = options.reportSize - capacity;
  const reports: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += capacity) {
    const chunk = bytes.subarray(offset, Math.min(bytes.length, offset + capacity));
    const report = new Uint8Array(options.reportSize);
    report[0] = options.reportId;
    if (options.lengthByte) report[1] = chunk.length;
    report.set(chunk, headerSize);
    reports.push(report);
  }
  return reports;
}

/** Extracts the payload of one report; reports with another report ID yield nothing. Without a
 *  length byte the zero padding cannot be told apart from data and is returned too (NUL is a
 *  no-op for ESC/POS printers, so that is harmless for print data). */
export function unframeHidReport(report: Uint8Array, options: HidFramingOptions): Uint8Array {
  const capacity = payloadCapacity(options);
  if (report.length < 1 || report[0] !== options.reportId) return new Uint8Array(0);
  if (!options.lengthByte) return report.slice(1, 1 + capacity);
  const length = Math.min(report[1] ?? 0, capacity, Math.max(0, report.length - 2));
  return report.slice(2, 2 + length);
}

/** Reassembles a stream from reports (see unframeHidReport for the padding caveat). */
export function unframeHidReports(reports: readonly Uint8Array[], options: HidFramingOptions): Uint8Array {
  const parts = reports.map((r) => unframeHidReport(r, options));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
