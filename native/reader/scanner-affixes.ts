/**
 * What a reader adds around the code when it sends it as a byte stream (serial) or as keystrokes (keyboard wedge):
 * a suffix (CR, LF, CR LF, sometimes NUL or TAB) and, when "AIM ID" transmission is on, a 3-character symbology
 * prefix such as `]Q1` (QR). HID POS carries the AIM id in its own report field (hid-pos-report.ts), so only the
 * stream transports need this. A CCCD, BHYT or Form 01 payload never starts with `]` nor ends in a control byte.
 */
const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;

const isSuffixByte = (b: number): boolean => b === 0x0d || b === 0x0a || b === 0x00 || b === 0x09;

export function stripScannerAffixes(bytes: Uint8Array): Uint8Array {
  let start = 0;
  let end = bytes.length;
  while (start < end && isSuffixByte(bytes[start] ?? 0)) start++;
  while (end > start && isSuffixByte(bytes[end - 1] ?? 0)) end--;
  if (end - start >= 3 && AIM_PREFIX.test(String.fromCharCode(bytes[start] ?? 0, bytes[start + 1] ?? 0, bytes[start + 2] ?? 0))) start += 3;
  return bytes.subarray(start, end);
}

/** The same for a wedge scan that arrived as text. */
export function stripScannerAffixesText(text: string): string {
  const t = text.replace(/^[\r\n\t\0]+|[\r\n\t\0]+$/g, '');
  return AIM_PREFIX.test(t) ? t.slice(3) : t;
}
