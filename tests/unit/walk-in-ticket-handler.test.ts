/**
 * The kiosk's "Lấy số thứ tự" (issue #18) through its handler: "no print, no ticket" (a refused slip issues nothing
 * and its number goes to the next ticket), and the station's walk-in budget against a stranger pressing the button a
 * thousand times (a real limiter over the SQLite store: 8 slips, then rate-limited with the wait).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintOutcome } from '../../native/devices/device-state';
import { createSqliteRateLimitRepository } from '../../main/db/repositories/sqlite-rate-limit-repository';
import { createEventBus } from '../../main/ipc/event-bus';
import { servicesHandlers } from '../../main/ipc/handlers/services-handlers';
import { silentLogger } from '../../main/logging/logger';
import { createPrintQueue } from '../../main/services/printing/print-queue';
import { createStationLimiter } from '../../main/services/rate-limit/station-limiter';
import { createTicketRatings } from '../../main/services/ratings/ticket-ratings';
import { createRegistrationsService } from '../../main/services/registrations/registrations-service';
import { openTestDatabase, type TestDatabase } from '../support/registration-test-kit';
import { failureOf } from '../support/service-test-kit';

const NOW = new Date('2026-12-04T02:00:00Z');
const ctx = { clientId: 'kiosk-screen', transport: 'browser-host' } as const;
let t: TestDatabase | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

function setup(outcomes: PrintOutcome[]) {
  t = openTestDatabase();
  const { db } = t;
  const clock = (): Date => NOW;
  const registrations = createRegistrationsService({
    db,
    clock,
    logger: silentLogger,
    accounts: { createAccount: () => Promise.reject(new Error('unused')), accountRefOf: () => 'unused' } as never,
  });
  const bus = createEventBus();
  const printQueue = createPrintQueue({
    db,
    logger: silentLogger,
    onJob: (job) => bus.emit('devices:printJob', job),
    printer: { print: () => Promise.resolve(outcomes.shift() ?? { ok: true }) },
  });
  const limiter = createStationLimiter({
    store: createSqliteRateLimitRepository(db),
    stationId: 'kiosk',
    secret: () => Buffer.alloc(32, 1),
    now: () => NOW.getTime(),
  });
  const h = servicesHandlers({
    registrations,
    ratings: createTicketRatings({ db, clock, logger: silentLogger }),
    limiter,
    printQueue,
    bus,
    stationCounter: null,
  });
  return { db, h };
}

describe('"Lấy số thứ tự"', () => {
  it('no print, no ticket: a refused slip issues nothing; the next tap gets the same number', async () => {
    const { db, h } = setup([{ ok: false, reason: 'paper-out' } as PrintOutcome]);
    const refused = await failureOf(() => h['queue:takeTicket']({ service: 'B' }, ctx));
    expect(refused.code).toBe('printer-not-ready');
    expect(db.prepare("SELECT COUNT(*) AS n FROM queue_tickets WHERE state = 'issued'").get()).toEqual({ n: 0 });
    const ticket = await h['queue:takeTicket']({ service: 'B' }, ctx);
    expect([ticket.label, ticket.service, ticket.counters]).toEqual(['B001', 'B', []]);
  });

  it('gives a station 8 slips at once, then refuses with the wait, whatever the service', async () => {
    const { db, h } = setup([]);
    const labels: string[] = [];
    for (let i = 0; i < 8; i++) {
      labels.push((await h['queue:takeTicket']({ service: i % 2 === 0 ? 'B' : 'D' }, ctx)).label);
      // Let the print queue's worker wind down between taps: with this instant fake printer, a job enqueued while the
      // worker is finishing can miss its kick (print-queue.ts; a real printer takes far longer than a tap).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expect(labels).toEqual(['B001', 'D001', 'B002', 'D002', 'B003', 'D003', 'B004', 'D004']);
    const limited = await failureOf(() => h['queue:takeTicket']({ service: 'C' }, ctx));
    expect(limited.code).toBe('rate-limited');
    expect(limited.detail).toMatchObject({ limit: 'walk-in-ticket', reason: 'station', retryAfterSeconds: 15 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM queue_tickets').get()).toEqual({ n: 8 }); // no reservation for the refused tap
  });

  it('has no rating to offer on a kiosk station', async () => {
    const { h } = setup([]);
    expect(await h['rating:pending']({}, ctx)).toEqual({ pending: null });
  });
});
