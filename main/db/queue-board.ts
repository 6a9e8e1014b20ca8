/**
 * The call board's read of the queue (docs/call-board.md): ticket numbers, counters, call times and counts only.
 * The board is public, so this module never selects a name, a registration code or a check result: what it does not
 * read cannot leak. Changes another station's host made in the shared database reach the board through
 * queue-fingerprint.ts's createChangeWatch over the whole view (a recall and the last called included).
 */
import { SERVICES, type ServiceCode } from '../../preload/contract/ticket-label';
import type { Database } from './open-database';

export interface BoardTicketRow {
  /** The series letter (A Form 01, B BHYT card, C advice, D other). */
  readonly service: ServiceCode;
  readonly number: number;
  readonly counter: string;
  readonly calledAt: string;
}

export interface BoardSnapshot {
  /** The ticket called at each counter now (the latest, should a counter ever have two). */
  readonly serving: readonly BoardTicketRow[];
  /** Tickets of `day` called and since closed, latest call first. */
  readonly recent: readonly BoardTicketRow[];
  /** Waiting tickets per service, every service in series order (0 when none waits). */
  readonly waiting: readonly { readonly service: ServiceCode; readonly waiting: number }[];
}

export interface QueueBoard {
  snapshot(day: string, recentLimit: number): BoardSnapshot;
}

/** Counters in the order of their numbers ("2" before "10"), names after. */
const byCounter = (a: BoardTicketRow, b: BoardTicketRow): number =>
  a.counter.localeCompare(b.counter, 'vi', { numeric: true }) || b.calledAt.localeCompare(a.calledAt);

export function createQueueBoard(db: Database): QueueBoard {
  // Expired forms are nobody to call (listQueue skips them too); walk-in tickets (B, C, D) have no form.
  const serving = db.prepare(
    `SELECT t.service, t.number, t.counter, t.called_at AS calledAt FROM queue_tickets t
     LEFT JOIN registrations r ON r.id = t.registration_id
     WHERE t.state = 'called' AND t.counter IS NOT NULL AND (r.id IS NULL OR r.state <> 'expired') ORDER BY t.called_at DESC`,
  );
  const recent = db.prepare(
    `SELECT service, number, counter, called_at AS calledAt FROM queue_tickets
     WHERE day = ? AND state = 'done' AND called_at IS NOT NULL AND counter IS NOT NULL ORDER BY called_at DESC, id DESC LIMIT ?`,
  );
  const waiting = db.prepare(
    `SELECT t.service, COUNT(*) AS waiting FROM queue_tickets t LEFT JOIN registrations r ON r.id = t.registration_id
     WHERE t.state = 'issued' AND (r.id IS NULL OR r.state <> 'expired') GROUP BY t.service`,
  );
  return {
    snapshot(day, recentLimit) {
      const latest = new Map<string, BoardTicketRow>();
      for (const t of serving.all() as BoardTicketRow[]) if (!latest.has(t.counter)) latest.set(t.counter, t);
      return {
        serving: [...latest.values()].sort(byCounter),
        recent: recent.all(day, recentLimit) as BoardTicketRow[],
        waiting: ((counts) => SERVICES.map((service) => ({ service, waiting: counts.get(service) ?? 0 })))(
          new Map((waiting.all() as { service: ServiceCode; waiting: number }[]).map((w) => [w.service, Number(w.waiting)])),
        ),
      };
    },
  };
}
