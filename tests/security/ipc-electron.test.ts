/**
 * Checklist item 17 (validate the IPC sender): main/shell/ipc-electron.ts with `electron` mocked.
 * Untrusted senders get `forbidden` and never reach the dispatcher; a trusted call reaches the real
 * dispatcher for every channel of the table; bus events reach only the kiosk window.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../preload/contract/channels';
import { KioskFailure } from '../../preload/contract/result';
import type { Result } from '../../preload/contract/result';
import { createDispatcher } from '../../main/ipc/dispatcher';
import type { Dispatcher, HandlerMap } from '../../main/ipc/dispatcher';
import { createEventBus } from '../../main/ipc/event-bus';
import { silentLogger } from '../../main/logging/logger';

type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const fakeIpcMain = vi.hoisted(() => {
  const handlers = new Map<string, InvokeListener>();
  return {
    handlers,
    handle: (channel: string, listener: InvokeListener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
    on: () => {
      throw new Error('ipcMain.on must not be used');
    },
  };
});
vi.mock('electron', () => ({ ipcMain: fakeIpcMain }));

const { EVENT_CHANNEL, INVOKE_CHANNEL, electronClientId, forwardBusEvents, isTrustedSender, registerKioskIpc } =
  await import('../../main/shell/ipc-electron');

const KIOSK_ID = 7;
const kioskContents = { id: KIOSK_ID, isDestroyed: () => false };
const event = (senderId: number, frameUrl: string | null) => ({
  sender: { id: senderId },
  senderFrame: frameUrl === null ? null : { url: frameUrl },
});

const recordingDispatcher = () => {
  const calls: { channel: unknown; input: unknown; ctx: unknown }[] = [];
  const dispatcher: Dispatcher = {
    dispatch: async (channel, input, ctx) => {
      calls.push({ channel, input, ctx });
      return { ok: true, value: 'dispatched' };
    },
  };
  return { dispatcher, calls };
};

const invoke = (ev: unknown, channel: unknown, input: unknown): Promise<Result<unknown>> => {
  const handler = fakeIpcMain.handlers.get(INVOKE_CHANNEL);
  if (!handler) throw new Error('no handler registered');
  return handler(ev, channel, input) as Promise<Result<unknown>>;
};

describe('#17 IPC sender validation', () => {
  let remove: () => void = () => {};
  afterEach(() => remove());

  it('registers exactly one invoke handler and removes it on dispose', () => {
    remove = registerKioskIpc({
      dispatcher: recordingDispatcher().dispatcher,
      getTrustedWebContents: () => kioskContents,
      logger: silentLogger,
    });
    expect([...fakeIpcMain.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    remove();
    expect(fakeIpcMain.handlers.size).toBe(0);
  });

  it.each([
    ['another webContents', event(8, 'app://kiosk/index.html')],
    ['a foreign origin in our window', event(KIOSK_ID, 'https://evil.example/')],
    ['a look-alike host', event(KIOSK_ID, 'app://kiosk.evil/index.html')],
    ['file://', event(KIOSK_ID, 'file:///opt/bhxh-kiosk/resources/app/out/renderer/index.html')],
    ['a disposed frame', event(KIOSK_ID, null)],
  ])('rejects a call from %s without dispatching it', async (_label, ev) => {
    const { dispatcher, calls } = recordingDispatcher();
    remove = registerKioskIpc({ dispatcher, getTrustedWebContents: () => kioskContents, logger: silentLogger });
    const result = await invoke(ev, 'system:ping', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('rejects every call while there is no kiosk window, or after it is destroyed', async () => {
    const { dispatcher, calls } = recordingDispatcher();
    let target: { id: number; isDestroyed(): boolean } | null = null;
    remove = registerKioskIpc({ dispatcher, getTrustedWebContents: () => target, logger: silentLogger });
    expect(await invoke(event(KIOSK_ID, 'app://kiosk/index.html'), 'system:ping', {})).toMatchObject({ ok: false });
    target = { id: KIOSK_ID, isDestroyed: () => true };
    expect(await invoke(event(KIOSK_ID, 'app://kiosk/index.html'), 'system:ping', {})).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it('treats a frame whose url getter throws as untrusted', () => {
    const ev = {
      sender: { id: KIOSK_ID },
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(ev, kioskContents)).toBe(false);
  });

  it('dispatches a trusted call with the electron call context', async () => {
    const { dispatcher, calls } = recordingDispatcher();
    remove = registerKioskIpc({ dispatcher, getTrustedWebContents: () => kioskContents, logger: silentLogger });
    const result = await invoke(event(KIOSK_ID, 'app://kiosk/index.html#/lookup'), 'lookup:provinces', {});
    expect(result).toEqual({ ok: true, value: 'dispatched' });
    expect(calls).toEqual([
      { channel: 'lookup:provinces', input: {}, ctx: { clientId: electronClientId(KIOSK_ID), transport: 'electron' } },
    ]);
  });

  it('reaches the real dispatcher for every channel of the table', async () => {
    const reached: string[] = [];
    const handlers = Object.fromEntries(
      Object.keys(invokeChannels).map((name) => [
        name,
        () => {
          reached.push(name);
          throw new KioskFailure('not-found', 'test handler');
        },
      ]),
    ) as unknown as HandlerMap;
    remove = registerKioskIpc({
      dispatcher: createDispatcher({ handlers, logger: silentLogger }),
      getTrustedWebContents: () => kioskContents,
      logger: silentLogger,
    });
    for (const name of Object.keys(invokeChannels)) {
      const result = await invoke(event(KIOSK_ID, 'app://kiosk/index.html'), name, {});
      expect(result.ok, name).toBe(false);
      // invalid-input (schema ran) or not-found (handler ran): the channel is known either way.
      if (!result.ok) expect(['invalid-input', 'not-found'], name).toContain(result.error.code);
    }
    expect(reached.length).toBeGreaterThan(0);
    const unknown = await invoke(event(KIOSK_ID, 'app://kiosk/index.html'), 'fs:readFile', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });
});

describe('bus events to the window', () => {
  const sink = () => {
    const sent: unknown[][] = [];
    let destroyed = false;
    return {
      sent,
      destroy: () => {
        destroyed = true;
      },
      contents: { id: KIOSK_ID, isDestroyed: () => destroyed, send: (...args: unknown[]) => void sent.push(args) },
    };
  };
  let stop: () => void = () => {};
  afterEach(() => stop());

  it('forwards broadcasts and events aimed at this window as (name, payload)', () => {
    const bus = createEventBus();
    const s = sink();
    stop = forwardBusEvents(bus, () => s.contents);
    bus.emit('system:notice', { level: 'info', code: 'a' });
    bus.emit('system:notice', { level: 'info', code: 'b' }, electronClientId(KIOSK_ID));
    bus.emit('system:notice', { level: 'info', code: 'c' }, 'ws-1');
    expect(s.sent).toEqual([
      [EVENT_CHANNEL, 'system:notice', { level: 'info', code: 'a' }],
      [EVENT_CHANNEL, 'system:notice', { level: 'info', code: 'b' }],
    ]);
  });

  it('never writes to a destroyed or missing window, and stops when unsubscribed', () => {
    const bus = createEventBus();
    const s = sink();
    let present = true;
    stop = forwardBusEvents(bus, () => (present ? s.contents : null));
    s.destroy();
    bus.emit('system:notice', { level: 'info', code: 'x' });
    present = false;
    bus.emit('system:notice', { level: 'info', code: 'y' });
    expect(s.sent).toEqual([]);
    const t = sink();
    const stopT = forwardBusEvents(bus, () => t.contents);
    stopT();
    bus.emit('system:notice', { level: 'info', code: 'z' });
    expect(t.sent).toEqual([]);
  });
});
