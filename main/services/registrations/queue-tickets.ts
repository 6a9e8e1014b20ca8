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
 *
 * Services (issue #18, docs/services-and-ratings.md): every ticket belongs to a service with its own series per day
 * (A Form 01, B BHYT card, C advice, D other). A ticket waits in its service's line (counter NULL) until a counter that
 * serves the service calls it; a returned ticket keeps its counter and is called there first. A finished ticket gets a
 * one-time rating token; the rating it buys is stored without the ticket (main/services/ratings).
 */
import { randomBytes } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import { SERVICES, ticketLabel, type ServiceCode } from '../../../preload/contract/ticket-label';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { appendAudit } from '../audit/audit-log';
import type { OverallResult } from './kiosk-check';
import { isPastDeadline, registrationRef, vietnamDay, type RegistrationRow } from './registration-types';

export type TicketState = 'pending-print' | 'issued' | 'called' | 'done' | 'abandoned';

export interface QueueTicket {
  readonly id: number;
  readonly day: string;
  readonly service: ServiceCode;
  readonly number: number;
  /** Null while the ticket waits in its service's line; else the counter that called it or that it was returned to. */
  readonly counter: string | null;
  /** Only a Form 01 ticket (service A) has a registration and a check reference. */
  readonly registrationId: number | null;
  readonly checkRef: string | null;
  readonly state: TicketState;
  readonly createdAt: string;
  readonly calledAt: string | null;
  readonly doneAt: string | null;
}

/** A ticket with what the officer needs to pick the form out of the pile. */
export interface QueueEntry extends QueueTicket {
  readonly registrationCode: string | null;
  readonly fullName: string | null;
  readonly checkOverall: OverallResult | null;
}

/** A finished ticket whose citizen may still rate the visit (the counter's citizen-facing screen). */
export interface PendingRating {
  readonly token: string;
  readonly service: ServiceCode;
  readonly number: number;
  readonly counter: string;
}

/** How long after the end of service the citizen may rate it. */
export const RATING_WINDOW_MS = 10 * 60_000;

export interface QueueDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly logger: Logger;
}

export interface QueueTickets {
  /** A Form 01 ticket (series A); without a counter it waits in line A for any counter serving A. */
  reserveTicket(registrationId: number, counter?: string | null): QueueTicket;
  /** A ticket of a service chosen at the kiosk's "Lấy số thứ tự" (no personal data), waiting in that service's line. */
  reserveWalkIn(service: Exclude<ServiceCode, 'A'>): QueueTicket;
  confirmTicketPrinted(ticketId: number): QueueTicket;
  abandonTicket(ticketId: number): QueueTicket;
  listQueue(): readonly QueueEntry[];
  /** Closes this counter's called ticket; calls the one returned to it, else the oldest waiting of the services it serves. */
  callNext(counter: string): QueueEntry | null;
  /** The services a counter serves (office data; no rows = every service). */
  servicesOf(counter: string): readonly ServiceCode[];
  /** The known counters (stations and settings) that serve this service, by number; empty when none is known. */
  countersServing(service: ServiceCode): readonly string[];
  /** Sets them (at least one). */
  setServicesOf(counter: string, services: readonly ServiceCode[]): readonly ServiceCode[];
  /** "Hoàn thành": closes a ticket without a Form 01 (B, C, D) called at this counter; it may then be rated. */
  finishWalkIn(ticketId: number, counter: string): QueueEntry;
  /** The latest ticket finished at this counter that its citizen may still rate, or null. */
  pendingRating(counter: string): PendingRating | null;
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
  /**
   * Marks the registration's called/issued ticket done (after a decision), with its rating token. Runs inside the
   * caller's transaction.
   */
  finishTicketsOf(registrationId: number): void;
}

interface TicketRow {
  readonly id: number;
  readonly day: string;
  readonly service: ServiceCode;
  readonly number: number;
  readonly counter: string | null;
  readonly registration_id: number | null;
  readonly check_ref: string | null;
  readonly state: TicketState;
  readonly created_at: string;
  readonly called_at: string | null;
  readonly done_at: string | null;
}

interface EntryRow extends TicketRow {
  readonly code: string | null;
  readonly full_name: string | null;
  readonly overall: OverallResult | null;
}

const toTicket = (r: TicketRow): QueueTicket => ({
  id: r.id,
  day: r.day,
  service: r.service,
  number: r.number,
  counter: r.counter,
  registrationId: r.registration_id,
  checkRef: r.check_ref,
  state: r.state,
  createdAt: r.created_at,
  calledAt: r.called_at,
  doneAt: r.done_at,
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
  LEFT JOIN registrations r ON r.id = t.registration_id
  LEFT JOIN registration_checks c ON c.ref = t.check_ref`;

/** A ticket without a registration, or whose form has not expired: someone to call. */
const CALLABLE = "(t.registration_id IS NULL OR r.state <> 'expired')";

const ticketRef = (t: Pick<TicketRow, 'day' | 'service' | 'number'>): string => `ticket:${t.day}:${ticketLabel(t)}`;
const subjectOf = (t: TicketRow): string => (t.registration_id === null ? ticketRef(t) : registrationRef(t.registration_id));

export function createQueueTickets(deps: QueueDeps): QueueTickets {
  const { db, clock, logger } = deps;
  const ticketById = db.prepare('SELECT * FROM queue_tickets WHERE id = ?');
  const entryById = db.prepare(`${ENTRY_SELECT} WHERE t.id = ?`);

  const loadTicket = (id: number): TicketRow => {
    const row = ticketById.get(id) as TicketRow | undefined;
    if (row === undefined) throw new KioskFailure('not-found', 'no such ticket');
    return row;
  };

  /** The next number of this service today; numbers above the last one anybody holds never reached a citizen. */
  const insertTicket = (
    service: ServiceCode,
    counter: string | null,
    registrationId: number | null,
    checkRef: string | null,
    now: Date,
  ): QueueTicket => {
    const day = vietnamDay(now);
    const { next } = db
      .prepare("SELECT COALESCE(MAX(number), 0) + 1 AS next FROM queue_tickets WHERE day = ? AND service = ? AND state <> 'abandoned'")
      .get(day, service) as { next: number };
    db.prepare("DELETE FROM queue_tickets WHERE day = ? AND service = ? AND number >= ? AND state = 'abandoned'").run(day, service, next);
    const info = db
      .prepare(
        "INSERT INTO queue_tickets (day, service, number, counter, registration_id, check_ref, state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending-print', ?)",
      )
      .run(day, service, next, counter, registrationId, checkRef, now.toISOString());
    return toTicket(loadTicket(Number(info.lastInsertRowid)));
  };

  const reserve = db.transaction((registrationId: number, counter: string | null): QueueTicket => {
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
    return insertTicket('A', counter, registrationId, check.ref, now);
  });

  const reserveWalkIn = db.transaction((service: ServiceCode): QueueTicket => insertTicket(service, null, null, null, clock()));

  const confirm = db.transaction((ticketId: number): QueueTicket => {
    const ticket = loadTicket(ticketId);
    if (ticket.state === 'issued' || ticket.state === 'called' || ticket.state === 'done') return toTicket(ticket); // repeated confirm
    if (ticket.state === 'abandoned') throw new KioskFailure('conflict', 'the ticket was abandoned', { reason: 'ticket-abandoned' });
    const now = clock();
    if (ticket.registration_id === null) {
      db.prepare("UPDATE queue_tickets SET state = 'issued' WHERE id = ?").run(ticketId);
      return toTicket(loadTicket(ticketId));
    }
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
      details: { ticketDay: ticket.day, ticketNumber: ticket.number, ticket: ticketLabel(ticket) },
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

  const servedQuery = db.prepare('SELECT service FROM counter_services WHERE counter = ? ORDER BY service').pluck();
  const servicesOf = (counter: string): ServiceCode[] => {
    const rows = servedQuery.all(counter) as ServiceCode[];
    return rows.length === 0 ? [...SERVICES] : rows;
  };

  /** Closes the ticket called at this counter (the officer moved on): no rating is asked for it. */
  const closeCalled = (counter: string, at: string): void => {
    db.prepare("UPDATE queue_tickets SET state = 'done', done_at = ? WHERE counter = ? AND state = 'called'").run(at, counter);
  };

  const callNext = db.transaction((counter: string): QueueEntry | null => {
    const at = clock().toISOString();
    closeCalled(counter, at);
    // A ticket returned to this counter first (it was called here), then the oldest of the services it serves.
    const served = servicesOf(counter);
    const next = (db
      .prepare(
        `SELECT t.id FROM queue_tickets t LEFT JOIN registrations r ON r.id = t.registration_id
         WHERE t.counter = ? AND t.state = 'issued' AND ${CALLABLE} ORDER BY t.created_at, t.id LIMIT 1`,
      )
      .get(counter) ??
      db
        .prepare(
          `SELECT t.id FROM queue_tickets t LEFT JOIN registrations r ON r.id = t.registration_id
           WHERE t.counter IS NULL AND t.state = 'issued' AND ${CALLABLE}
             AND t.service IN (SELECT value FROM json_each(?)) ORDER BY t.created_at, t.id LIMIT 1`,
        )
        .get(JSON.stringify(served))) as { id: number } | undefined;
    if (next === undefined) return null;
    db.prepare("UPDATE queue_tickets SET state = 'called', counter = ?, called_at = ?, call_seen_at = ? WHERE id = ?").run(
      counter,
      at,
      at,
      next.id,
    );
    return toEntry(entryById.get(next.id) as EntryRow);
  });

  const newRatingToken = (): string => randomBytes(16).toString('hex');
  const finishWithRating = db.prepare(
    "UPDATE queue_tickets SET state = 'done', done_at = ?, rating_token = ?, rating_until = ? WHERE id = ? AND state IN ('issued', 'called')",
  );
  const finishNow = (ticketId: number): void => {
    const now = clock();
    finishWithRating.run(now.toISOString(), newRatingToken(), new Date(now.getTime() + RATING_WINDOW_MS).toISOString(), ticketId);
  };

  const finishWalkIn = db.transaction((ticketId: number, counter: string): QueueEntry => {
    const ticket = loadTicket(ticketId);
    if (ticket.registration_id !== null)
      throw new KioskFailure('conflict', 'a Form 01 ticket is closed by its decision', { reason: 'ticket-has-form' });
    if (ticket.state !== 'called' || ticket.counter !== counter)
      throw new KioskFailure('conflict', 'the ticket is not being served at this counter', { reason: `ticket-${ticket.state}` });
    finishNow(ticketId);
    return toEntry(entryById.get(ticketId) as EntryRow);
  });

  const setServices = db.transaction((counter: string, services: readonly ServiceCode[]): ServiceCode[] => {
    db.prepare('DELETE FROM counter_services WHERE counter = ?').run(counter);
    const add = db.prepare('INSERT INTO counter_services (counter, service) VALUES (?, ?)');
    for (const s of new Set(services)) add.run(counter, s);
    return servicesOf(counter);
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
        subjectRef: subjectOf(t),
        details: { ticketDay: t.day, ticketNumber: t.number, ticket: ticketLabel(t), counter: t.counter, calledForSeconds: calledFor },
      });
      return toEntry(entryById.get(t.id) as EntryRow);
    });
  });

  return {
    reserveTicket(registrationId, counter = null) {
      if (counter !== null && counter.trim() === '') throw new KioskFailure('invalid-input', 'counter is required', { field: 'counter' });
      const ticket = reserve.immediate(registrationId, counter === null ? null : counter.trim());
      logger.info('queue.ticket-reserved', { ticket: ticket.id, number: ticket.number, service: ticket.service });
      return ticket;
    },
    reserveWalkIn(service) {
      if (service === ('A' as ServiceCode))
        throw new KioskFailure('invalid-input', 'service A tickets come from the Form 01 check', { field: 'service' });
      const ticket = reserveWalkIn.immediate(service);
      logger.info('queue.ticket-reserved', { ticket: ticket.id, number: ticket.number, service: ticket.service });
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
        .prepare(`${ENTRY_SELECT} WHERE t.state IN ('issued', 'called') AND ${CALLABLE} ORDER BY t.created_at, t.id`)
        .all() as EntryRow[];
      return rows.map(toEntry);
    },
    callNext: (counter) => callNext.immediate(counter),
    servicesOf: (counter) => servicesOf(counter),
    countersServing(service) {
      const known = db
        .prepare("SELECT CAST(counter AS TEXT) FROM stations WHERE role = 'counter' UNION SELECT counter FROM counter_services")
        .pluck()
        .all() as string[];
      return known.filter((c) => servicesOf(c).includes(service)).sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
    },
    setServicesOf(counter, services) {
      if (services.length === 0) throw new KioskFailure('invalid-input', 'a counter serves at least one service', { field: 'services' });
      return setServices.immediate(counter, services);
    },
    finishWalkIn(ticketId, counter) {
      const entry = finishWalkIn.immediate(ticketId, counter);
      logger.info('queue.ticket-served', { ticket: entry.id, service: entry.service, counter });
      return entry;
    },
    pendingRating(counter) {
      const row = db
        .prepare(
          `SELECT rating_token AS token, service, number, counter FROM queue_tickets
           WHERE counter = ? AND state = 'done' AND rating_token IS NOT NULL AND rating_until > ? ORDER BY done_at DESC, id DESC LIMIT 1`,
        )
        .get(counter, clock().toISOString()) as PendingRating | undefined;
      return row ?? null;
    },
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
      const open = db
        .prepare("SELECT id FROM queue_tickets WHERE registration_id = ? AND state IN ('issued', 'called')")
        .pluck()
        .all(registrationId) as number[];
      for (const id of open) finishNow(id);
    },
  };
}
