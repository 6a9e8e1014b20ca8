/**
 * THE channel table: every renderer↔main call and event, declared once. Electron IPC (preload) and
 * the browser host's WebSocket both serve exactly this table through one dispatcher.
 * Runs anywhere: pure TypeScript + zod.
 */
import type { z } from 'zod';
import type { EventDef, InvokeDef } from './define';
import { accountEvents, accountInvoke } from './channels/account';
import { boardEvents, boardInvoke } from './channels/board';
import { cardInvoke } from './channels/card';
import { devInvoke } from './channels/dev';
import { devicesEvents, devicesInvoke } from './channels/devices';
import { lookupInvoke } from './channels/lookup';
import { officerEvents, officerInvoke } from './channels/officer';
import { maintenanceInvoke } from './channels/maintenance';
import { settingsInvoke } from './channels/settings';
import { publicInvoke } from './channels/public';
import { registrationInvoke } from './channels/registration';
import { form01PrintInvoke } from './channels/form01-print';
import { systemEvents, systemInvoke } from './channels/system';
import { servicesEvents, servicesInvoke } from './channels/services';

export const invokeChannels = {
  ...systemInvoke,
  ...lookupInvoke,
  ...devicesInvoke,
  ...accountInvoke,
  ...devInvoke,
  ...publicInvoke,
  ...registrationInvoke,
  ...form01PrintInvoke,
  ...officerInvoke,
  ...cardInvoke,
  ...maintenanceInvoke,
  ...settingsInvoke,
  ...servicesInvoke,
  ...boardInvoke,
} as const satisfies Record<`${string}:${string}`, InvokeDef>;

export const eventChannels = {
  ...systemEvents,
  ...accountEvents,
  ...devicesEvents,
  ...officerEvents,
  ...servicesEvents,
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
