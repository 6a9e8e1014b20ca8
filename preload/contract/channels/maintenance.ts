/**
 * Maintenance mode: a hidden corner gesture, then a PIN checked on the main side (argon2id, 5 wrong → locked
 * 15 minutes). Every other maintenance call needs the unlocked maintenance session of the calling client.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { empty } from '../schemas';
import { kioskSettingsSchema } from './settings';

export const maintenancePin = z.string().regex(/^\d{4,8}$/, 'expected 4 to 8 digits');

export const maintenanceStatusSchema = z.object({
  version: z.string(),
  transport: z.enum(['electron', 'browser-host']),
  devices: z.enum(['hardware', 'emulated', 'none']),
  settings: kioskSettingsSchema,
  data: z.object({
    persons: z.number().int(),
    accounts: z.number().int(),
    portalRegistrations: z.number().int(),
    /** Newest registration that came from the portal import (ISO), null when none was imported. */
    lastPortalRegistrationAt: z.string().nullable(),
    lastHeartbeatAt: z.string().nullable(),
  }),
  /** When the maintenance session ends unless used (ISO). */
  sessionExpiresAt: z.string(),
});
export type MaintenanceStatus = z.infer<typeof maintenanceStatusSchema>;

const done = z.object({ done: z.literal(true) });

export const maintenanceInvoke = {
  'maintenance:unlock': invoke(
    z.object({ pin: maintenancePin }).strict(),
    z.object({ unlocked: z.literal(true), expiresAt: z.string() }),
    'Checks the maintenance PIN. Wrong: unauthorized with detail.remainingAttempts; locked: locked-out with detail.retryAfterSeconds.',
  ),
  'maintenance:status': invoke(
    empty,
    maintenanceStatusSchema,
    'Version, device mode, settings and data import status (maintenance session).',
  ),
  'maintenance:saveSettings': invoke(kioskSettingsSchema, kioskSettingsSchema, 'Saves the kiosk settings to SQLite (maintenance session).'),
  'maintenance:restart': invoke(
    empty,
    z.object({ action: z.enum(['relaunch', 'reload-ui']) }),
    'Restarts the kiosk: Electron relaunches (or exits for its service to restart it); the browser host asks the UI to reload.',
  ),
  'maintenance:quit': invoke(
    empty,
    z.object({ action: z.enum(['quit', 'not-supported']) }),
    'Quits the Electron kiosk; the browser host cannot close its browser and answers not-supported.',
  ),
  'maintenance:exit': invoke(empty, done, 'Ends the maintenance session of this client.'),
} as const;
