/**
 * Transport A, renderer side. Runs as a sandboxed preload (bundled to ONE CommonJS file,
 * out/preload/index.cjs): the only file that touches `ipcRenderer`. It exposes `window.kiosk`,
 * built from the channel table, and nothing else: never ipcRenderer, never channel names, never
 * the IPC event object (checklist item 20).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRenderer } from 'electron';
import { buildKioskApi } from './contract/kiosk-api';
import type { KioskTransport } from './contract/kiosk-api';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './contract/ipc-channel-names';

export { EVENT_CHANNEL, INVOKE_CHANNEL };

/**
 * One `ipcRenderer.on` for all events, fanned out to subscribers by event name, so subscribing
 * and unsubscribing never add or leak IPC listeners.
 */
export function createIpcTransport(ipc: Pick<IpcRenderer, 'invoke' | 'on'>): KioskTransport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  ipc.on(EVENT_CHANNEL, (_event: unknown, name: unknown, payload: unknown) => {
    if (typeof name !== 'string') return;
    for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
  });
  return {
    invoke: (channel, input) => ipc.invoke(INVOKE_CHANNEL, channel, input),
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      // A wrapper per subscription, so subscribing the same function twice gives two independent unsubscribes.
      const entry = (payload: unknown): void => listener(payload);
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
  };
}

contextBridge.exposeInMainWorld('kiosk', buildKioskApi(createIpcTransport(ipcRenderer)));
