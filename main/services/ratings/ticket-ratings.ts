/**
 * The citizen's satisfaction rating after a finished ticket (issue #18; docs/services-and-ratings.md › privacy).
 *
 * Anonymous by construction: the finished ticket carries a one-time token (queue-tickets.ts); submitting a rating
 * clears the token in the same transaction and stores the rating in its own table with only the day, the hour, the
 * service, the counter, the level and the reasons. No ticket id, no registration, no exact time: nothing in storage
 * leads from a rating back to a ticket, a form or a person. A token works once and only within the rating window.
 */
import type { RatingLevel, RatingReason } from '../../../preload/contract/channels/rating';
import { RATING_REASONS } from '../../../preload/contract/channels/rating';
import { KioskFailure } from '../../../preload/contract/result';
import type { ServiceCode } from '../../../preload/contract/ticket-label';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { vietnamDay } from '../registrations/registration-types';

export interface TicketRatings {
  submit(input: { readonly token: string; readonly level: RatingLevel; readonly reasons: readonly RatingReason[] }): void;
}

/** The hour (0–23) in Vietnam time: coarse on purpose, so a rating cannot be matched to one ticket's end. */
export const vietnamHour = (at: Date): number => (at.getUTCHours() + 7) % 24;

export function createTicketRatings(deps: { readonly db: Database; readonly clock: () => Date; readonly logger: Logger }): TicketRatings {
  const { db, clock, logger } = deps;
  const byToken = db.prepare('SELECT id, service, counter, rating_until FROM queue_tickets WHERE rating_token = ?');
  const consume = db.prepare('UPDATE queue_tickets SET rating_token = NULL, rating_until = NULL WHERE id = ? AND rating_token = ?');
  const insert = db.prepare('INSERT INTO ticket_ratings (day, hour, service, counter, level, reasons) VALUES (?, ?, ?, ?, ?, ?)');

  const submit = db.transaction((token: string, level: RatingLevel, reasons: readonly RatingReason[]): ServiceCode => {
    const now = clock();
    const row = byToken.get(token) as { id: number; service: ServiceCode; counter: string | null; rating_until: string | null } | undefined;
    // A used token is gone from the table, so a second rating looks exactly like a made-up token.
    if (row === undefined || row.counter === null)
      throw new KioskFailure('conflict', 'this visit was already rated', { reason: 'already-rated' });
    if (row.rating_until === null || row.rating_until <= now.toISOString()) {
      consume.run(row.id, token);
      throw new KioskFailure('expired', 'the time to rate this visit has passed', { reason: 'rating-window' });
    }
    if (consume.run(row.id, token).changes !== 1)
      throw new KioskFailure('conflict', 'this visit was already rated', { reason: 'already-rated' });
    // Reasons in the list's order, each once: the stored array says nothing about the order they were tapped in.
    const ordered = RATING_REASONS.filter((r) => reasons.includes(r));
    insert.run(vietnamDay(now), vietnamHour(now), row.service, row.counter, level, JSON.stringify(ordered));
    return row.service;
  });

  return {
    submit({ token, level, reasons }) {
      const service = submit.immediate(token, level, reasons);
      logger.info('rating.recorded', { service, level });
    },
  };
}
