/**
 * Turns the raw bytes of one scanned code into text: strict UTF-8 over the WHOLE code (never per
 * report — a character may be split between reports), then NFC. Invalid UTF-8 is reported, not
 * replaced with U+FFFD, so a damaged scan is rescanned rather than stored with broken letters.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export type DecodeScannedBytesResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: 'invalid-utf8'; readonly message: string };

export function decodeScannedBytes(bytes: Uint8Array): DecodeScannedBytesResult {
  try {
    return { ok: true, text: strictUtf8.decode(bytes).normalize('NFC') };
  } catch {
    // No bytes in the message: it may end up in a log, and the bytes are personal data.
    return { ok: false, code: 'invalid-utf8', message: `scanned code of ${bytes.length} bytes is not valid UTF-8` };
  }
}
