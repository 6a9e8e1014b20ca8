/**
 * Checklist item 20 (do not expose Electron APIs): preload/index.ts with `electron` mocked.
 * window.kiosk has a group for every domain of the channel table and only plain functions; calls
 * go through the one invoke channel; events come through ONE ipcRenderer listener and every
 * subscription returns an unsubscribe.
 */
import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '../../preload/contract/channels';
import type { KioskApi } from '../../preload/contract/kiosk-api';

const fake = vi.hoisted(() => {
  const listeners: { channel: string; listener: (...args: unknown[]) => void }[] = [];
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: { at: 1 } })),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => fake.listeners.push({ channel, listener }),
    send: () => {
      throw new Error('send must not be used');
    },
    sendSync: () => {
      throw new Error('sendSync must not be used');
    },
  },
}));

const preload = await import('../../preload/index');
const main = await import('../../main/shell/ipc-electron');

const kiosk = fake.exposed.get('kiosk') as KioskApi;
const groups = kiosk as unknown as Record<string, Record<string, unknown>>;
const domains = (names: readonly string[]) => [...new Set(names.map((n) => n.slice(0, n.indexOf(':'))))];
const emit = (name: unknown, payload: unknown) => {
  for (const l of fake.listeners) l.listener({ sender: 'ipc-event-object' }, name, payload);
};

describe('#20 the preload exposes window.kiosk only', () => {
  it('exposes exactly one key, kiosk', () => {
    expect([...fake.exposed.keys()]).toEqual(['kiosk']);
  });

  it('has a group for every domain of the channel table, with a function per channel', () => {
    for (const d of domains([...Object.keys(invokeChannels), ...Object.keys(eventChannels)])) expect(groups[d], d).toBeTypeOf('object');
    for (const name of Object.keys(invokeChannels)) {
      const [d, verb] = name.split(':') as [string, string];
      expect(groups[d]?.[verb], name).toBeTypeOf('function');
    }
    for (const name of Object.keys(eventChannels)) {
      const [d, verb] = name.split(':') as [string, string];
      expect(groups[d]?.[`on${verb[0]?.toUpperCase()}${verb.slice(1)}`], name).toBeTypeOf('function');
    }
  });

  it('exposes no ipcRenderer, no channel names and no generic invoke/send/on', () => {
    const flat = JSON.stringify(Object.fromEntries(Object.entries(groups).map(([d, g]) => [d, Object.keys(g)])));
    for (const bad of ['ipcRenderer', 'invoke', 'send', 'sendSync', '"on"', 'kiosk:invoke', 'kiosk:event', 'removeAllListeners'])
      expect(flat).not.toContain(bad);
    expect(Object.isFrozen(kiosk)).toBe(true);
  });

  it('uses the same channel names as main', () => {
    expect(preload.INVOKE_CHANNEL).toBe(main.INVOKE_CHANNEL);
    expect(preload.EVENT_CHANNEL).toBe(main.EVENT_CHANNEL);
  });
});

describe('calls and events', () => {
  it("a call invokes 'kiosk:invoke' with (channel, input) and returns the parsed Result", async () => {
    fake.invoke.mockClear();
    const result = await kiosk.system.ping({});
    expect(fake.invoke).toHaveBeenCalledWith('kiosk:invoke', 'system:ping', {});
    expect(result).toEqual({ ok: true, value: { at: 1 } });
  });

  it('a malformed reply from main becomes an internal error, not a half-formed value', async () => {
    fake.invoke.mockResolvedValueOnce({ ok: true, value: { at: 'yesterday' } });
    expect(await kiosk.system.ping({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('uses ONE ipcRenderer listener for all events, on kiosk:event', () => {
    kiosk.system.onNotice(() => {});
    kiosk.system.onNotice(() => {});
    expect(fake.listeners.map((l) => l.channel)).toEqual(['kiosk:event']);
  });

  it('delivers only the payload (never the IPC event object) and stops after unsubscribe', () => {
    const received: unknown[] = [];
    const unsubscribe = kiosk.system.onNotice((p) => received.push(p));
    expect(unsubscribe).toBeTypeOf('function');
    emit('system:notice', { level: 'warning', code: 'printer-low' });
    emit('system:notice', { level: 'bogus', code: 'x' }); // fails the schema: dropped
    emit('other:event', { level: 'info', code: 'y' });
    emit(42, null);
    unsubscribe();
    emit('system:notice', { level: 'info', code: 'after' });
    expect(received).toEqual([{ level: 'warning', code: 'printer-low' }]);
  });

  it('two subscriptions of the same function are independent', () => {
    const received: unknown[] = [];
    const listener = (p: unknown) => received.push(p);
    const a = kiosk.system.onNotice(listener);
    const b = kiosk.system.onNotice(listener);
    emit('system:notice', { level: 'info', code: 'one' });
    a();
    emit('system:notice', { level: 'info', code: 'two' });
    b();
    emit('system:notice', { level: 'info', code: 'three' });
    expect(received).toEqual([
      { level: 'info', code: 'one' },
      { level: 'info', code: 'one' },
      { level: 'info', code: 'two' },
    ]);
  });
});
