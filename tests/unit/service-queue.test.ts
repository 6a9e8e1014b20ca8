/**
 * Services and number series (issue #18): a series per service per Vietnam day, "call next" by the services a
 * counter serves (a returned ticket first there), "Hoàn thành" for tickets without a Form 01, and one anonymous
 * rating per finished ticket.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskFailure } from '../../preload/contract/result';
import { ticketLabel } from '../../preload/contract/ticket-label';
import { receiptPlainText } from '../../native/printer/receipt';
import { silentLogger } from '../../main/logging/logger';
import { createTicketRatings, type TicketRatings } from '../../main/services/ratings/ticket-ratings';
import { createRegistrationImporter } from '../../main/services/registrations/import-registrations';
import { createKioskCheck } from '../../main/services/registrations/kiosk-check';
import { createQueueTickets, RATING_WINDOW_MS, type QueueTickets } from '../../main/services/registrations/queue-tickets';
import { cccdOf, deterministicRandom, importLine, openTestDatabase, type TestDatabase } from '../support/registration-test-kit';
import { buildTicketReceipt } from '../../main/services/registrations/ticket-receipt';

let t: TestDatabase;
let now: Date;
let queue: QueueTickets;
let ratings: TicketRatings;

beforeEach(() => {
  t = openTestDatabase();
  now = new Date('2026-12-04T02:00:00Z'); // 09:00 in Vietnam
  const clock = (): Date => now;
  queue = createQueueTickets({ db: t.db, clock, logger: silentLogger });
  ratings = createTicketRatings({ db: t.db, clock, logger: silentLogger });
});
afterEach(() => t.close());

const later = (minutes: number): void => void (now = new Date(now.getTime() + minutes * 60_000));
const issue = (service: 'B' | 'C' | 'D'): number => {
  const id = queue.reserveWalkIn(service).id;
  queue.confirmTicketPrinted(id);
  later(1);
  return id;
};
function failureOf(fn: () => unknown): KioskFailure {
  try {
    fn();
  } catch (e) {
    if (e instanceof KioskFailure) return e;
    throw e;
  }
  throw new Error('expected a KioskFailure');
}

describe('number series per service', () => {
  it('numbers each service on its own, restarts each Vietnam day, and a failed slip gives its number again', () => {
    const labels = ['B', 'C', 'B', 'D', 'B'].map((s) => ticketLabel(queue.reserveWalkIn(s as 'B' | 'C' | 'D')));
    expect(labels).toEqual(['B001', 'C001', 'B002', 'D001', 'B003']);
    const failed = queue.reserveWalkIn('C');
    queue.abandonTicket(failed.id);
    expect(ticketLabel(queue.reserveWalkIn('C'))).toBe('C002');
    now = new Date('2026-12-04T17:00:00Z'); // 00:00 on the 5th in Vietnam
    expect(ticketLabel(queue.reserveWalkIn('B'))).toBe('B001');
  });

  it('keeps the Form 01 check on series A, and refuses an A ticket without a form', () => {
    const clock = (): Date => now;
    createRegistrationImporter({ db: t.db, clock, random: deterministicRandom(), logger: silentLogger }).importLines(
      importLine({ createdAt: '2026-12-03T08:00:00+07:00' }),
    );
    const code = t.db.prepare('SELECT id, code FROM registrations').get() as { id: number; code: string };
    createKioskCheck({ db: t.db, clock, logger: silentLogger }).checkAgainstCccd(code.code, cccdOf());
    queue.reserveWalkIn('B');
    const a = queue.reserveTicket(code.id);
    expect([a.service, a.number, a.counter]).toEqual(['A', 1, null]);
    expect(failureOf(() => queue.reserveWalkIn('A' as never)).code).toBe('invalid-input');
    // The slip: series, service name and label; the counters that serve it; no QR without a form.
    const slip = receiptPlainText(buildTicketReceipt(queue.reserveWalkIn('B'), ['2', '3']));
    expect(slip).toContain('Dịch vụ B: Thẻ BHYT');
    expect(slip).toContain('B002');
    expect(slip).toContain('Quầy: 2, 3');
    expect(slip).not.toContain('[QR]');
  });
});

describe('"call next" by the services a counter serves', () => {
  it('calls the oldest waiting ticket of its services; a returned ticket is first at its counter', () => {
    const b1 = issue('B');
    const c1 = issue('C');
    const b2 = issue('B');
    queue.setServicesOf('2', ['C']);
    expect(queue.servicesOf('1')).toEqual(['A', 'B', 'C', 'D']); // no setting: every service
    expect(queue.callNext('2')?.id).toBe(c1); // counter 2 serves C only, so B001 (older) is not its
    expect(queue.callNext('2')).toBeNull();
    expect(queue.callNext('1')?.id).toBe(b1);
    queue.releaseTicket(b1); // the officer of counter 1 left: B001 goes back, first in line there
    expect(queue.callNext('3')?.id).toBe(b2); // another counter does not take it
    expect(queue.callNext('1')?.id).toBe(b1);
    expect(failureOf(() => queue.setServicesOf('2', [])).code).toBe('invalid-input');
  });

  it('"Hoàn thành" closes only a walk-in ticket called at this counter', () => {
    const b1 = issue('B');
    expect(failureOf(() => queue.finishWalkIn(b1, '1')).detail).toEqual({ reason: 'ticket-issued' });
    queue.callNext('1');
    later(4);
    expect(failureOf(() => queue.finishWalkIn(b1, '2')).code).toBe('conflict');
    const done = queue.finishWalkIn(b1, '1');
    expect([done.state, done.doneAt]).toEqual(['done', now.toISOString()]);
  });
});

describe('one anonymous rating per finished ticket', () => {
  it('the token rates once; the rating row has no ticket, registration or exact time', () => {
    const b1 = issue('B');
    queue.callNext('1');
    queue.finishWalkIn(b1, '1');
    const pending = queue.pendingRating('1');
    expect(pending).toMatchObject({ service: 'B', number: 1, counter: '1' });
    expect(queue.pendingRating('2')).toBeNull();
    ratings.submit({ token: pending?.token ?? '', level: 'dissatisfied', reasons: ['unclear-guidance', 'long-wait'] });
    expect(failureOf(() => ratings.submit({ token: pending?.token ?? '', level: 'very-satisfied', reasons: [] })).detail).toEqual({
      reason: 'already-rated',
    });
    expect(queue.pendingRating('1')).toBeNull();
    const stored = t.db.prepare('SELECT * FROM ticket_ratings').all();
    // Reasons in the list's order, whatever order they were tapped in; the hour is 09 in Vietnam.
    expect(stored).toEqual([
      { id: 1, day: '2026-12-04', hour: 9, service: 'B', counter: '1', level: 'dissatisfied', reasons: '["long-wait","unclear-guidance"]' },
    ]);
    expect(t.db.prepare('SELECT rating_token FROM queue_tickets WHERE id = ?').get(b1)).toEqual({ rating_token: null });
  });

  it('a token is worth nothing after the rating window, and a called-next ticket asks for no rating', () => {
    const b1 = issue('B');
    issue('B');
    queue.callNext('1');
    queue.finishWalkIn(b1, '1');
    const token = queue.pendingRating('1')?.token ?? '';
    later(RATING_WINDOW_MS / 60_000 + 1);
    expect(queue.pendingRating('1')).toBeNull();
    expect(failureOf(() => ratings.submit({ token, level: 'satisfied', reasons: [] })).code).toBe('expired');
    queue.callNext('1'); // B002 called …
    queue.callNext('1'); // … and closed by the next call, not by "Hoàn thành": no rating prompt for it
    expect(queue.pendingRating('1')).toBeNull();
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM ticket_ratings').get()).toEqual({ n: 0 });
  });
});
