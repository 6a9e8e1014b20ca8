import { existsSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { deviceProcessEntry, deviceSpawner } from '../../../../../main/services/devices/device-spawner';
import type { NodeForkFn, UtilityForkFn, UtilityProcessLike } from '../../../../../main/services/devices/device-spawner';

class FakeUtility extends EventEmitter implements UtilityProcessLike {
  readonly pid = 4242;
  readonly posted: unknown[] = [];
  killed = 0;
  postMessage(m: unknown): void {
    this.posted.push(m);
  }
  kill(): boolean {
    this.killed++;
    return true;
  }
}

const BUILT_MAIN = 'file:///opt/kiosk/resources/app.asar/out/main/index.js';

describe('device process entry', () => {
  it('a built entry starts the device bundle beside it, with no loader', () => {
    expect(deviceProcessEntry(BUILT_MAIN)).toEqual({
      path: '/opt/kiosk/resources/app.asar/out/main/device-process.js',
      execArgv: [],
      built: true,
    });
    expect(deviceProcessEntry('file:///srv/kiosk/out/main/host.js').path).toBe('/srv/kiosk/out/main/device-process.js');
  });

  it('a .ts entry (tsx, development) starts the .ts source with --import tsx, and that file exists', () => {
    const entry = deviceProcessEntry(new URL('../../../../../main/host/host-main.ts', import.meta.url).href);
    expect(entry.built).toBe(false);
    expect(entry.execArgv).toEqual(['--import', 'tsx']);
    expect(entry.path.endsWith('native/devices/device-process.ts')).toBe(true);
    expect(existsSync(entry.path)).toBe(true);
  });
});

describe('device spawner', () => {
  it('Electron: utilityProcess.fork on the built bundle with named arguments; child_process.fork is never used', () => {
    const forks: { path: string; args: string[]; options: object }[] = [];
    const child = new FakeUtility();
    const utilityFork: UtilityForkFn = (path, args, options) => (forks.push({ path, args, options }), child);
    const nodeFork = (() => {
      throw new Error('child_process.fork must not run under Electron');
    }) as unknown as NodeForkFn;
    const spawner = deviceSpawner({
      mode: 'hardware',
      dataDir: '/var/lib/kiosk',
      entry: deviceProcessEntry(BUILT_MAIN),
      utilityFork,
      nodeFork,
    });
    expect(spawner.kind).toBe('utility-process');

    const channel = spawner.spawn();
    expect(forks).toEqual([
      {
        path: '/opt/kiosk/resources/app.asar/out/main/device-process.js',
        args: ['--device-mode=hardware', '--device-data-dir=/var/lib/kiosk'],
        options: { stdio: 'inherit', serviceName: 'kiosk-devices' },
      },
    ]);
    expect(channel.pid).toBe(4242);

    const received: unknown[] = [];
    channel.onMessage((m) => received.push(m));
    child.emit('message', { kind: 'ready' });
    expect(received).toEqual([{ kind: 'ready' }]);

    channel.send({ kind: 'ping', id: 1 });
    expect(child.posted).toEqual([{ kind: 'ping', id: 1 }]);

    const exits: (number | null)[] = [];
    channel.onExit((code) => exits.push(code));
    child.emit('exit', 9);
    expect(exits).toEqual([9]);
    channel.send({ kind: 'ping', id: 2 }); // after exit: dropped, not thrown
    expect(child.posted).toHaveLength(1);

    channel.kill();
    expect(child.killed).toBe(1);
  });

  it('Electron refuses a source entry: a utility process cannot run TypeScript', () => {
    const entry = deviceProcessEntry(new URL('../../../../../main/index.ts', import.meta.url).href);
    expect(() => deviceSpawner({ mode: 'emulated', dataDir: '/d', entry, utilityFork: () => new FakeUtility() })).toThrow(
      /built device bundle/,
    );
  });

  it('browser host: child_process.fork of the same bundle with an IPC channel', () => {
    const calls: unknown[][] = [];
    const fakeChild = Object.assign(new EventEmitter(), {
      pid: 7,
      connected: true,
      sent: [] as unknown[],
      send(m: unknown) {
        this.sent.push(m);
        return true;
      },
      kill() {
        return true;
      },
    });
    const nodeFork = ((...args: unknown[]) => (calls.push(args), fakeChild)) as unknown as NodeForkFn;
    const spawner = deviceSpawner({
      mode: 'emulated',
      dataDir: '/d',
      entry: deviceProcessEntry('file:///srv/kiosk/out/main/host.js'),
      nodeFork,
    });
    expect(spawner.kind).toBe('child-process');
    const channel = spawner.spawn();
    expect(calls).toEqual([
      [
        '/srv/kiosk/out/main/device-process.js',
        ['--device-mode=emulated', '--device-data-dir=/d'],
        { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
      ],
    ]);
    channel.send({ kind: 'ping', id: 1 });
    expect(fakeChild.sent).toEqual([{ kind: 'ping', id: 1 }]);
  });
});
