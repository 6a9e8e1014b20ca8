/**
 * THE channel table: every renderer↔main call and event, declared once. Electron IPC (preload) and
 * the browser host's WebSocket both serve exactly this table through one dispatcher.
 * Runs anywhere: pure TypeScript + zod.
 */
import type { z } from 'zod';
import type { EventDef, InvokeDef } from './define';
import { accountEvents, accountInvoke } from './channels/account';
import { recordsInvoke } from './channels/records';
import { boardEvents, boardInvoke } from './channels/board';
import { cardInvoke } from './channels/card';
import { devInvoke } from './channels/dev';
import { devicesEvents, devicesInvoke } from './channels/devices';
import { lookupInvoke } from './channels/lookup';
import { officerEvents, officerInvoke } from './channels/officer';
import { maintenanceInvoke } from './channels/maintenance';
import { settingsInvoke } from './channels/settings';
import { collectionPointsInvoke } from './channels/collection-points';
import { employersInvoke } from './channels/employers';
import { facilitiesInvoke } from './channels/facilities';
import { newsInvoke } from './channels/news';
import { officesInvoke } from './channels/offices';
import { supportInvoke } from './channels/support';
import { registrationInvoke } from './channels/registration';
import { systemEvents, systemInvoke } from './channels/system';
import { queueInvoke } from './channels/queue';
import { ratingEvents, ratingInvoke } from './channels/rating';

export const invokeChannels = {
  ...systemInvoke,
  ...lookupInvoke,
  ...devicesInvoke,
  ...accountInvoke,
  ...recordsInvoke,
  ...devInvoke,
  ...officesInvoke,
  ...facilitiesInvoke,
  ...employersInvoke,
  ...collectionPointsInvoke,
  ...supportInvoke,
  ...newsInvoke,
  ...registrationInvoke,
  ...officerInvoke,
  ...cardInvoke,
  ...maintenanceInvoke,
  ...settingsInvoke,
  ...queueInvoke,
  ...ratingInvoke,
  ...boardInvoke,
} as const satisfies Record<`${string}:${string}`, InvokeDef>;

export const eventChannels = {
  ...systemEvents,
  ...accountEvents,
  ...devicesEvents,
  ...officerEvents,
  ...ratingEvents,
  ...boardEvents,
} as const satisfies Record<`${string}:${string}`, EventDef>;

export type InvokeChannels = typeof invokeChannels;
export type EventChannels = typeof eventChannels;
export type InvokeName = keyof InvokeChannels & string;
export type EventName = keyof EventChannels & string;
export type InputOf<N extends InvokeName> = z.input<InvokeChannels[N]['input']>;
export type ParsedInputOf<N extends InvokeName> = z.output<InvokeChannels[N]['input']>;
export type OutputOf<N extends InvokeName> = z.output<InvokeChannels[N]['output']>;
export type PayloadOf<E extends EventName> = z.output<EventChannels[E]['payload']>;

export const isInvokeName = (name: unknown): name is InvokeName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(invokeChannels, name);
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(eventChannels, name);
