import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskFailure } from '../../../preload/contract/result';
import { receiptPlainText } from '../../../native/printer/receipt';
import { silentLogger } from '../../logging/logger';
import { readAudit } from '../audit/audit-log';
import { createRegistrationImporter } from './import-registrations';
import { createKioskCheck, type KioskCheck } from './kiosk-check';
import { createQueueTickets, type QueueTickets } from './queue-tickets';
import { cccdOf, deterministicRandom, importLine, openTestDatabase, type TestDatabase } from './registration-test-kit';
import { buildTicketReceipt } from './ticket-receipt';

let t: TestDatabase;
let now: Date;
let check: KioskCheck;
let queue: QueueTickets;
let ids: number[];

beforeEach(() => {
  t = openTestDatabase();
  now = new Date('2025-03-02T02:05:00Z'); // 09:05 in Vietnam
  const clock = (): Date => now;
  createRegistrationImporter({ db: t.db, clock, random: deterministicRandom(), logger: silentLogger }).importLines(
    ['A', 'B', 'C'].map((externalId) => importLine({ externalId })).join('\n'),
  );
  ids = (t.db.prepare('SELECT id FROM registrations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  check = createKioskCheck({ db: t.db, clock, logger: silentLogger });
  queue = createQueueTickets({ db: t.db, clock, logger: silentLogger });
});
afterEach(() => t.close());

const codeOf = (id: number): string => (t.db.prepare('SELECT code FROM registrations WHERE id = ?').get(id) as { code: string }).code;
const stateOf = (id: number): string => (t.db.prepare('SELECT state FROM registrations WHERE id = ?').get(id) as { state: string }).state;
const checked = (id: number): void => void check.checkAgainstCccd(codeOf(id), cccdOf());

function failureOf(fn: () => unknown): KioskFailure {
  try {
    fn();
  } catch (e) {
    if (e instanceof KioskFailure) return e;
    throw e;
  }
  throw new Error('expected a KioskFailure');
}

describe('queue tickets', () => {
  it('numbers tickets per Vietnam day, and only a confirmed print moves the registration', () => {
    const [a = 0, b = 0, c = 0] = ids;
    for (const id of ids) checked(id);
    const first = queue.reserveTicket(a, 'Quầy 1');
    expect([first.number, first.state, first.day]).toEqual([1, 'pending-print', '2025-03-02']);
    expect(stateOf(a)).toBe('submitted');
    expect(queue.confirmTicketPrinted(first.id).state).toBe('issued');
    expect(stateOf(a)).toBe('checked-at-kiosk');
    expect(queue.confirmTicketPrinted(first.id).state).toBe('issued'); // repeat is harmless
    expect(readAudit(t.db).filter((e) => e.action === 'registration.checked-at-kiosk')).toHaveLength(1);

    // Print failure: no ticket, registration still waiting, and the next attempt gets a fresh number.
    const failed = queue.reserveTicket(b, 'Quầy 1');
    expect(failed.number).toBe(2);
    expect(queue.abandonTicket(failed.id).state).toBe('abandoned');
    expect(stateOf(b)).toBe('submitted');
    expect(failureOf(() => queue.confirmTicketPrinted(failed.id)).detail).toEqual({ reason: 'ticket-abandoned' });
    const retry = queue.reserveTicket(b, 'Quầy 1');
    expect(retry.number).toBe(3);
    queue.confirmTicketPrinted(retry.id);
    expect(failureOf(() => queue.abandonTicket(retry.id)).detail).toEqual({ reason: 'ticket-issued' });

    // A new Vietnam day (17:00Z = 00:00 ICT) restarts at 1.
    now = new Date('2025-03-02T17:00:00Z');
    const nextDay = queue.reserveTicket(c, 'Quầy 1');
    expect([nextDay.day, nextDay.number]).toEqual(['2025-03-03', 1]);
  });

  it('refuses a ticket without a check, and for a registration that was already ticketed', () => {
    const [a = 0] = ids;
    expect(failureOf(() => queue.reserveTicket(a, 'Quầy 1')).detail).toEqual({ reason: 'not-checked' });
    checked(a);
    queue.confirmTicketPrinted(queue.reserveTicket(a, 'Quầy 1').id);
    expect(failureOf(() => queue.reserveTicket(a, 'Quầy 1')).code).toBe('conflict');
  });

  it('lists issued tickets and calls them in order per counter', () => {
    for (const id of ids) {
      checked(id);
      queue.confirmTicketPrinted(queue.reserveTicket(id, id === ids[2] ? 'Quầy 2' : 'Quầy 1').id);
    }
    expect(queue.listQueue().map((e) => [e.number, e.registrationCode, e.checkOverall])).toEqual(
      ids.map((id, i) => [i + 1, codeOf(id), 'match']),
    );
    expect(queue.callNext('Quầy 1')?.number).toBe(1);
    expect(queue.callNext('Quầy 1')?.number).toBe(2);
    expect(queue.callNext('Quầy 1')).toBeNull();
    expect(queue.listQueue().map((e) => [e.number, e.state])).toEqual([[3, 'issued']]);
  });

  it('builds the ticket receipt: big number, counter, QR with the check reference, Vietnamese time', () => {
    const [a = 0] = ids;
    const outcome = check.checkAgainstCccd(codeOf(a), cccdOf());
    const ticket = queue.reserveTicket(a, 'Quầy 1');
    const receipt = buildTicketReceipt(ticket);
    expect(receipt.lines).toContainEqual({ kind: 'text', text: '001', size: 'large', bold: true, align: 'center' });
    const text = receiptPlainText(receipt);
    expect(text).toContain('Quầy: Quầy 1');
    expect(text).toContain(`[QR] ${outcome.checkRef}`);
    expect(text).toContain('Thời gian: 02/03/2025 09:05');
    expect(text).not.toContain('Lan Anh');
  });
});
