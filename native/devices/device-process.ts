/**
 * Entry point of the device child process, built to `out/main/device-process.js` and started with
 * `--device-mode=… --device-data-dir=…` by main/services/devices/device-spawner.ts: `child_process.fork` from the browser host,
 * `utilityProcess.fork` from the Electron kiosk (parent-link.ts hides which). Device I/O (node-hid, native callbacks, raster rendering) runs here
 * so a crash or hang in a driver never takes the host down; the supervisor restarts this process.
 * Speaks only the zod-checked protocol in device-protocol.ts over the IPC channel.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmulatedHidBus } from '../hid/emulated-hid-bus';
import type { HidBus } from '../hid/hid-port';
import { encodeReceipt } from '../printer/encode-receipt';
import type { Receipt } from '../printer/receipt';
import { loadDeviceConfig } from './device-config';
import { createDeviceManager } from './device-manager';
import type { SerialReaderDeps } from './device-manager';
import { serialScanBytes } from '../serial/serial-scan-bytes';
import { detectSerialReaderPorts } from '../serial/serial-autodetect';
import { SocatSerialEmulator } from '../serial/socat-serial-emulator';
import { parentMessageSchema } from './device-protocol';
import type { ChildMessage, DeviceCommand } from './device-protocol';
import { deviceProcessArgs } from './device-process-args';
import { parentLink } from './parent-link';
import type { ProcessLike } from './parent-link';

// Named, not positional: a utility process's argv does not start like a forked Node script's.
const { mode, dataDir } = deviceProcessArgs(process.argv);
const parent = parentLink(process as unknown as ProcessLike);
const send = (m: ChildMessage): void => parent.send(m);

/**
 * The parent going away must not leave an orphan holding the devices. Registered before anything async,
 * and backed by the `connected` check: Node emits 'disconnect' once, so a parent that died while this
 * process was still loading (seconds under tsx) was missed, and the polling timer kept it alive forever.
 */
let closeDevices: () => Promise<void> = () => Promise.resolve();
const leave = (): void => void closeDevices().finally(() => process.exit(0));
parent.onParentGone(leave);

async function main(): Promise<void> {
  const loaded = loadDeviceConfig(dataDir);
  for (const p of loaded.problems) process.stderr.write(`devices: ${p}\n`);
  const emulated =
    mode === 'emulated'
      ? new EmulatedHidBus(loaded.config.printer.transport === 'hid' ? { framing: loaded.config.printer.hid } : {})
      : null;
  const bus: HidBus = emulated ?? (await import('../hid/node-hid-device')).createNodeHidBus();
  // A serial reader (devices.json): with emulated devices, a scanner behind a socat pty pair (docs/readers.md).
  const readerConfig = loaded.config.reader;
  let serialEmulator: SocatSerialEmulator | null = null;
  let serialDir: string | null = null;
  let serial: SerialReaderDeps | undefined;
  if (readerConfig.transport === 'serial') {
    const { openSerialPort } = await import('../serial/serialport-link');
    if (mode === 'emulated') {
      serialDir = mkdtempSync(join(tmpdir(), 'bhxh-serial-'));
      serialEmulator = new SocatSerialEmulator({ dir: serialDir });
      await serialEmulator.plug().catch((e: unknown) => {
        process.stderr.write(`devices: emulated serial reader: ${e instanceof Error ? e.message : String(e)}\n`);
      });
    }
    serial = {
      open: openSerialPort,
      detect: () => detectSerialReaderPorts(),
      exists: existsSync,
      ...(serialEmulator ? { pathOverride: serialEmulator.kioskEnd } : {}),
    };
  }
  if (!parent.connected()) return;
  const manager = createDeviceManager({ bus, config: loaded.config, ...(serial ? { serial } : {}) });
  closeDevices = async () => {
    await manager.close();
    await serialEmulator?.close();
    if (serialDir) rmSync(serialDir, { recursive: true, force: true });
  };
  manager.onState((state) => send({ kind: 'event', event: { type: 'deviceState', state } }));
  manager.onScanned((s) =>
    send({
      kind: 'event',
      event: s.ok
        ? { type: 'scanned', length: s.length, text: s.text, error: null }
        : { type: 'scanned', length: s.length, text: null, error: s.error, errorCode: s.errorCode ?? null },
    }),
  );

  const run = async (id: number, c: DeviceCommand): Promise<unknown> => {
    switch (c.type) {
      case 'print': {
        const outcome = await manager.print(encodeReceipt(c.receipt as Receipt, loaded.config.printer.profile));
        send({ kind: 'event', event: { type: 'printResult', commandId: id, outcome } });
        return outcome;
      }
      case 'status':
        return manager.state();
      case 'emulator.scan': {
        if (!emulated) throw new Error('not in emulated mode');
        const payload = Buffer.from(c.bytesBase64, 'base64');
        if (readerConfig.transport === 'keyboard') return { delivered: false };
        if (readerConfig.transport === 'serial') {
          if (!serialEmulator) return { delivered: false };
          // As a CDC-ACM reader sends it: payload and the configured suffix, in USB-packet-sized writes.
          return {
            delivered: await serialEmulator.send(serialScanBytes(payload, readerConfig.terminator), {
              chunks: Math.ceil(payload.length / 64) + 1,
            }),
          };
        }
        return { delivered: emulated.scan(payload) };
      }
      case 'emulator.readerState':
        if (!emulated) throw new Error('not in emulated mode');
        if (readerConfig.transport === 'serial') {
          if (!serialEmulator) return { connected: false };
          if (c.connected) {
            await serialEmulator.plug();
            await manager.tick();
          } else await serialEmulator.unplug();
          return { connected: serialEmulator.connected };
        }
        emulated.setReaderConnected(c.connected);
        await manager.tick();
        return { connected: emulated.readerConnected };
      case 'emulator.printerState': {
        if (!emulated) throw new Error('not in emulated mode');
        emulated.setPrinterState({
          ...(c.paper !== undefined ? { paper: c.paper } : {}),
          ...(c.cover !== undefined ? { cover: c.cover } : {}),
          ...(c.connected !== undefined ? { connected: c.connected } : {}),
        });
        await manager.tick();
        const s = emulated.printer.state;
        return { paper: s.paper, cover: s.cover, connected: emulated.printerConnected };
      }
      case 'emulator.receipts':
        if (!emulated) throw new Error('not in emulated mode');
        return emulated.printer.receipts().map((r) => ({ id: r.id, text: r.text }));
      case 'emulator.receiptPng': {
        if (!emulated) throw new Error('not in emulated mode');
        const r = emulated.printer.receipts().find((x) => x.id === c.id);
        return { pngBase64: r ? r.png().toString('base64') : null };
      }
      default: {
        const never: never = c;
        throw new Error(`unknown command ${JSON.stringify(never)}`);
      }
    }
  };

  parent.onMessage((raw: unknown) => {
    const parsed = parentMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.kind === 'ping') return send({ kind: 'pong', id: m.id });
    run(m.id, m.command).then(
      (value) => send({ kind: 'reply', id: m.id, value }),
      (e: unknown) => send({ kind: 'reply', id: m.id, error: e instanceof Error ? e.message : String(e) }),
    );
  });
  manager.start(1000);
  send({ kind: 'ready' });
}

main().catch((e: unknown) => {
  process.stderr.write(`device process failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
