/**
 * main/index.ts with `electron` and the core mocked: the ordering rules that only the entry can
 * break. Sandbox and the app:// scheme are set up before `ready`; on ready the session is hardened,
 * app:// is served, IPC is registered and the one kiosk window loads app://kiosk/index.html.
 * A second instance quits without touching anything.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as DeviceSpawnerModuleNs from '../../main/services/devices/device-spawner';

type DeviceSpawnerModule = typeof DeviceSpawnerModuleNs;

const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    calls: [] as string[],
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    resolveReady: (): void => {},
    ready: Promise.resolve(),
    windows: [] as { options: { webPreferences?: { preload?: string } }; loaded: string[] }[],
    ipcHandlers: new Map<string, unknown>(),
    protocolHandlers: new Map<string, unknown>(),
    sessionCalls: [] as string[],
    exitCode: null as number | null,
    utilityForks: [] as string[],
    deviceSpawn: null as null | (() => unknown),
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const record = (name: string) => () => void fake.calls.push(name);
  class FakeWebContents extends EventEmitter {
    readonly id = 1;
    loaded: string[] = [];
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
  }
  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    constructor(readonly options: { webPreferences?: { preload?: string } }) {
      super();
      fake.calls.push('new BrowserWindow');
      fake.windows.push({ options, loaded: this.webContents.loaded });
    }
    removeMenu() {}
    isDestroyed() {
      return false;
    }
  }
  const sessionRecord = (name: string) => () => void fake.sessionCalls.push(name);
  return {
    app: {
      requestSingleInstanceLock: () => fake.lock,
      enableSandbox: record('enableSandbox'),
      quit: record('quit'),
      exit: (code: number) => {
        fake.exitCode = code;
      },
      on: (name: string, fn: (...args: unknown[]) => void) => fake.appEvents.set(name, fn),
      whenReady: () => {
        fake.calls.push('whenReady');
        return fake.ready;
      },
      getPath: () => '/tmp/kiosk-lifecycle-test',
    },
    protocol: { registerSchemesAsPrivileged: record('registerSchemesAsPrivileged') },
    utilityProcess: {
      fork: (path: string) => {
        fake.utilityForks.push(path);
        const child = new EventEmitter();
        return Object.assign(child, { pid: 99, postMessage: () => {}, kill: () => true });
      },
    },
    Menu: { setApplicationMenu: record('setApplicationMenu') },
    powerSaveBlocker: { start: () => 1, stop: () => {} },
    ipcMain: { handle: (channel: string, fn: unknown) => fake.ipcHandlers.set(channel, fn), removeHandler: () => {} },
    BrowserWindow: FakeBrowserWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: sessionRecord('setPermissionRequestHandler'),
        setPermissionCheckHandler: sessionRecord('setPermissionCheckHandler'),
        setDevicePermissionHandler: sessionRecord('setDevicePermissionHandler'),
        on: () => {},
        webRequest: { onBeforeRequest: sessionRecord('onBeforeRequest'), onHeadersReceived: sessionRecord('onHeadersReceived') },
        protocol: { handle: (scheme: string, fn: unknown) => fake.protocolHandlers.set(scheme, fn) },
      },
    },
  };
});

// This test runs main/index.ts from source; the packaged app runs out/main/index.js, whose device bundle sits beside it.
vi.mock('../../main/services/devices/device-spawner', async (importOriginal) => {
  const real = await importOriginal<DeviceSpawnerModule>();
  return { ...real, deviceProcessEntry: () => real.deviceProcessEntry('file:///opt/kiosk/resources/app.asar/out/main/index.js') };
});

vi.mock('../../main/core/create-core', async () => {
  const { createEventBus } = await import('../../main/ipc/event-bus');
  return {
    createCore: async (options: { deviceSpawn?: () => unknown }) => {
      fake.calls.push('createCore');
      fake.deviceSpawn = options.deviceSpawn ?? null;
      return {
        dispatcher: { dispatch: async () => ({ ok: true, value: null }) },
        bus: createEventBus(),
        routes: [],
        onClientGone: () => {},
        close: async () => {},
      };
    },
  };
});

beforeEach(() => {
  vi.resetModules();
  fake.calls.length = 0;
  fake.appEvents.clear();
  fake.windows.length = 0;
  fake.ipcHandlers.clear();
  fake.protocolHandlers.clear();
  fake.sessionCalls.length = 0;
  fake.exitCode = null;
  fake.ready = new Promise<void>((resolve) => {
    fake.resolveReady = resolve;
  });
});

describe('main/index.ts lifecycle', () => {
  it('sets up sandbox, the app scheme and web-contents hardening before ready', async () => {
    fake.lock = true;
    await import('../../main/index');
    expect(fake.calls).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'setApplicationMenu', 'whenReady']);
    expect(fake.appEvents.has('web-contents-created')).toBe(true);
    expect(fake.windows).toHaveLength(0);
  });

  it('on ready hardens the session, serves app://, registers IPC and opens the one window', async () => {
    fake.lock = true;
    await import('../../main/index');
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.exitCode).toBeNull();
    expect(fake.sessionCalls).toEqual(
      expect.arrayContaining(['setPermissionRequestHandler', 'setPermissionCheckHandler', 'onBeforeRequest', 'onHeadersReceived']),
    );
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.ipcHandlers.keys()]).toEqual(['kiosk:invoke']);
    // The session is hardened and IPC registered before the window exists.
    expect(fake.calls.indexOf('createCore')).toBeLessThan(fake.calls.indexOf('new BrowserWindow'));
    // The reader and printer: a utility process on the device bundle inside the app, never child_process.fork.
    expect(fake.deviceSpawn).toBeTypeOf('function');
    fake.deviceSpawn?.();
    expect(fake.utilityForks).toEqual(['/opt/kiosk/resources/app.asar/out/main/device-process.js']);
    const win = fake.windows[0];
    expect(win?.options.webPreferences?.preload).toMatch(/preload[/\\]index\.cjs$/);
    expect(win?.loaded).toEqual(['app://kiosk/index.html']);
    expect(fake.appEvents.has('second-instance')).toBe(true);
    expect(fake.appEvents.has('before-quit')).toBe(true);
  });

  it('a second instance quits at once', async () => {
    fake.lock = false;
    await import('../../main/index');
    expect(fake.calls).toEqual(['quit']);
    fake.lock = true;
  });
});
