/**
 * The serial reader against real bytes: a socat pseudo-terminal pair (native/serial/socat-serial-emulator.ts), opened
 * with the real serialport code (native/serial/serialport-link.ts). Split writes, CR / CR LF / idle-gap framing, a
 * Vietnamese UTF-8 payload, an AIM prefix, and a real unplug (socat stopped) and replug.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readerConfigSchema } from '../../native/devices/device-config';
import type { SerialReaderConfig } from '../../native/devices/device-config';
import type { ReaderState } from '../../native/devices/device-state';
import { serialScanBytes } from '../../native/serial/serial-scan-bytes';
import { createSerialReader } from '../../native/serial/serial-reader';
import type { SerialReader, SerialScan } from '../../native/serial/serial-reader';
import { openSerialPort } from '../../native/serial/serialport-link';
import { SocatSerialEmulator } from '../../native/serial/socat-serial-emulator';

const CCCD = '079085004321||Trần Văn Đức|02111985|Nam|123/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh|10082022';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

interface Rig {
  readonly emulator: SocatSerialEmulator;
  readonly reader: SerialReader;
  /** Resolves with the next state patch `accept` takes (ticking the reader until then). */
  state(accept: (s: Partial<ReaderState>) => boolean): Promise<Partial<ReaderState>>;
  nextScan(): Promise<SerialScan>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function rig(overrides: Record<string, unknown>): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), 'serial-reader-test-'));
  const emulator = new SocatSerialEmulator({ dir });
  await emulator.plug();
  const config = readerConfigSchema.parse({ transport: 'serial', path: emulator.kioskEnd, ...overrides }) as SerialReaderConfig;
  const stateWaiters: { accept: (s: Partial<ReaderState>) => boolean; resolve: (s: Partial<ReaderState>) => void }[] = [];
  const scans: SerialScan[] = [];
  const scanWaiters: ((s: SerialScan) => void)[] = [];
  const reader = createSerialReader({
    config,
    open: openSerialPort,
    detect: () => [],
    exists: existsSync,
    backoff: { baseMs: 1, maxMs: 1 },
    onState: (patch) => {
      for (const w of stateWaiters.splice(0)) {
        if (w.accept(patch)) w.resolve(patch);
        else stateWaiters.push(w);
      }
    },
    onScan: (s) => {
      const w = scanWaiters.shift();
      if (w) w(s);
      else scans.push(s);
    },
  });
  cleanups.push(async () => {
    await reader.close();
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    emulator,
    reader,
    state: (accept) =>
      new Promise((resolve) => {
        stateWaiters.push({ accept, resolve });
        // Each tick is one polling round of the device manager; the port's own events arrive in between.
        const poll = (): void => {
          if (!stateWaiters.some((w) => w.resolve === resolve)) return;
          void reader.tick().then(() => setImmediate(poll));
        };
        poll();
      }),
    nextScan: () => {
      const s = scans.shift();
      return s ? Promise.resolve(s) : new Promise((resolve) => scanWaiters.push(resolve));
    },
  };
}

const ready = (s: Partial<ReaderState>): boolean => s.status === 'ready';

describe('serial reader over a socat pty pair (real serialport)', () => {
  it('reads a Vietnamese CCCD split across several writes, CR-terminated', async () => {
    const r = await rig({ terminator: 'cr' });
    expect(await r.state(ready)).toMatchObject({ status: 'ready', port: r.emulator.kioskEnd, errorCode: null });
    const scan = r.nextScan();
    expect(await r.emulator.send(serialScanBytes(utf8(CCCD), 'cr'), { chunks: 7, gapMs: 3 })).toBe(true);
    expect(await scan).toEqual({ ok: true, length: utf8(CCCD).length, text: CCCD });
  });

  it('frames CR LF, strips an AIM ]Q1 prefix, and keeps two scans in one write apart', async () => {
    const r = await rig({ terminator: 'crlf' });
    await r.state(ready);
    const first = r.nextScan();
    await r.emulator.send(utf8(`]Q1${CCCD}\r\nF01-ABC\r\n`), { chunks: 5, gapMs: 2 });
    expect(await first).toMatchObject({ ok: true, text: CCCD });
    expect(await r.nextScan()).toMatchObject({ ok: true, text: 'F01-ABC' });
  });

  it('idle-gap framing: a reader without suffix ends a scan by silence, even when the bytes come in pieces', async () => {
    const r = await rig({ terminator: 'idle', idleMs: 60 });
    await r.state(ready);
    const scan = r.nextScan();
    await r.emulator.send(utf8(CCCD), { chunks: 6, gapMs: 5 });
    expect(await scan).toEqual({ ok: true, length: utf8(CCCD).length, text: CCCD });
  });

  it('reports a scan that never got its terminator (reader suffix differs from devices.json)', async () => {
    const r = await rig({ terminator: 'crlf', idleMs: 40 });
    await r.state(ready);
    const scan = r.nextScan();
    await r.emulator.send(utf8(`${CCCD}\r`));
    expect(await scan).toMatchObject({ ok: false, errorCode: 'no-terminator' });
  });

  it('invalid UTF-8 from a reader set to a legacy code page is refused, not guessed at', async () => {
    const r = await rig({ terminator: 'cr' });
    await r.state(ready);
    const scan = r.nextScan();
    await r.emulator.send(Uint8Array.from([0x4e, 0x67, 0xfc, 0x0d]));
    expect(await scan).toMatchObject({ ok: false, errorCode: null });
  });

  it('unplug (socat stopped) → disconnected; replug → ready again by itself, and it reads', async () => {
    const r = await rig({ terminator: 'cr' });
    await r.state(ready);
    const gone = r.state((s) => s.errorCode === 'disconnected');
    await r.emulator.unplug();
    expect(await gone).toMatchObject({ status: 'absent', errorCode: 'disconnected' });
    await r.emulator.plug();
    expect(await r.state(ready)).toMatchObject({ status: 'ready', errorCode: null });
    const scan = r.nextScan();
    await r.emulator.send(serialScanBytes(utf8(CCCD), 'cr'), { chunks: 3 });
    expect(await scan).toMatchObject({ ok: true, text: CCCD });
  });

  it('a port another program holds is "port busy" (exclusive lock), and it opens once that program lets go', async () => {
    const r = await rig({ terminator: 'cr' });
    const other = await openSerialPort(r.emulator.kioskEnd, { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 });
    expect(await r.state((s) => s.status === 'error')).toMatchObject({ errorCode: 'port-busy', port: r.emulator.kioskEnd });
    await other.close();
    expect(await r.state(ready)).toMatchObject({ errorCode: null });
  });

  it('a configured port that does not exist is "not found", with the path', async () => {
    const r = await rig({ terminator: 'cr', path: '/dev/serial/by-id/usb-NoSuchReader-if00' });
    expect(await r.state((s) => s.status === 'absent')).toMatchObject({
      errorCode: 'not-found',
      port: '/dev/serial/by-id/usb-NoSuchReader-if00',
    });
  });
});

/** Pids of the socat processes whose command line names `dir`. */
function socatsIn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        const cmd = readFileSync(`/proc/${n}/cmdline`, 'utf8');
        return cmd.startsWith('socat') && cmd.includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('the socat emulator never outlives its process', () => {
  it('a SIGKILLed owner (how the supervisor stops the device process) takes socat and its links with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serial-orphan-test-'));
    cleanups.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/socat-emulator-child.ts', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('plugged') && resolve());
      child.once('exit', () => reject(new Error('emulator child exited before plugging')));
    });
    expect(socatsIn(dir)).toHaveLength(1);
    expect(existsSync(join(dir, 'kiosk-end'))).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    await expect.poll(() => socatsIn(dir), { timeout: 10_000 }).toEqual([]);
    expect(existsSync(join(dir, 'kiosk-end'))).toBe(false);
  });
});
