import { z } from 'zod';
import { event, invoke } from '../define';
import { empty, text } from '../schemas';

/**
 * Every screen a kiosk client may report (heartbeat, /health, error reports): a fixed list, never free text a client
 * chose (issue #14), so nothing a screen types can reach the heartbeat table or the log. 'other' is what the host
 * stores for anything else. The renderer's screen names must be in this list (its calls do not compile otherwise).
 */
export const SCREEN_NAMES = [
  'home',
  'lookup',
  'devices',
  'regCheck',
  'regSelf',
  'takeTicket',
  'offices',
  'facilities',
  'employers',
  'collectionPoints',
  'faq',
  'feedback',
  'news',
  'signIn',
  'forcedPasswordChange',
  'records',
  'profile',
  'card',
  'participation',
  'benefits',
  'visits',
  'changePassword',
  'maintenance',
  'other',
] as const;
export const screenNameSchema = z.enum(SCREEN_NAMES);
export type ReportedScreen = z.infer<typeof screenNameSchema>;
export const isReportedScreen = (s: unknown): s is ReportedScreen => screenNameSchema.safeParse(s).success;
export const STATION_ROLES = ['kiosk', 'counter', 'display'] as const;
export const stationSchema = z.object({
  id: z.string(),
  role: z.enum(STATION_ROLES),
  /** A counter station's number (the officer's counter), null otherwise. */
  counter: z.number().int().min(1).max(99).nullable(),
});
export type StationView = z.infer<typeof stationSchema>;

export const systemInvoke = {
  'system:info': invoke(
    empty,
    z.object({
      version: z.string(),
      transport: z.enum(['electron', 'browser-host']),
      devices: z.enum(['hardware', 'emulated', 'none']),
      defaultLocale: z.enum(['vi', 'en']),
      officeName: z.string(),
      /** The station this host is (`--station`): the renderer shows the officer console only on a counter. */
      station: stationSchema,
      /** Idle periods in seconds per kind of screen (0 = never); absent = the renderer's defaults. */
      idleTimeouts: z
        .object({
          lookup: z.number().int().min(0).max(3600),
          records: z.number().int().min(0).max(3600),
          forms: z.number().int().min(0).max(3600),
          warning: z.number().int().min(5).max(300),
        })
        .partial()
        .optional(),
    }),
    'Version, transport and device mode of this kiosk.',
  ),
  'system:ping': invoke(empty, z.object({ at: z.number() }), 'Liveness check; answers the host time.'),
  'system:reportScreen': invoke(
    z.object({ screen: screenNameSchema }).strict(),
    z.object({ recorded: z.boolean() }),
    'The renderer says which screen it shows, for the heartbeat.',
  ),
  'system:reportError': invoke(
    z
      .object({
        reference: z.string().regex(/^[A-Z0-9-]{6,24}$/, 'expected an error reference'),
        screen: screenNameSchema,
        /** The Error's name only (TypeError …): messages may quote personal data. */
        error: z.string().regex(/^[A-Za-z0-9_.$-]{1,60}$/, 'expected an error name'),
      })
      .strict(),
    z.object({ logged: z.boolean() }),
    'The renderer caught an uncaught error and shows a reference number; the host logs it (no personal data).',
  ),
  'system:endVisit': invoke(
    z.object({ reason: z.enum(['timeout', 'sign-out', 'flow-end']) }).strict(),
    z.object({ ended: z.boolean() }),
    "The citizen's visit on this screen is over: destroy its session, OTPs and temporary files on the host.",
  ),
} as const;

export const systemEvents = {
  'system:notice': event(z.object({ level: z.enum(['info', 'warning']), code: text(60) }), 'A notice for the screen (no personal data).'),
} as const;
