/**
 * Lobby queue tickets, "no print, no ticket": the kiosk reserves a number, prints, and only a confirmed print
 * issues the ticket and moves the registration to 'checked-at-kiosk'. A failed print abandons the reservation and
 * the registration stays 'submitted', so the citizen can simply try again.
 *
 * Numbers restart each Vietnam calendar day; the next number is taken inside an IMMEDIATE transaction and
 * UNIQUE(day, number) backs it up, so two kiosks sharing the database never hand out the same number. A number whose
 * slip did not print was given to no one (the failed job is withdrawn, so it cannot come out later): the next
 * reservation takes it again, so the queue has no gap for a ticket nobody holds. Only when a later number was issued
 * meanwhile (another kiosk) does the abandoned one stay a gap; it is never listed or called.
 *
 * A called ticket belongs to the counter that called it while that counter's console is signed in: the console's host
 * renews the call (keepCallsAlive). A call not renewed for the return period (the tab closed, the PC crashed, the
 * officer walked away signed out) goes back to waiting at the same counter, first in line there, with an audit entry,
 * instead of staying stuck until a supervisor releases it.
 */
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { appendAudit } from '../audit/audit-log';
import type { OverallResult } from './kiosk-check';
import { isPastDeadline, registrationRef, vietnamDay, type RegistrationRow } from './registration-types';

export type TicketState = 'pending-print' | 'issued' | 'called' | 'done' | 'abandoned';

export interface QueueTicket {
  readonly id: number;
  readonly day: string;
  readonly number: number;
  readonly counter: string;
  readonly registrationId: number;
  readonly checkRef: string;
  readonly state: TicketState;
  readonly createdAt: string;
  readonly calledAt: string | null;
}

/** A ticket with what the officer needs to pick the form out of the pile. */
export interface QueueEntry extends QueueTicket {
  readonly registrationCode: string;
  readonly fullName: string | null;
  readonly checkOverall: OverallResult | null;
}

export interface QueueDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly logger: Logger;
}

export interface QueueTickets {
  reserveTicket(registrationId: number, counter: string): QueueTicket;
  confirmTicketPrinted(ticketId: number): QueueTicket;
  abandonTicket(ticketId: number): QueueTicket;
  listQueue(): readonly QueueEntry[];
  callNext(counter: string): QueueEntry | null;
  /**
   * Puts a called ticket back to waiting (its officer left the counter): it keeps its number and counter, so it is
   * the next one called there, instead of being closed unseen by that counter's next "call next".
   */
  releaseTicket(ticketId: number): QueueEntry;
  /**
   * "Gọi lại": calls the ticket being served at this counter again (its `called_at` becomes now, which the call board
   * announces); `conflict` nothing-called when the counter serves nobody.
   */
  recallTicket(counter: string): QueueEntry;
  /** Renews the calls of these counters (their console is signed in): they are not stale. */
  keepCallsAlive(counters: readonly string[]): void;
  /** Puts back to waiting every call not renewed for `staleMs` (audited as queue.ticket-returned); returns them. */
  returnStaleCalls(staleMs: number): readonly QueueEntry[];
  /** Marks the registration's called/issued ticket done (after a decision). Runs inside the caller's transaction. */
  finishTicketsOf(registrationId: number): void;
}

interface TicketRow {
  readonly id: number;
  readonly day: string;
  readonly number: number;
  readonly counter: string;
  readonly registration_id: number;
  readonly check_ref: string;
  readonly state: TicketState;
  readonly created_at: string;
  readonly called_at: string | null;
}

interface EntryRow extends TicketRow {
  readonly code: string;
  readonly full_name: string | null;
  readonly overall: OverallResult | null;
}

const toTicket = (r: TicketRow): QueueTicket => ({
  id: r.id,
  day: r.day,
  number: r.number,
  counter: r.counter,
  registrationId: r.registration_id,
  checkRef: r.check_ref,
  state: r.state,
  createdAt: r.created_at,
  calledAt: r.called_at,
});

const toEntry = (r: EntryRow): QueueEntry => ({
  ...toTicket(r),
  registrationCode: r.code,
  fullName: r.full_name,
  checkOverall: r.overall,
});

const ENTRY_SELECT = `
  SELECT t.*, r.code, r.full_name, c.overall
  FROM queue_tickets t
  JOIN registrations r ON r.id = t.registration_id
  LEFT JOIN registration_checks c ON c.ref = t.check_ref`;

export function createQueueTickets(deps: QueueDeps): QueueTickets {
  const { db, clock, logger } = deps;
  const ticketById = db.prepare('SELECT * FROM queue_tickets WHERE id = ?');
  const entryById = db.prepare(`${ENTRY_SELECT} WHERE t.id = ?`);

  const loadTicket = (id: number): TicketRow => {
    const row = ticketById.get(id) as TicketRow | undefined;
    if (row === undefined) throw new KioskFailure('not-found', 'no such ticket');
    return row;
  };

  const reserve = db.transaction((registrationId: number, counter: string): QueueTicket => {
    const now = clock();
    const reg = db.prepare('SELECT * FROM registrations WHERE id = ?').get(registrationId) as RegistrationRow | undefined;
    if (reg === undefined) throw new KioskFailure('not-found', 'no such registration');
    if (reg.state !== 'submitted')
      throw new KioskFailure('conflict', 'the registration is not waiting for a kiosk check', { reason: `state-${reg.state}` });
    if (isPastDeadline(reg, now)) throw new KioskFailure('expired', 'the registration has expired');
    const check = db
      .prepare('SELECT ref FROM registration_checks WHERE registration_id = ? ORDER BY id DESC LIMIT 1')
      .get(registrationId) as { ref: string } | undefined;
    if (check === undefined)
      throw new KioskFailure('conflict', 'the form has not been checked against the ID card', { reason: 'not-checked' });
    // A kiosk that crashed mid-print leaves a reservation behind; a new attempt supersedes it.
    db.prepare("UPDATE queue_tickets SET state = 'abandoned' WHERE registration_id = ? AND state = 'pending-print'").run(registrationId);
    const day = vietnamDay(now);
    const { next } = db
      .prepare("SELECT COALESCE(MAX(number), 0) + 1 AS next FROM queue_tickets WHERE day = ? AND state <> 'abandoned'")
      .get(day) as { next: number };
    // Numbers above the last one anybody holds never reached a citizen: free them for this reservation.
    db.prepare("DELETE FROM queue_tickets WHERE day = ? AND number >= ? AND state = 'abandoned'").run(day, next);
    const info = db
      .prepare(
        "INSERT INTO queue_tickets (day, number, counter, registration_id, check_ref, state, created_at) VALUES (?, ?, ?, ?, ?, 'pending-print', ?)",
      )
      .run(day, next, counter, registrationId, check.ref, now.toISOString());
    return toTicket(loadTicket(Number(info.lastInsertRowid)));
  });

  const confirm = db.transaction((ticketId: number): QueueTicket => {
    const ticket = loadTicket(ticketId);
    if (ticket.state === 'issued' || ticket.state === 'called' || ticket.state === 'done') return toTicket(ticket); // repeated confirm
    if (ticket.state === 'abandoned') throw new KioskFailure('conflict', 'the ticket was abandoned', { reason: 'ticket-abandoned' });
    const now = clock();
    const moved = db
      .prepare("UPDATE registrations SET state = 'checked-at-kiosk', checked_at = ? WHERE id = ? AND state = 'submitted'")
      .run(now.toISOString(), ticket.registration_id);
    if (moved.changes !== 1)
      throw new KioskFailure('conflict', 'the registration is no longer waiting for a kiosk check', { reason: 'registration-changed' });
    db.prepare("UPDATE queue_tickets SET state = 'issued' WHERE id = ?").run(ticketId);
    appendAudit(db, {
      at: now,
      actor: 'kiosk',
      action: 'registration.checked-at-kiosk',
      subjectRef: registrationRef(ticket.registration_id),
      details: { ticketDay: ticket.day, ticketNumber: ticket.number },
    });
    return toTicket(loadTicket(ticketId));
  });

  const abandon = db.transaction((ticketId: number): QueueTicket => {
    const ticket = loadTicket(ticketId);
    if (ticket.state === 'abandoned') return toTicket(ticket);
    if (ticket.state !== 'pending-print') throw new KioskFailure('conflict', 'the ticket was already issued', { reason: 'ticket-issued' });
    db.prepare("UPDATE queue_tickets SET state = 'abandoned' WHERE id = ?").run(ticketId);
    return toTicket(loadTicket(ticketId));
  });

  const callNext = db.transaction((counter: string): QueueEntry | null => {
    db.prepare("UPDATE queue_tickets SET state = 'done' WHERE counter = ? AND state = 'called'").run(counter);
    const next = db
      .prepare(
        `SELECT t.id FROM queue_tickets t JOIN registrations r ON r.id = t.registration_id
         WHERE t.counter = ? AND t.state = 'issued' AND r.state <> 'expired' ORDER BY t.day, t.number LIMIT 1`,
      )
      .get(counter) as { id: number } | undefined;
    if (next === undefined) return null;
    const at = clock().toISOString();
    db.prepare("UPDATE queue_tickets SET state = 'called', called_at = ?, call_seen_at = ? WHERE id = ?").run(at, at, next.id);
    return toEntry(entryById.get(next.id) as EntryRow);
  });

  const recall = db.transaction((counter: string): QueueEntry => {
    const called = db
      .prepare("SELECT id FROM queue_tickets WHERE counter = ? AND state = 'called' ORDER BY called_at DESC LIMIT 1")
      .get(counter) as { id: number } | undefined;
    if (called === undefined) throw new KioskFailure('conflict', 'no ticket is being served at this counter', { reason: 'nothing-called' });
    const at = clock().toISOString();
    db.prepare('UPDATE queue_tickets SET called_at = ?, call_seen_at = ? WHERE id = ?').run(at, at, called.id);
    return toEntry(entryById.get(called.id) as EntryRow);
  });

  const release = db.transaction((ticketId: number): QueueEntry => {
    const ticket = loadTicket(ticketId);
    if (ticket.state !== 'called')
      throw new KioskFailure('conflict', 'the ticket is not being served at a counter', { reason: `ticket-${ticket.state}` });
    db.prepare("UPDATE queue_tickets SET state = 'issued', called_at = NULL, call_seen_at = NULL WHERE id = ?").run(ticketId);
    return toEntry(entryById.get(ticketId) as EntryRow);
  });

  const returnStale = db.transaction((staleMs: number): QueueEntry[] => {
    const now = clock();
    const cutoff = new Date(now.getTime() - staleMs).toISOString();
    const stale = db
      .prepare("SELECT * FROM queue_tickets WHERE state = 'called' AND COALESCE(call_seen_at, called_at, created_at) < ? ORDER BY id")
      .all(cutoff) as TicketRow[];
    const put = db.prepare("UPDATE queue_tickets SET state = 'issued', called_at = NULL, call_seen_at = NULL WHERE id = ?");
    return stale.map((t) => {
      put.run(t.id);
      const calledFor = t.called_at === null ? null : Math.round((now.getTime() - Date.parse(t.called_at)) / 1000);
      appendAudit(db, {
        at: now,
        actor: 'system:call-timeout',
        action: 'queue.ticket-returned',
        subjectRef: registrationRef(t.registration_id),
        details: { ticketDay: t.day, ticketNumber: t.number, counter: t.counter, calledForSeconds: calledFor },
      });
      return toEntry(entryById.get(t.id) as EntryRow);
    });
  });

  return {
    reserveTicket(registrationId, counter) {
      if (counter.trim() === '') throw new KioskFailure('invalid-input', 'counter is required', { field: 'counter' });
      const ticket = reserve.immediate(registrationId, counter.trim());
      logger.info('queue.ticket-reserved', { ticket: ticket.id, number: ticket.number });
      return ticket;
    },
    confirmTicketPrinted(ticketId) {
      const ticket = confirm.immediate(ticketId);
      logger.info('queue.ticket-issued', { ticket: ticket.id, number: ticket.number });
      return ticket;
    },
    abandonTicket(ticketId) {
      const ticket = abandon.immediate(ticketId);
      logger.warn('queue.ticket-abandoned', { ticket: ticket.id, number: ticket.number });
      return ticket;
    },
    listQueue() {
      // A ticket whose form expired (older versions expired checked forms too) is no one to call: never listed.
      const rows = db
        .prepare(`${ENTRY_SELECT} WHERE t.state IN ('issued', 'called') AND r.state <> 'expired' ORDER BY t.day, t.number`)
        .all() as EntryRow[];
      return rows.map(toEntry);
    },
    callNext: (counter) => callNext.immediate(counter),
    recallTicket: (counter) => recall.immediate(counter),
    releaseTicket(ticketId) {
      const entry = release.immediate(ticketId);
      logger.info('queue.ticket-released', { ticket: entry.id, number: entry.number });
      return entry;
    },
    keepCallsAlive(counters) {
      if (counters.length === 0) return;
      const renew = db.prepare("UPDATE queue_tickets SET call_seen_at = ? WHERE state = 'called' AND counter = ?");
      const at = clock().toISOString();
      db.transaction(() => counters.forEach((c) => renew.run(at, c))).immediate();
    },
    returnStaleCalls(staleMs) {
      const returned = returnStale.immediate(staleMs);
      for (const e of returned) logger.info('queue.ticket-returned', { ticket: e.id, number: e.number, counter: e.counter });
      return returned;
    },
    finishTicketsOf(registrationId) {
      db.prepare("UPDATE queue_tickets SET state = 'done' WHERE registration_id = ? AND state IN ('issued', 'called')").run(registrationId);
    },
  };
}
