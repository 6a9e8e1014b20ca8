import { z } from 'zod';
import { event, invoke } from '../define';
import { empty, text } from '../schemas';

export const systemInvoke = {
  'system:info': invoke(
    empty,
    z.object({
      version: z.string(),
      transport: z.enum(['electron', 'browser-host']),
      devices: z.enum(['hardware', 'emulated', 'none']),
      defaultLocale: z.enum(['vi', 'en']),
      officeName: z.string(),
    }),
    'Version, transport and device mode of this kiosk.',
  ),
  'system:ping': invoke(empty, z.object({ at: z.number() }), 'Liveness check; answers the host time.'),
  'system:reportScreen': invoke(
    z.object({ screen: text(60) }).strict(),
    z.object({ recorded: z.boolean() }),
    'The renderer says which screen it shows, for the heartbeat.',
  ),
} as const;

export const systemEvents = {
  'system:notice': event(z.object({ level: z.enum(['info', 'warning']), code: text(60) }), 'A notice for the screen (no personal data).'),
} as const;
