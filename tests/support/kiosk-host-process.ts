/**
 * The one way tests and benchmarks start the browser host as a child process, as in production: the built bundle
 * `node out/main/host.js` (what `npm run host` and the systemd unit run; built first when stale) on a free port with
 * emulated devices and 300 demo persons. `runtime: 'tsx'` runs the TypeScript source instead (the bench's baseline).
 * No Playwright here, so the benchmarks can use it outside Playwright's test runner.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface KioskHostOptions {
  /** Added to this process's environment. */
  readonly env?: Record<string, string>;
  /** Appended to the default arguments (a later `--port` or `--demo-persons` wins). */
  readonly args?: readonly string[];
  /** A folder the caller owns (kept on stop); otherwise a fresh temporary one, removed on stop. */
  readonly dataDir?: string;
  /** `built` (default): out/main/host.js, as shipped. `tsx`: main/host/host-main.ts compiled on the fly. */
  readonly runtime?: 'built' | 'tsx';
}

/** The host's entry as `node` arguments. */
export function hostEntryArgs(runtime: 'built' | 'tsx' = 'built'): string[] {
  if (runtime === 'tsx') return ['--import', 'tsx', 'main/host/host-main.ts'];
  ensureBuiltOnce();
  return ['out/main/host.js'];
}

/** The admin CLI as shipped (out/main/admin.js), for tests that drive it as an office administrator would. */
export function adminEntryArgs(): string[] {
  ensureBuiltOnce();
  return ['out/main/admin.js'];
}

let built = false;
/** Rebuilds out/main and dist-web when a source is newer (a no-op after `npm test`'s build stage). */
export function ensureBuiltOnce(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/ensure-built.mjs', '--web'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  built = true;
}

export interface KioskHostReady {
  readonly launchUrl: string;
  readonly baseUrl: string;
  readonly token: string;
  /** `performance.now()` when the ready line arrived. */
  readonly readyAt: number;
  /** From spawn to the ready line. */
  readonly readyMs: number;
}

/** A host child that may still be starting. */
export interface KioskHostProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly dataDir: string;
  /** `performance.now()` just before the spawn. */
  readonly spawnedAt: number;
  /** Resolves on the host's `KIOSK_HOST_READY` line; rejects if it exits first. */
  readonly ready: Promise<KioskHostReady>;
  /** Resolves when the host process has exited. */
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>;
  /** Everything the host wrote to stderr (its log), for privacy assertions. */
  logs(): string;
  /** Resolves with the first match of `pattern` in the host's log, as soon as it is written. */
  waitForLog(pattern: RegExp): Promise<RegExpExecArray>;
  /** Signals the host if it still runs, waits for it to exit, and removes a data folder this module created. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A host that has printed its ready line. */
export type RunningKioskHost = KioskHostProcess & KioskHostReady;

export function spawnKioskHost(opts: KioskHostOptions = {}): KioskHostProcess {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  const spawnedAt = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...hostEntryArgs(opts.runtime),
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--devices',
      'emulated',
      '--demo-persons',
      '300',
      // The e2e specs read the emulated SMS sink (sign-in OTPs) through dev:smsMessages.
      '--expose-dev-channels',
      ...(opts.args ?? []),
    ],
    { cwd: REPO_ROOT, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (child.pid === undefined) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error('could not start the kiosk host process');
  }
  const pid = child.pid;

  let log = '';
  const logWaiters = new Set<() => void>();
  child.stderr.on('data', (c: Buffer) => {
    log += c.toString();
    for (const w of [...logWaiters]) w();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const earlyExit = (what: string) =>
    exited.then(({ code, signal }) => Promise.reject(new Error(`host exited ${what} (${code ?? signal}): ${log.slice(-2000)}`)));

  const readyLine = new Promise<KioskHostReady>((resolve) => {
    let out = '';
    let seen = false;
    // The listener stays so stdout keeps draining after the ready line.
    child.stdout.on('data', (c: Buffer) => {
      if (seen) return;
      out += c.toString();
      const m = /KIOSK_HOST_READY (\S+)/.exec(out);
      if (!m?.[1]) return;
      seen = true;
      const readyAt = performance.now();
      const url = new URL(m[1]);
      resolve({
        launchUrl: m[1],
        baseUrl: `${url.protocol}//${url.host}`,
        token: /token=([^&]+)/.exec(url.hash)?.[1] ?? '',
        readyAt,
        readyMs: readyAt - spawnedAt,
      });
    });
  });
  const ready = Promise.race([readyLine, earlyExit('before it was ready')]);
  ready.catch(() => {}); // a caller that only stops the host need not await readiness

  return {
    child,
    pid,
    dataDir,
    spawnedAt,
    ready,
    exited,
    logs: () => log,
    waitForLog(pattern) {
      const found = new Promise<RegExpExecArray>((resolve) => {
        const check = (): void => {
          const m = pattern.exec(log);
          if (!m) return;
          logWaiters.delete(check);
          resolve(m);
        };
        logWaiters.add(check);
        check();
      });
      return Promise.race([found, earlyExit(`before logging ${String(pattern)}`)]);
    },
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts a host and waits for its ready line; if it never gets there, it is stopped and the error thrown. */
export async function startKioskHostProcess(opts: KioskHostOptions = {}): Promise<RunningKioskHost> {
  const host = spawnKioskHost(opts);
  try {
    return { ...host, ...(await host.ready) };
  } catch (e) {
    await host.stop('SIGKILL');
    throw e;
  }
}
