import type { ByteTransport } from './byte-transport.js';

// Real-time status via DLE EOT n (Epson ESC/POS). Replies are one byte with bits 1 and 4 fixed to
// 1 and bits 0 and 7 fixed to 0; ASB messages (first byte pattern 0x10) and stale bytes are told
// apart by those fixed bits and ignored.

export type PrinterStatus = {
  readonly online: boolean;
  readonly paper: 'ok' | 'low' | 'out';
  readonly cover: 'closed' | 'open';
  readonly error: boolean;
};

export type StatusReplies = {
  /** Reply to DLE EOT 1 (printer status). */
  readonly printer: number;
  /** Reply to DLE EOT 2 (offline cause). */
  readonly offlineCause: number;
  /** Reply to DLE EOT 4 (roll paper sensor). */
  readonly paperSensor: number;
};

export type StatusQueryResult =
  { readonly ok: true; readonly status: PrinterStatus } | { readonly ok: false; readonly reason: 'timeout' | 'disconnected' };

const FIXED_MASK = 0x93;
const FIXED_VALUE = 0x12;

export function isStatusReplyByte(byte: number): boolean {
  return (byte & FIXED_MASK) === FIXED_VALUE;
}

export function statusRequest(n: 1 | 2 | 3 | 4): Uint8Array {
  return Uint8Array.of(0x10, 0x04, n);
}

export function parsePrinterStatus(replies: StatusReplies): PrinterStatus {
  const offline = (replies.printer & 0x08) !== 0;
  const coverOpen = (replies.offlineCause & 0x04) !== 0;
  const paperEndStop = (replies.offlineCause & 0x20) !== 0;
  const error = (replies.offlineCause & 0x40) !== 0;
  // Sensor bits come in pairs (2-3 near end, 5-6 end); some clones set only one bit of a pair.
  const paperOut = (replies.paperSensor & 0x60) !== 0 || paperEndStop;
  const paperLow = (replies.paperSensor & 0x0c) !== 0;
  return {
    online: !offline,
    paper: paperOut ? 'out' : paperLow ? 'low' : 'ok',
    cover: coverOpen ? 'open' : 'closed',
    error,
  };
}

// One outstanding request per transport: a second query waits for the first to finish, so
// replies can be correlated with requests by order.
const queues = new WeakMap<ByteTransport, Promise<unknown>>();

function runExclusive<T>(transport: ByteTransport, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(transport) ?? Promise.resolve();
  const next = previous.then(task, task);
  queues.set(
    transport,
    next.catch(() => undefined),
  );
  return next;
}

type Request = { resolve: (byte: number | 'timeout' | 'disconnected') => void } | null;

async function queryOnce(transport: ByteTransport, timeoutMs: number): Promise<StatusQueryResult> {
  const deadline = Date.now() + timeoutMs;
  let waiting: Request = null;
  // Bytes arriving while no request is outstanding (late or unsolicited) are dropped.
  const unsubscribe = transport.onData((bytes) => {
    for (const b of bytes) {
      if (waiting !== null && isStatusReplyByte(b)) {
        const w = waiting;
        waiting = null;
        w.resolve(b);
      }
    }
  });
  const ask = (n: 1 | 2 | 4): Promise<number | 'timeout' | 'disconnected'> =>
    new Promise((resolve) => {
      const timer = setTimeout(
        () => {
          waiting = null;
          resolve('timeout');
        },
        Math.max(0, deadline - Date.now()),
      );
      const request: NonNullable<Request> = {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
      };
      waiting = request;
      transport.write(statusRequest(n)).catch(() => {
        // Only fail this request if it is still the outstanding one.
        if (waiting !== request) return;
        waiting = null;
        request.resolve('disconnected');
      });
    });
  try {
    const printer = await ask(1);
    if (typeof printer !== 'number') return { ok: false, reason: printer };
    const offlineCause = await ask(2);
    if (typeof offlineCause !== 'number') return { ok: false, reason: offlineCause };
    const paperSensor = await ask(4);
    if (typeof paperSensor !== 'number') return { ok: false, reason: paperSensor };
    return { ok: true, status: parsePrinterStatus({ printer, offlineCause, paperSensor }) };
  } finally {
    unsubscribe();
  }
}

/** Sends DLE EOT 1, 2 and 4 one at a time and combines the replies. `timeoutMs` bounds the whole
 *  query; a failed write means the transport is gone ('disconnected'). */
export function queryPrinterStatus(transport: ByteTransport, options: { readonly timeoutMs: number }): Promise<StatusQueryResult> {
  return runExclusive(transport, () => queryOnce(transport, options.timeoutMs));
}
