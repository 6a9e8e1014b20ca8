import { createServer, type Socket } from 'node:net';
import type { EscPosEmulator } from './escpos-emulator.js';

// Exposes an EscPosEmulator as a raw TCP printer (9100-style) on loopback, so the real
// TcpTransport can be exercised end to end in demo mode and tests.

export type EmulatorTcpServer = {
  readonly port: number;
  close(): Promise<void>;
};

export function startEmulatorTcpServer(
  emulator: EscPosEmulator,
  options: { readonly host?: string; readonly port?: number } = {},
): Promise<EmulatorTcpServer> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    const stopUnsolicited = emulator.onUnsolicited((bytes) => {
      if (!socket.destroyed) socket.write(bytes);
    });
    socket.on('data', (chunk: Buffer) => {
      const reply = emulator.write(new Uint8Array(chunk));
      if (reply.length > 0 && !socket.destroyed) socket.write(reply);
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      stopUnsolicited();
      sockets.delete(socket);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
