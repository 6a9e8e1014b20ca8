/**
 * BHYT QR text fields are hex of UTF-8 bytes. A keyboard-wedge scanner behind a Vietnamese IME
 * turns `e6` into `ê` and similar, so decoding must be strict: any non-hex character, odd length
 * or invalid UTF-8 is an error, never a best-effort guess.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function looksLikeHex(s: string): boolean {
  return s.length > 0 && s.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(s);
}

/** Decoded text (not yet normalised), or null when `s` is not hex of valid UTF-8. */
export function decodeHexUtf8(s: string): string | null {
  if (!looksLikeHex(s)) return null;
  const bytes = new Uint8Array(s.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(s.slice(2 * i, 2 * i + 2), 16);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Inverse of decodeHexUtf8 (lower-case hex), for fixtures and emulated cards. */
export function encodeHexUtf8(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, '0')).join('');
}
