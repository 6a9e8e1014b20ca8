/**
 * The citizen's satisfaction rating (rating:*, issue #18; docs/services-and-ratings.md), on the counter's
 * citizen-facing screen (`?view=rating`): the ticket just finished at this counter may be rated once, by a one-time
 * token; the rating is stored without the ticket.
 */
import { z } from 'zod';
import { event, invoke } from '../define';
import { empty } from '../schemas';
import { serviceSchema } from '../ticket-label';

export const RATING_LEVELS = ['very-satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;
export const ratingLevelSchema = z.enum(RATING_LEVELS);
export type RatingLevel = z.infer<typeof ratingLevelSchema>;
/** The fixed reasons a citizen may tick (any level): waited long, officer not attentive, unclear guidance, complex procedure, other. */
export const RATING_REASONS = ['long-wait', 'officer-attitude', 'unclear-guidance', 'complex-procedure', 'other'] as const;
export const ratingReasonSchema = z.enum(RATING_REASONS);
export type RatingReason = z.infer<typeof ratingReasonSchema>;

export const ratingInvoke = {
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
} as const;

export const ratingEvents = {
  'rating:ready': event(z.object({}).strict(), 'A ticket was finished at this counter station: its rating screen asks rating:pending.'),
} as const;
