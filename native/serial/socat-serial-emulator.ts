/**
 * An emulated serial code reader that speaks real bytes through a pseudo-terminal pair, so the kiosk's real
 * serialport code path is what reads it: `socat -d -d pty,raw,echo=0,link=<dir>/kiosk-end pty,raw,echo=0,link=<dir>/reader-end`.
 * The kiosk opens `kioskEnd` as its serial port; the emulator writes what a scanner sends (payload + suffix, split
 * into several writes as a CDC-ACM device delivers USB packets) to `readerEnd`. Unplug is real: socat is stopped, the
 * pty closes under the open port and both links disappear; plug starts socat again on the same link names.
 * Product code (`--devices emulated` with a serial reader in devices.json) and the serial tests' fixture.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * socat under a watchdog shell: socat is stopped when the shell's stdin (a pipe from this process) ends, so it also
 * goes when this process is SIGKILLed (the device supervisor's way to stop its child), not only on unplug(). The shell
 * exits with socat, so a socat that cannot start (not installed) fails plug() instead of hanging it.
 */
const WATCHDOG =
  'exec 3<&0; s=$1; shift; "$s" "$@" </dev/null & p=$!; { read -r _ <&3; kill $p 2>/dev/null; } & w=$!; wait $p; r=$?; kill $w 2>/dev/null; exit $r';

export interface SocatSerialEmulatorOptions {
  /** A private folder for the two links. */
  readonly dir: string;
  readonly socat?: string;
}

export interface SerialSendOptions {
  /** Number of writes the bytes are split into (USB packets). Default 1. */
  readonly chunks?: number;
  /** Pause between writes, as between a device's USB packets. Default 5 ms. */
  readonly gapMs?: number;
}

export class SocatSerialEmulator {
  readonly kioskEnd: string;
  readonly readerEnd: string;
  readonly #socat: string;
  #child: ChildProcess | null = null;
  #writer: FileHandle | null = null;
  #sending: Promise<unknown> = Promise.resolve();

  constructor(options: SocatSerialEmulatorOptions) {
    this.kioskEnd = join(options.dir, 'kiosk-end');
    this.readerEnd = join(options.dir, 'reader-end');
    this.#socat = options.socat ?? 'socat';
  }

  get connected(): boolean {
    return this.#child !== null;
  }

  /** Starts socat; resolves once both ptys exist and socat relays (its "starting data transfer loop" line). */
  async plug(): Promise<void> {
    if (this.#child) return;
    const child = spawn(
      'sh',
      ['-c', WATCHDOG, 'sh', this.#socat, '-d', '-d', `pty,raw,echo=0,link=${this.kioskEnd}`, `pty,raw,echo=0,link=${this.readerEnd}`],
      {
        stdio: ['pipe', 'ignore', 'pipe'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      let log = '';
      const onData = (d: Buffer): void => {
        log += d.toString();
        if (log.includes('starting data transfer loop')) {
          child.stderr?.off('data', onData);
          child.stderr?.resume();
          resolve();
        }
      };
      child.stderr?.on('data', onData);
      child.once('error', (e) => reject(new Error(`cannot start socat for the emulated serial reader: ${e.message}`)));
      child.once('exit', (code) => reject(new Error(`socat exited (${code ?? 'signal'}) before relaying: ${log.trim().slice(-300)}`)));
    });
    this.#child = child;
    child.once('exit', () => {
      if (this.#child === child) this.#child = null;
    });
    this.#writer = await open(this.readerEnd, constants.O_RDWR | constants.O_NOCTTY);
  }

  /** Stops socat (the cable is pulled): the kiosk's open port fails, the links go away. */
  async unplug(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    // Listen for the exit before anything is closed: closing the reader's end can make socat exit by itself (EOF on a
    // pty side), and on a loaded machine that exit came before a listener attached after the awaits, so unplug hung.
    const exited =
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await this.#sending.catch(() => undefined);
    const w = this.#writer;
    this.#writer = null;
    await w?.close().catch(() => undefined);
    this.#child = null;
    // End of the watchdog's stdin: it stops socat and waits for it (see WATCHDOG).
    child.stdin?.end();
    await exited;
  }

  /** What the scanner sends for one code; false when unplugged (the scan is lost). Writes are serialised. */
  send(bytes: Uint8Array, options: SerialSendOptions = {}): Promise<boolean> {
    const run = this.#sending.then(async () => {
      const w = this.#writer;
      if (!w) return false;
      const chunks = Math.max(1, Math.min(options.chunks ?? 1, bytes.length));
      const size = Math.ceil(bytes.length / chunks);
      for (let at = 0; at < bytes.length; at += size) {
        if (at > 0) await delay(options.gapMs ?? 5);
        await w.write(bytes.subarray(at, at + size));
      }
      return true;
    });
    this.#sending = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.unplug();
  }
}
