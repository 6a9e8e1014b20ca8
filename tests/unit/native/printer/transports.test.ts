import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EscPosEmulator } from '../../../../native/printer/escpos-emulator.js';
import { startEmulatorTcpServer } from '../../../../native/printer/emulator-tcp-server.js';
import { queryPrinterStatus } from '../../../../native/printer/printer-status.js';
import { openTcpTransport } from '../../../../native/printer/tcp-transport.js';
import { openUsbLpTransport } from '../../../../native/printer/usblp-transport.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('TcpTransport', () => {
  it('reads status replies from the emulator server and reflects paper out', async () => {
    const emulator = new EscPosEmulator();
    const server = await startEmulatorTcpServer(emulator, { host: '127.0.0.1', port: 0 });
    try {
      const transport = await openTcpTransport({ host: '127.0.0.1', port: server.port });
      expect(transport.kind).toBe('tcp');
      expect(await queryPrinterStatus(transport, { timeoutMs: 1000 })).toMatchObject({ ok: true, status: { online: true, paper: 'ok' } });
      emulator.setState({ paper: 'out' });
      expect(await queryPrinterStatus(transport, { timeoutMs: 1000 })).toMatchObject({ ok: true, status: { online: false, paper: 'out' } });
      await transport.close();
      await expect(transport.write(Uint8Array.of(0x0a))).rejects.toThrow(/is closed/u);
    } finally {
      await server.close();
    }
  });

  it('rejects with a clear message when nothing listens', async () => {
    const port = await freePort();
    await expect(openTcpTransport({ host: '127.0.0.1', port, connectTimeoutMs: 2000 })).rejects.toThrow(
      new RegExp(`Could not connect to printer at 127\\.0\\.0\\.1:${port}: ECONNREFUSED`, 'u'),
    );
  });

  it('status query reports disconnected after the server goes away', async () => {
    const emulator = new EscPosEmulator();
    const server = await startEmulatorTcpServer(emulator, { host: '127.0.0.1', port: 0 });
    const transport = await openTcpTransport({ host: '127.0.0.1', port: server.port });
    const closed = new Promise<void>((resolve) => {
      const poll = (): void => {
        transport.write(new Uint8Array(0)).then(
          () => setTimeout(poll, 10),
          () => resolve(),
        );
      };
      poll();
    });
    await server.close();
    await closed;
    expect(await queryPrinterStatus(transport, { timeoutMs: 500 })).toEqual({ ok: false, reason: 'disconnected' });
  });
});

describe('UsbLpTransport', () => {
  it('writes the bytes to the device file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'usblp-')), 'lp0');
    // A regular file stands in for /dev/usb/lp0; it must exist, as the device node would.
    await import('node:fs/promises').then((fs) => fs.writeFile(path, ''));
    const transport = await openUsbLpTransport({ path, readStatus: false });
    await transport.write(Uint8Array.of(0x1b, 0x40, 0x41, 0x0a));
    await transport.write(Uint8Array.of(0x1d, 0x56, 0x00));
    await transport.close();
    expect(Array.from(readFileSync(path))).toEqual([0x1b, 0x40, 0x41, 0x0a, 0x1d, 0x56, 0x00]);
    await expect(transport.write(Uint8Array.of(1))).rejects.toThrow(/is closed/u);
  });

  it('explains a missing device', async () => {
    await expect(openUsbLpTransport({ path: '/nonexistent/usb/lp9' })).rejects.toThrow('Printer device /nonexistent/usb/lp9 not found');
  });
});
