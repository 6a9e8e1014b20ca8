/**
 * Cuts a serial byte stream into scans. A USB CDC-ACM reader delivers one code in several chunks (USB packets of
 * 64 bytes, or whatever the OS read returned), so a chunk is never a scan: the configured terminator is (CR, LF,
 * CR LF), or, for readers that send no suffix, `idleMs` of silence. In terminator mode a tail left without its
 * terminator for `idleMs` is dropped and reported (the reader's suffix setting differs from devices.json), so it
 * cannot glue itself to the front of the next scan. The frames still carry their affixes: scanner-affixes.ts.
 */
import type { SerialTerminator } from '../devices/device-config';

export interface SerialFramerOptions {
  readonly terminator: SerialTerminator;
  readonly idleMs: number;
  /** Largest scan; a longer run without a terminator is dropped. Default 8 KiB (a CCCD QR is ~200 bytes). */
  readonly maxBytes?: number;
  readonly onFrame: (bytes: Uint8Array) => void;
  /** Bytes dropped: `no-terminator` after idleMs, `overflow` beyond maxBytes. */
  readonly onDropped: (reason: 'no-terminator' | 'overflow', length: number) => void;
}

export interface SerialFramer {
  push(chunk: Uint8Array): void;
  /** Forget a partial scan (port closed). */
  reset(): void;
}

const TERMINATORS: Record<Exclude<SerialTerminator, 'idle'>, readonly number[]> = {
  cr: [0x0d],
  lf: [0x0a],
  crlf: [0x0d, 0x0a],
};

const onlySuffixBytes = (b: Uint8Array): boolean => b.every((x) => x === 0x0d || x === 0x0a || x === 0x00);

function indexOfSeq(hay: Uint8Array, seq: readonly number[], from: number): number {
  outer: for (let i = from; i + seq.length <= hay.length; i++) {
    for (let j = 0; j < seq.length; j++) if (hay[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

export function createSerialFramer(options: SerialFramerOptions): SerialFramer {
  const maxBytes = options.maxBytes ?? 8 * 1024;
  let pending: Uint8Array = new Uint8Array(0);
  let timer: NodeJS.Timeout | null = null;
  const clearTimer = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const onSilence = (): void => {
    timer = null;
    const tail = pending;
    pending = new Uint8Array(0);
    if (tail.length === 0 || onlySuffixBytes(tail)) return;
    if (options.terminator === 'idle') options.onFrame(tail);
    else options.onDropped('no-terminator', tail.length);
  };

  return {
    push(chunk) {
      if (chunk.length === 0) return;
      const joined = new Uint8Array(pending.length + chunk.length);
      joined.set(pending);
      joined.set(chunk, pending.length);
      pending = joined;
      if (options.terminator !== 'idle') {
        const seq = TERMINATORS[options.terminator];
        let start = 0;
        for (let at = indexOfSeq(pending, seq, start); at >= 0; at = indexOfSeq(pending, seq, start)) {
          const frame = pending.subarray(start, at);
          start = at + seq.length;
          if (!onlySuffixBytes(frame)) options.onFrame(frame.slice());
        }
        pending = pending.slice(start);
      }
      if (pending.length > maxBytes) {
        const n = pending.length;
        pending = new Uint8Array(0);
        clearTimer();
        options.onDropped('overflow', n);
        return;
      }
      clearTimer();
      if (pending.length > 0) {
        timer = setTimeout(onSilence, options.idleMs);
        timer.unref();
      }
    },
    reset() {
      clearTimer();
      pending = new Uint8Array(0);
    },
  };
}
