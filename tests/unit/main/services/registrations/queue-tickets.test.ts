import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskFailure } from '../../../../../preload/contract/result';
import { receiptPlainText } from '../../../../../native/printer/receipt';
import { silentLogger } from '../../../../../main/logging/logger';
import { readAudit } from '../../../../../main/services/audit/audit-log';
import { createRegistrationImporter } from '../../../../../main/services/registrations/import-registrations';
import { createKioskCheck, type KioskCheck } from '../../../../../main/services/registrations/kiosk-check';
import { createQueueTickets, type QueueTickets } from '../../../../../main/services/registrations/queue-tickets';
import { cccdOf, deterministicRandom, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';
import { buildTicketReceipt } from '../../../../../main/services/registrations/ticket-receipt';

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

    // Print failure: no ticket, registration still waiting, and the number nobody got is given again (issue #17: a
    // failed print burned it before, so ticket 002 never existed for anyone).
    const failed = queue.reserveTicket(b, 'Quầy 1');
    expect(failed.number).toBe(2);
    expect(queue.abandonTicket(failed.id).state).toBe('abandoned');
    expect(stateOf(b)).toBe('submitted');
    expect(failureOf(() => queue.confirmTicketPrinted(failed.id)).detail).toEqual({ reason: 'ticket-abandoned' });
    const retry = queue.reserveTicket(b, 'Quầy 1');
    expect(retry.number).toBe(2);
    queue.confirmTicketPrinted(retry.id);
    expect(failureOf(() => queue.abandonTicket(retry.id)).detail).toEqual({ reason: 'ticket-issued' });

    // A new Vietnam day (17:00Z = 00:00 ICT) restarts at 1.
    now = new Date('2025-03-02T17:00:00Z');
    const nextDay = queue.reserveTicket(c, 'Quầy 1');
    expect([nextDay.day, nextDay.number]).toEqual(['2025-03-03', 1]);
  });

  it('a failed number is given again unless a later one was issued meanwhile; then it stays a gap, never listed', () => {
    const [a = 0, b = 0, c = 0] = ids;
    for (const id of ids) checked(id);
    // Two kiosks: A's slip fails while B's prints.
    const ofA = queue.reserveTicket(a, 'Quầy 1');
    const ofB = queue.reserveTicket(b, 'Quầy 1');
    expect([ofA.number, ofB.number]).toEqual([1, 2]);
    queue.abandonTicket(ofA.id);
    queue.confirmTicketPrinted(ofB.id);
    const again = queue.reserveTicket(a, 'Quầy 1');
    expect(again.number).toBe(3); // not 1: number 2 is already in the citizen's hand, so 1 would jump the queue
    queue.confirmTicketPrinted(again.id);
    expect(queue.listQueue().map((e) => e.number)).toEqual([2, 3]);
    // Two failures in a row at the end: both numbers come back, lowest first.
    const f1 = queue.reserveTicket(c, 'Quầy 1');
    queue.abandonTicket(f1.id);
    const f2 = queue.reserveTicket(c, 'Quầy 1');
    expect(f2.number).toBe(4);
    queue.abandonTicket(f2.id);
    expect(queue.reserveTicket(c, 'Quầy 1').number).toBe(4);
  });

  it('a call nobody renews goes back to waiting at its counter after the return period, audited; a renewed one stays', () => {
    for (const id of ids) {
      checked(id);
      queue.confirmTicketPrinted(queue.reserveTicket(id, id === ids[2] ? 'Quầy 2' : 'Quầy 1').id);
    }
    const atOne = queue.callNext('Quầy 1');
    const atTwo = queue.callNext('Quầy 2');
    expect([atOne?.number, atTwo?.number]).toEqual([1, 3]);
    now = new Date(now.getTime() + 4 * 60_000);
    queue.keepCallsAlive(['Quầy 2']); // counter 2's console is still signed in; counter 1's tab was closed
    expect(queue.returnStaleCalls(5 * 60_000)).toEqual([]);
    now = new Date(now.getTime() + 2 * 60_000); // counter 1's call is 6 minutes old, counter 2's renewed 2 minutes ago
    const returned = queue.returnStaleCalls(5 * 60_000);
    expect(returned.map((e) => [e.number, e.state, e.counter, e.calledAt])).toEqual([[1, 'issued', 'Quầy 1', null]]);
    expect(queue.listQueue().map((e) => [e.number, e.state])).toEqual([
      [1, 'issued'],
      [2, 'issued'],
      [3, 'called'],
    ]);
    const entry = readAudit(t.db).find((e) => e.action === 'queue.ticket-returned');
    expect(entry?.actor).toBe('system:call-timeout');
    expect(entry?.details).toMatchObject({ ticketNumber: 1, counter: 'Quầy 1', calledForSeconds: 360 });
    expect(JSON.stringify(entry)).not.toContain('Lan Anh');
    // First in line at its counter again.
    expect(queue.callNext('Quầy 1')?.number).toBe(1);
    expect(queue.returnStaleCalls(5 * 60_000)).toEqual([]);
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

  it('builds the ticket receipt: series and service, big label, counter, QR with the check reference, Vietnamese time', () => {
    const [a = 0] = ids;
    const outcome = check.checkAgainstCccd(codeOf(a), cccdOf());
    const ticket = queue.reserveTicket(a, 'Quầy 1');
    const receipt = buildTicketReceipt(ticket);
    expect(receipt.lines).toContainEqual({ kind: 'text', text: 'A001', size: 'large', bold: true, align: 'center' });
    const text = receiptPlainText(receipt);
    expect(text).toContain('Dịch vụ A: Tờ khai 01 / kích hoạt VssID');
    expect(text).toContain('Quầy: Quầy 1');
    expect(text).toContain(`[QR] ${outcome.checkRef}`);
    expect(text).toContain('Thời gian: 02/03/2025 09:05');
    expect(text).not.toContain('Lan Anh');
  });
});
