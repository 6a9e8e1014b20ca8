/**
 * Transport A, main side: the ONLY caller of `ipcMain.handle` and the only sender of
 * `webContents.send`. One invoke channel carries every call of the channel table to the shared
 * dispatcher; one event channel carries every bus event. A call is served only when it comes from
 * our one kiosk webContents with its frame on app://kiosk/ (checklist item 17).
 */
import { ipcMain } from 'electron';
import type { WebContents } from 'electron';
import { fail } from '../../preload/contract/result';
import type { Dispatcher } from '../ipc/dispatcher';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../logging/logger';
import { isAppUrl } from './security';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../preload/contract/ipc-channel-names';

export { EVENT_CHANNEL, INVOKE_CHANNEL };

/** The parts of IpcMainInvokeEvent the check reads; real events satisfy it structurally. */
export interface SenderInfo {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string } | null;
}

export interface TrustedTarget {
  readonly id: number;
  isDestroyed(): boolean;
}

export const electronClientId = (webContentsId: number): string => `electron-${webContentsId}`;

/** Trusted = our kiosk webContents (by id) and a frame that is on app://kiosk/ (parsed, not prefix-matched). */
export function isTrustedSender(event: SenderInfo, trusted: TrustedTarget | null): boolean {
  if (!trusted || trusted.isDestroyed()) return false;
  if (event.sender.id !== trusted.id) return false;
  let url: string;
  try {
    // senderFrame can be null (frame navigated or gone) and reading it can throw once disposed.
    url = event.senderFrame?.url ?? '';
  } catch {
    return false;
  }
  return isAppUrl(url);
}

export interface KioskIpcDeps {
  readonly dispatcher: Dispatcher;
  readonly getTrustedWebContents: () => TrustedTarget | null;
  readonly logger: Logger;
}

/** Registers the invoke handler; returns its removal (for shutdown and tests). */
export function registerKioskIpc(deps: KioskIpcDeps): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event, deps.getTrustedWebContents())) {
      // Only the channel name is logged: inputs may carry personal data.
      deps.logger.warn('ipc.untrusted-sender', { channel: typeof channel === 'string' ? channel.slice(0, 60) : typeof channel });
      return fail('forbidden', 'untrusted sender');
    }
    return deps.dispatcher.dispatch(channel, input, { clientId: electronClientId(event.sender.id), transport: 'electron' });
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

export type EventSink = Pick<WebContents, 'id' | 'isDestroyed' | 'send'>;

/**
 * Forwards bus events to the kiosk window as (name, payload). Events aimed at another client
 * (a browser-host screen) are skipped; a destroyed window is never written to.
 */
export function forwardBusEvents(bus: EventBus, getTarget: () => EventSink | null): () => void {
  return bus.subscribe((name, payload, target) => {
    const wc = getTarget();
    if (!wc || wc.isDestroyed()) return;
    if (target !== null && target !== electronClientId(wc.id)) return;
    wc.send(EVENT_CHANNEL, name, payload);
  });
}
