/**
 * The one place that decides how the device child is started (issue: a packaged kiosk that really starts its
 * reader and printer):
 * - the Electron kiosk: `utilityProcess.fork` on the built bundle inside the app. `child_process.fork` would run the
 *   Electron binary itself, which with the `runAsNode` fuse off (SECURITY.md) is not Node at all;
 * - the browser host, the tests and the benches: `child_process.fork` of the same bundle with Node;
 * - development from source (tsx): `child_process.fork` of the .ts entry with `--import tsx`, never shipped.
 * Which code runs is decided from the entry module that is running, so a built bundle always starts a built child.
 */
import { fork as nodeFork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deviceProcessArgv } from '../../../native/devices/device-process-args';
import type { DeviceProcessMode } from '../../../native/devices/device-process-args';
import type { DeviceChannel, SpawnDeviceChannel } from './device-supervisor';

/** Where the device child's code is and what the runtime needs to run it. */
export interface DeviceProcessEntry {
  readonly path: string;
  readonly execArgv: readonly string[];
  readonly built: boolean;
}

/** File name of the device bundle next to the other bundles in out/main (electron.vite.config.ts). */
export const DEVICE_BUNDLE = 'device-process.js';

/**
 * `entryModuleUrl` is `import.meta.url` of the running entry: out/main/index.js or out/main/host.js when built
 * (the device bundle sits beside it), main/index.ts or main/host/host-main.ts under tsx (the .ts source).
 */
export function deviceProcessEntry(entryModuleUrl: string): DeviceProcessEntry {
  const entryFile = fileURLToPath(entryModuleUrl);
  if (entryFile.endsWith('.js') || entryFile.endsWith('.mjs') || entryFile.endsWith('.cjs')) {
    return { path: join(dirname(entryFile), DEVICE_BUNDLE), execArgv: [], built: true };
  }
  return {
    path: fileURLToPath(new URL('../../../native/devices/device-process.ts', import.meta.url)),
    execArgv: ['--import', 'tsx'],
    built: false,
  };
}

/** The parts of Electron's UtilityProcess the channel uses (structural, so this module never imports electron). */
export interface UtilityProcessLike {
  readonly pid?: number | undefined;
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  once(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export type UtilityForkFn = (
  modulePath: string,
  args: string[],
  options: { readonly stdio: 'inherit'; readonly serviceName: string },
) => UtilityProcessLike;

export type NodeForkFn = typeof nodeFork;

export interface DeviceSpawnerOptions {
  readonly mode: DeviceProcessMode;
  readonly dataDir: string;
  readonly entry: DeviceProcessEntry;
  /** Electron's `utilityProcess.fork`, given only by the Electron entry (main/index.ts). */
  readonly utilityFork?: UtilityForkFn | undefined;
  /** Tests pass a fake; defaults to `child_process.fork`. */
  readonly nodeFork?: NodeForkFn;
}

export interface DeviceSpawner {
  readonly kind: 'utility-process' | 'child-process';
  readonly entry: DeviceProcessEntry;
  readonly spawn: SpawnDeviceChannel;
}

export function deviceSpawner(options: DeviceSpawnerOptions): DeviceSpawner {
  const { entry } = options;
  const args = deviceProcessArgv(options.mode, options.dataDir);
  const utilityFork = options.utilityFork;
  if (utilityFork) {
    // A utility process runs plain JavaScript only: a .ts entry here means the app was not built.
    if (!entry.built) throw new Error(`the Electron kiosk starts only the built device bundle, not ${entry.path}`);
    return {
      kind: 'utility-process',
      entry,
      spawn: () => utilityChannel(utilityFork(entry.path, args, { stdio: 'inherit', serviceName: 'kiosk-devices' })),
    };
  }
  const forkFn = options.nodeFork ?? nodeFork;
  return {
    kind: 'child-process',
    entry,
    spawn: () => {
      const child = forkFn(entry.path, args, { execArgv: [...entry.execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      return {
        ...(child.pid !== undefined ? { pid: child.pid } : {}),
        send: (m) => {
          if (child.connected) child.send(m);
        },
        onMessage: (cb) => void child.on('message', cb),
        onExit: (cb) => void child.once('exit', (code) => cb(code)),
        kill: () => void child.kill('SIGKILL'),
      };
    },
  };
}

function utilityChannel(child: UtilityProcessLike): DeviceChannel {
  let exited = false;
  child.once('exit', () => (exited = true));
  return {
    ...(child.pid !== undefined ? { pid: child.pid } : {}),
    send: (m) => {
      if (!exited) child.postMessage(m);
    },
    onMessage: (cb) => void child.on('message', cb),
    onExit: (cb) => void child.once('exit', (code) => cb(code)),
    kill: () => void child.kill(),
  };
}
