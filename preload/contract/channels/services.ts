/**
 * Services and number series at the kiosk, counters per service, the citizen's satisfaction rating and the office's
 * day in numbers (issue #18; docs/services-and-ratings.md).
 * - `queue:takeTicket`: the kiosk's "Lấy số thứ tự" (no personal data asked), "no print, no ticket" like Form 01's.
 * - `rating:*`: the counter's citizen-facing screen (`?view=rating`): the ticket just finished at this counter may be
 *   rated once, by a one-time token; the rating is stored without the ticket.
 * - `officer:finishTicket` ("Hoàn thành") closes a B/C/D ticket; `officer:counterServices`, `officer:setCounterServices`
 *   and `officer:dayReport` are the supervisor's (the host checks the role).
 */
import { z } from 'zod';
import { event, invoke } from '../define';
import { empty } from '../schemas';
import { serviceSchema, walkInServiceSchema } from '../ticket-label';

export const RATING_LEVELS = ['very-satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;
export const ratingLevelSchema = z.enum(RATING_LEVELS);
export type RatingLevel = z.infer<typeof ratingLevelSchema>;
/** The fixed reasons a citizen may tick (any level): waited long, officer not attentive, unclear guidance, complex procedure, other. */
export const RATING_REASONS = ['long-wait', 'officer-attitude', 'unclear-guidance', 'complex-procedure', 'other'] as const;
export const ratingReasonSchema = z.enum(RATING_REASONS);
export type RatingReason = z.infer<typeof ratingReasonSchema>;

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

const seconds = z.number().nonnegative().nullable();
const timing = { waitP50: seconds, waitP90: seconds, serviceP50: seconds, serviceP90: seconds };
const counted = <T extends z.ZodType>(key: T) => z.array(z.object({ key, count: z.number().int().nonnegative() }));

/** The office's day in numbers: counts and times only, nothing about a person. Times in seconds (nearest-rank percentiles). */
export const dayReportSchema = z.object({
  day: z.string(),
  services: z.array(z.object({ service: serviceSchema, tickets: z.number().int(), served: z.number().int(), ...timing })),
  counters: z.array(z.object({ counter: z.string(), served: z.number().int(), ...timing })),
  ratings: counted(ratingLevelSchema),
  ratingReasons: counted(ratingReasonSchema),
  approved: z.number().int(),
  rejected: z.number().int(),
  rejectReasons: counted(z.string()),
  cardsPrinted: z.number().int(),
  /** Each called ticket's wait, for the chart: minutes after midnight (Vietnam) it was called, and the wait in seconds. */
  waits: z.array(z.object({ minute: z.number().int(), waitSeconds: z.number().nonnegative(), service: serviceSchema })),
  /** Per hour of calling (Vietnam): p50/p90 of the waits. */
  hourly: z.array(z.object({ hour: z.number().int(), count: z.number().int(), p50: z.number(), p90: z.number() })),
});
export type DayReport = z.infer<typeof dayReportSchema>;

const counterServices = z.object({ counter: z.string(), services: z.array(serviceSchema) });
export type CounterServicesView = z.infer<typeof counterServices>;

export const servicesInvoke = {
  'queue:takeTicket': invoke(
    z.object({ service: walkInServiceSchema }).strict(),
    walkInTicketSchema,
    'Kiosk only: a ticket of service B, C or D (no personal data); answers once the slip printed (else printer-not-ready); limited per station (rate-limited).',
  ),
  'rating:pending': invoke(
    empty,
    z.object({ pending: z.object({ token: z.string(), service: serviceSchema, label: z.string() }).nullable() }),
    'The ticket just finished at this counter station that its citizen may still rate (10 minutes), or null.',
  ),
  'rating:submit': invoke(
    z
      .object({
        token: z.string().regex(/^[0-9a-f]{32}$/, 'expected a rating token'),
        level: ratingLevelSchema,
        reasons: z.array(ratingReasonSchema).max(RATING_REASONS.length),
      })
      .strict(),
    z.object({ recorded: z.literal(true) }),
    'Records one anonymous rating and consumes the token (a second one is conflict/already-rated, a late one expired).',
  ),
  'officer:finishTicket': invoke(
    z.object({ ticketId: z.number().int().min(1) }).strict(),
    z.object({ label: z.string() }),
    '"Hoàn thành": closes a ticket without a Form 01 (B, C, D) called at this counter; its citizen may then rate it.',
  ),
  'officer:counterServices': invoke(
    empty,
    z.object({ counters: z.array(counterServices) }),
    'The services each known counter serves (office data; a counter without a setting serves every service).',
  ),
  'officer:setCounterServices': invoke(
    counterServices.extend({ counter: z.string().regex(/^\d{1,2}$/, 'expected a counter number') }).strict(),
    counterServices,
    'Supervisors only (else forbidden): which services a counter serves (at least one); audited.',
  ),
  'officer:dayReport': invoke(
    z
      .object({
        day: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
          .optional(),
      })
      .strict(),
    dayReportSchema,
    'Supervisors only (else forbidden): the office’s day in numbers (default today, Vietnam time); no personal data.',
  ),
} as const;

export const servicesEvents = {
  'rating:ready': event(z.object({}).strict(), 'A ticket was finished at this counter station: its rating screen asks rating:pending.'),
} as const;
