import { createConnection, type Socket } from 'node:net';
import type { ByteTransport } from './byte-transport.js';

// Raw TCP ("JetDirect", port 9100) to a network receipt printer. Status replies come back on the
// same socket.

export type TcpTransportOptions = {
  readonly host: string;
  readonly port?: number;
  readonly connectTimeoutMs?: number;
};

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code !== undefined ? `${code} (${err.message})` : err.message;
  }
  return String(err);
}

export function openTcpTransport(options: TcpTransportOptions): Promise<ByteTransport> {
  const host = options.host;
  const port = options.port ?? 9100;
  const timeoutMs = options.connectTimeoutMs ?? 5000;
  const where = `${host}:${port}`;

  return new Promise<ByteTransport>((resolve, reject) => {
    const socket: Socket = createConnection({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`Timed out after ${timeoutMs} ms connecting to printer at ${where}`));
    }, timeoutMs);
    const onConnectError = (err: Error): void => {
      clearTimeout(timer);
      socket.destroy();
      reject(new Error(`Could not connect to printer at ${where}: ${describe(err)}`));
    };
    socket.once('error', onConnectError);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', onConnectError);
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 10_000);
      resolve(wrapSocket(socket, where));
    });
  });
}

function wrapSocket(socket: Socket, where: string): ByteTransport {
  const listeners = new Set<(bytes: Uint8Array) => void>();
  let closed = false;
  let lastError: string | null = null;
  socket.on('data', (chunk: Buffer) => {
    const bytes = new Uint8Array(chunk);
    for (const cb of listeners) cb(bytes);
  });
  // Errors surface on the next write; an 'error' listener is needed so Node does not throw.
  socket.on('error', (err) => {
    lastError = describe(err);
  });
  socket.on('close', () => {
    closed = true;
  });

  return {
    kind: 'tcp',
    write(bytes) {
      if (closed || socket.destroyed) {
        const reason = lastError !== null ? `: ${lastError}` : '';
        return Promise.reject(new Error(`Printer connection to ${where} is closed${reason}`));
      }
      return new Promise<void>((resolve, reject) => {
        socket.write(bytes, (err) => {
          if (err) reject(new Error(`Write to printer at ${where} failed: ${describe(err)}`));
          else resolve();
        });
      });
    },
    onData(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    close() {
      if (closed || socket.destroyed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => socket.destroy(), 1000);
        socket.once('close', () => {
          clearTimeout(force);
          resolve();
        });
        socket.end();
      });
    },
  };
}
