/**
 * The counter console is pushed, not polled: every change of the queue publishes `officer:queueChanged` on the
 * event bus the transports forward, after the change is committed, with no personal data in it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventChannels } from '../../../../../preload/contract/channels';
import type { QueueChanged } from '../../../../../preload/contract/channels/officer';
import { createEventBus, type EventBus } from '../../../../../main/ipc/event-bus';
import { silentLogger } from '../../../../../main/logging/logger';
import { createSmsAccountsStack, cryptoRandom } from '../../../../support/service-test-kit';
import { cccdOf, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';
import { createRegistrationsService, type RegistrationsService } from '../../../../../main/services/registrations/registrations-service';

let t: TestDatabase;
let now: Date;
let bus: EventBus;
let service: RegistrationsService;
/** Every bus event, as the WebSocket transport would see it: name, payload, target. */
let seen: { name: string; payload: unknown; target: string | null }[];

const LAN = {
  externalId: 'A',
  fullName: 'Nguyễn Thị Lan Anh',
  insuranceNumber: '0123456789',
  idNumber: '001190012345',
  dateOfBirth: '1990-03-15',
  gender: 'female',
} as const;
const HUNG = {
  externalId: 'B',
  fullName: 'Trần Văn Hùng',
  insuranceNumber: '0123456780',
  idNumber: '001090054321',
  dateOfBirth: '1990-01-01',
  gender: 'male',
} as const;

beforeEach(() => {
  t = openTestDatabase();
  now = new Date('2025-03-02T03:00:00Z');
  const clock = (): Date => now;
  const { db } = t;
  const { accounts, outbox } = createSmsAccountsStack({ db, clock, phoneOf: () => null });
  bus = createEventBus();
  seen = [];
  bus.subscribe((name, payload, target) => seen.push({ name, payload, target }));
  service = createRegistrationsService({ db, clock, random: cryptoRandom, logger: silentLogger, accounts, outbox, bus });
  expect(service.importLines([importLine(LAN), importLine(HUNG)].join('\n')).imported).toBe(2);
});
afterEach(() => t.close());

const registrationOf = (externalId: string): { id: number; code: string } =>
  t.db.prepare('SELECT id, code FROM registrations WHERE external_id = ?').get(externalId) as { id: number; code: string };

const reasons = (): QueueChanged['reason'][] =>
  seen.filter((e) => e.name === 'officer:queueChanged').map((e) => (e.payload as QueueChanged).reason);

/** The kiosk's part for one person: check the form against the card, reserve a number, confirm the print. */
function issueTicket(who: typeof LAN | typeof HUNG): number {
  const r = registrationOf(who.externalId);
  const { idNumber, fullName, dateOfBirth, gender } = who;
  service.checkAgainstCccd(r.code, cccdOf({ idNumber, fullName, dateOfBirth, gender }));
  const before = seen.length;
  const ticket = service.reserveTicket(r.id, '1');
  expect(seen.length).toBe(before); // a reservation is not in the queue yet: nothing to tell the counter
  return service.confirmTicketPrinted(ticket.id).id;
}

describe('officer:queueChanged', () => {
  it('issuing a ticket publishes one event to every client, after the ticket is in the queue', () => {
    let queuedWhenPublished = -1;
    bus.subscribe((name) => {
      if (name === 'officer:queueChanged') queuedWhenPublished = service.listQueue().length;
    });
    issueTicket(LAN);
    expect(seen).toEqual([{ name: 'officer:queueChanged', payload: { reason: 'issued' }, target: null }]);
    expect(queuedWhenPublished).toBe(1);
  });

  it('calling, approving and rejecting publish too, each with its reason', async () => {
    const lan = registrationOf(LAN.externalId).id;
    const hung = registrationOf(HUNG.externalId).id;
    issueTicket(LAN);
    issueTicket(HUNG);
    expect(service.callNext('1')?.registrationId).toBe(lan);
    await service.approve({ registrationId: lan, officerId: 1, paperFormSigned: true });
    service.reject({ registrationId: hung, officerId: 1, reasonCode: 'name-mismatch' });
    expect(reasons()).toEqual(['issued', 'issued', 'called', 'approved', 'rejected']);
    expect(service.listQueue()).toEqual([]);
  });

  it('an abandoned print publishes; a refused call publishes nothing', () => {
    const r = registrationOf(LAN.externalId);
    service.checkAgainstCccd(r.code, cccdOf());
    const ticket = service.reserveTicket(r.id, '1');
    expect(() => service.confirmTicketPrinted(ticket.id + 99)).toThrow();
    service.abandonTicket(ticket.id);
    expect(reasons()).toEqual(['abandoned']);
  });

  it('expiry publishes only when a waiting form lapsed', () => {
    issueTicket(LAN);
    expect(service.expireRegistrations(new Date('2025-03-05T00:00:00Z')).expired).toBe(0);
    expect(reasons()).toEqual(['issued']);
    // Lan's form was checked (she holds a ticket): it waits for its decision; only the never-checked one lapses.
    expect(service.expireRegistrations(new Date('2025-03-20T00:00:00Z')).expired).toBe(1);
    expect(reasons()).toEqual(['issued', 'expired']);
    expect(service.listQueue()).toHaveLength(1);
  });

  it('carries nothing but the reason: it matches the contract and names no one', async () => {
    const lan = registrationOf(LAN.externalId);
    issueTicket(LAN);
    service.callNext('1');
    await service.approve({ registrationId: lan.id, officerId: 1, paperFormSigned: true });
    const schema = eventChannels['officer:queueChanged'].payload.strict();
    for (const e of seen) expect(schema.safeParse(e.payload).success, JSON.stringify(e.payload)).toBe(true);
    const wire = JSON.stringify(seen);
    for (const personal of [LAN.fullName, LAN.insuranceNumber, LAN.idNumber, lan.code, '0912345678']) expect(wire).not.toContain(personal);
  });

  it('a listener that throws does not undo or fail the committed ticket', () => {
    bus.subscribe(() => {
      throw new Error('socket gone');
    });
    issueTicket(LAN);
    expect(service.listQueue().map((e) => e.state)).toEqual(['issued']);
    expect(reasons()).toEqual(['issued']);
  });
});
