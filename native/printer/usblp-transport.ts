import { constants, promises as fs } from 'node:fs';
import type { ByteTransport } from './byte-transport.js';

// Linux USB printer-class device (usblp driver, /dev/usb/lp0). Most receipt printers are USB
// printer class, not HID. The device is opened non-blocking: reads return EAGAIN until the
// printer sends something (bidirectional printers return DLE EOT replies there), so a short poll
// loop reads status without tying up a libuv thread in a blocking read.

export type UsbLpTransportOptions = {
  readonly path?: string;
  /** Poll for bytes from the printer (status replies). Default true. */
  readonly readStatus?: boolean;
  readonly pollMs?: number;
  /** How long a write may keep getting EAGAIN (printer busy / offline) before failing. */
  readonly writeTimeoutMs?: number;
};

function errno(err: unknown): string | undefined {
  return err instanceof Error ? (err as NodeJS.ErrnoException).code : undefined;
}

function openError(path: string, err: unknown): Error {
  switch (errno(err)) {
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
      return new Error(`Printer device ${path} not found (is the printer connected and the usblp driver loaded?)`);
    case 'EACCES':
    case 'EPERM':
      return new Error(`Permission denied opening printer device ${path} (add the kiosk user to the "lp" group)`);
    case 'EBUSY':
      return new Error(`Printer device ${path} is in use by another process (CUPS?)`);
    default:
      return new Error(`Could not open printer device ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function openUsbLpTransport(options: UsbLpTransportOptions = {}): Promise<ByteTransport> {
  const path = options.path ?? '/dev/usb/lp0';
  const pollMs = options.pollMs ?? 50;
  const writeTimeoutMs = options.writeTimeoutMs ?? 10_000;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, constants.O_RDWR | constants.O_NONBLOCK);
  } catch (err) {
    throw openError(path, err);
  }
  const listeners = new Set<(bytes: Uint8Array) => void>();
  let closed = false;
  let writing: Promise<void> = Promise.resolve();

  const readLoop = async (): Promise<void> => {
    const buf = new Uint8Array(64);
    while (!closed) {
      try {
        const { bytesRead } = await handle.read(buf, 0, buf.length, null);
        if (bytesRead > 0) {
          const bytes = buf.slice(0, bytesRead);
          for (const cb of listeners) cb(bytes);
          continue;
        }
      } catch (err) {
        const code = errno(err);
        // EAGAIN: nothing to read yet. Anything else (ENODEV on unplug, EBADF after close): stop.
        if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK') return;
      }
      await delay(pollMs);
    }
  };
  if (options.readStatus !== false) void readLoop();

  const writeAll = async (bytes: Uint8Array): Promise<void> => {
    const deadline = Date.now() + writeTimeoutMs;
    let offset = 0;
    while (offset < bytes.length) {
      if (closed) throw new Error(`Printer device ${path} is closed`);
      try {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
        offset += bytesWritten;
      } catch (err) {
        const code = errno(err);
        if ((code === 'EAGAIN' || code === 'EWOULDBLOCK') && Date.now() < deadline) {
          await delay(pollMs);
          continue;
        }
        if (code === 'EAGAIN' || code === 'EWOULDBLOCK')
          throw new Error(`Printer at ${path} did not accept data for ${writeTimeoutMs} ms (offline or out of paper?)`, { cause: err });
        if (code === 'ENODEV' || code === 'EIO') throw new Error(`Printer device ${path} was disconnected`, { cause: err });
        throw new Error(`Write to printer device ${path} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
    }
  };

  return {
    kind: 'usblp',
    write(bytes) {
      if (closed) return Promise.reject(new Error(`Printer device ${path} is closed`));
      // Serialise writes so concurrent callers cannot interleave partial writes.
      const next = writing.then(() => writeAll(bytes));
      writing = next.catch(() => undefined);
      return next;
    },
    onData(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    async close() {
      if (closed) return;
      closed = true;
      await writing;
      await handle.close();
    },
  };
}
