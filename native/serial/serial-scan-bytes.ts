/** What a serial reader sends for one code: the payload and the suffix devices.json expects (none for 'idle'). */
import type { SerialTerminator } from '../devices/device-config';

const SUFFIX: Record<SerialTerminator, readonly number[]> = { cr: [0x0d], lf: [0x0a], crlf: [0x0d, 0x0a], idle: [] };

export function serialScanBytes(payload: Uint8Array, terminator: SerialTerminator): Uint8Array {
  const suffix = SUFFIX[terminator];
  const out = new Uint8Array(payload.length + suffix.length);
  out.set(payload);
  out.set(suffix, payload.length);
  return out;
}
