/**
 * Kiosk settings an officer edits in maintenance mode. Reading them needs no session (the idle guard and the
 * start-up language read them); changing them goes through maintenance:saveSettings.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { empty, text } from '../schemas';

const seconds = (min: number, max: number) => z.number().int().min(min).max(max);

export const kioskSettingsSchema = z
  .object({
    /** Inactivity before a citizen flow is wiped, per kind of screen; the warning counts down the last warningSeconds. */
    idle: z
      .object({
        lookupSeconds: seconds(30, 900),
        recordsSeconds: seconds(30, 900),
        formsSeconds: seconds(30, 1800),
        warningSeconds: seconds(5, 60),
      })
      .strict(),
    defaultLocale: z.enum(['vi', 'en']),
    /** Receipt paper and how Vietnamese text is printed (see native/printer/printer-profile.ts). */
    printer: z
      .object({
        paperWidthMm: z.union([z.literal(58), z.literal(80)]),
        textMode: z.enum(['raster', 'windows1258', 'tcvn3']),
      })
      .strict(),
    officeName: text(120).min(1),
  })
  .strict();
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = {
  idle: { lookupSeconds: 90, recordsSeconds: 120, formsSeconds: 180, warningSeconds: 20 },
  defaultLocale: 'vi',
  printer: { paperWidthMm: 80, textMode: 'raster' },
  officeName: 'BHXH',
};

export const settingsInvoke = {
  'settings:get': invoke(
    empty,
    kioskSettingsSchema,
    'The kiosk settings (idle timeouts, default language, printer, office). No personal data.',
  ),
} as const;
