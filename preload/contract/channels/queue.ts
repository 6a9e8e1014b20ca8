/**
 * The kiosk's "Lấy số thứ tự" (queue:*, issue #18; docs/services-and-ratings.md): a ticket of service B, C or D with
 * no personal data asked, "no print, no ticket" like Form 01's (whose A tickets come from registration:*).
 */
import { z } from 'zod';
import { invoke } from '../define';
import { serviceSchema, walkInServiceSchema } from '../ticket-label';

export const walkInTicketSchema = z.object({
  service: serviceSchema,
  number: z.number().int().positive(),
  /** ticketLabel(): "B001". */
  label: z.string(),
  /** The counters serving this service; empty = every counter. */
  counters: z.array(z.string()),
  createdAt: z.string(),
});
export type WalkInTicketView = z.infer<typeof walkInTicketSchema>;

export const queueInvoke = {
  'queue:takeTicket': invoke(
    z.object({ service: walkInServiceSchema }).strict(),
    walkInTicketSchema,
    'Kiosk only: a ticket of service B, C or D (no personal data); answers once the slip printed (else printer-not-ready); limited per station (rate-limited).',
  ),
} as const;
