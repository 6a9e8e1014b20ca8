/**
 * Supervisor powers at the counter, enforced by the host: seeing locked-out officers and unlocking them, and putting a
 * called ticket back in the queue. A plain officer gets `forbidden` for each, and every action (refusals included)
 * lands in the hash-chained audit log, which still verifies. Real SQLite file, real argon2 (test cost).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../../../../main/ipc/event-bus';
import { verifyAudit } from '../../../../../main/services/audit/audit-log';
import { cccdOf, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';
import type { RegistrationsService } from '../../../../../main/services/registrations/registrations-service';
import { failureOf } from '../../../../support/service-test-kit';
import type { OfficerConsole } from '../../../../../main/services/officers/officer-console';
import { createCounterKit } from '../../../../support/officer-test-kit';
import { OFFICER_BACKOFF, type OfficersService } from '../../../../../main/services/officers/officers-service';

const PW = 'canbo-2025-quay1';
const SUP_PW = 'totruong-2025-bhxh';
const IDLE = 60_000;
let t: TestDatabase;
let now: Date;
let officers: OfficersService;
let service: RegistrationsService;
let counter: OfficerConsole;
let lanId: number;
let published: unknown[];

beforeEach(async () => {
  t = openTestDatabase();
  const { db } = t;
  now = new Date('2025-03-02T03:00:00Z');
  const clock = (): Date => now;
  const bus = createEventBus();
  published = [];
  bus.subscribe((name, payload) => {
    if (name === 'officer:queueChanged') published.push(payload);
  });
  ({ service, officers, counter } = createCounterKit({ db, clock, idleTimeoutMs: IDLE, bus }));
  lanId = (await officers.createOfficer({ username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'officer', password: PW })).id;
  await officers.createOfficer({ username: 'hoa.tran', displayName: 'Trần Thị Hoa', role: 'supervisor', password: SUP_PW });
});
afterEach(() => t.close());

async function lockOut(username: string): Promise<void> {
  for (let i = 0; i < OFFICER_BACKOFF.free; i++) {
    await failureOf(() => counter.signIn('lan-desk', { username, password: 'sai-mat-khau-1', counter: 'Quầy 2' }));
  }
  const locked = await failureOf(() => counter.signIn('lan-desk', { username, password: PW, counter: 'Quầy 2' }));
  expect(locked.code).toBe('locked-out');
}

const auditActions = (): { actor: string; action: string; subject_ref: string; details: string | null }[] =>
  t.db.prepare('SELECT actor, action, subject_ref, details FROM audit_log ORDER BY seq').all() as {
    actor: string;
    action: string;
    subject_ref: string;
    details: string | null;
  }[];

function calledTicket(): { registrationId: number; ticketId: number } {
  service.importLines(importLine());
  const { code } = t.db.prepare('SELECT code FROM registrations ORDER BY id DESC LIMIT 1').get() as { code: string };
  const outcome = service.checkAgainstCccd(code, cccdOf());
  service.confirmTicketPrinted(service.reserveTicket(outcome.registrationId, 'Quầy 1').id);
  const called = service.callNext('Quầy 1');
  if (called === null) throw new Error('expected a called ticket');
  return { registrationId: outcome.registrationId, ticketId: called.id };
}

describe('supervisor powers', () => {
  it('a supervisor sees the locked officer and unlocks them; the officer can then sign in', async () => {
    await lockOut('lan.nguyen');
    await counter.signIn('sup-desk', { username: 'hoa.tran', password: SUP_PW, counter: 'Tổ trưởng' });
    const listed = await counter.officerAccounts('sup-desk');
    expect(listed.map((o) => [o.username, o.role, o.lockedUntil !== null])).toEqual([
      ['hoa.tran', 'supervisor', false],
      ['lan.nguyen', 'officer', true],
    ]);
    expect(listed.find((o) => o.username === 'lan.nguyen')).toEqual({
      officerId: lanId,
      username: 'lan.nguyen',
      displayName: 'Nguyễn Thị Lan',
      role: 'officer',
      disabled: false,
      lockedUntil: new Date(now.getTime() + OFFICER_BACKOFF.baseDelayMs).toISOString(),
    });

    expect(await counter.unlockOfficer('sup-desk', lanId)).toEqual({ wasLocked: true });
    expect((await counter.officerAccounts('sup-desk')).every((o) => o.lockedUntil === null)).toBe(true);
    await expect(counter.signIn('lan-desk', { username: 'lan.nguyen', password: PW, counter: 'Quầy 2' })).resolves.toMatchObject({
      username: 'lan.nguyen',
      role: 'officer',
    });
    // A second unlock changes nothing but is still on record.
    expect(await counter.unlockOfficer('sup-desk', lanId)).toEqual({ wasLocked: false });

    const supervisorId = officers.officerIdOf('hoa.tran');
    const unlocks = auditActions().filter((a) => a.action === 'officer.unlocked');
    expect(unlocks).toEqual([
      { actor: `officer:${supervisorId}`, action: 'officer.unlocked', subject_ref: `officer:${lanId}`, details: '{"wasLocked":true}' },
      { actor: `officer:${supervisorId}`, action: 'officer.unlocked', subject_ref: `officer:${lanId}`, details: '{"wasLocked":false}' },
    ]);
    expect(verifyAudit(t.db).ok).toBe(true);
  });

  it('a plain officer is forbidden to list, unlock or release, and each refusal is audited', async () => {
    const { ticketId } = calledTicket();
    await counter.signIn('lan-desk', { username: 'lan.nguyen', password: PW, counter: 'Quầy 1' });
    const supervisorId = officers.officerIdOf('hoa.tran') ?? 0;
    const attempts = [
      () => counter.officerAccounts('lan-desk'),
      () => counter.unlockOfficer('lan-desk', supervisorId),
      () => counter.releaseTicket('lan-desk', ticketId),
    ];
    for (const attempt of attempts) {
      const refused = await failureOf(attempt);
      expect([refused.code, refused.message]).toEqual(['forbidden', 'only a supervisor may do this']);
    }
    expect(t.db.prepare('SELECT state FROM queue_tickets WHERE id = ?').get(ticketId)).toEqual({ state: 'called' });
    const denied = auditActions().filter((a) => a.action === 'supervisor.denied');
    expect(denied.map((a) => [a.actor, JSON.parse(a.details ?? '{}') as unknown])).toEqual([
      [`officer:${lanId}`, { what: 'officers' }],
      [`officer:${lanId}`, { what: 'unlock-officer' }],
      [`officer:${lanId}`, { what: 'release-ticket' }],
    ]);
    expect(auditActions().some((a) => a.action === 'officer.unlocked')).toBe(false);
    expect(verifyAudit(t.db).ok).toBe(true);
  });

  it('needs a live session: nobody signed in gets unauthorized, an unknown officer not-found', async () => {
    expect((await failureOf(() => counter.unlockOfficer('nobody', lanId))).code).toBe('unauthorized');
    await counter.signIn('sup-desk', { username: 'hoa.tran', password: SUP_PW, counter: 'Tổ trưởng' });
    expect((await failureOf(() => counter.unlockOfficer('sup-desk', 9999))).code).toBe('not-found');
  });

  it('releases a called ticket back to waiting at its counter, where it is called again first', async () => {
    const { registrationId, ticketId } = calledTicket();
    await counter.signIn('sup-desk', { username: 'hoa.tran', password: SUP_PW, counter: 'Tổ trưởng' });
    published = [];
    expect(counter.releaseTicket('sup-desk', ticketId)).toMatchObject({
      ticketId,
      registrationId,
      state: 'issued',
      counter: 'Quầy 1',
      calledAt: null,
    });
    // Every open console refetches its queue.
    expect(published).toEqual([{ reason: 'released' }]);
    // Only a called ticket can be released.
    const again = await failureOf(() => counter.releaseTicket('sup-desk', ticketId));
    expect([again.code, again.detail?.reason]).toEqual(['conflict', 'ticket-issued']);
    // Without the release, the counter's next "call next" would have closed it unseen; now it is served again.
    expect(service.callNext('Quầy 1')).toMatchObject({ id: ticketId, state: 'called' });
    const released = auditActions().filter((a) => a.action === 'queue.ticket-released');
    expect(released).toHaveLength(1);
    expect(released[0]?.subject_ref).toBe(`registration:${registrationId}`);
    expect(JSON.parse(released[0]?.details ?? '{}')).toMatchObject({ ticketNumber: 1, counter: 'Quầy 1' });
    expect(verifyAudit(t.db).ok).toBe(true);
  });

  it('reads the role on every call: a supervisor demoted in the database loses the powers at once', async () => {
    await counter.signIn('sup-desk', { username: 'hoa.tran', password: SUP_PW, counter: 'Tổ trưởng' });
    expect(await counter.officerAccounts('sup-desk')).toHaveLength(2);
    t.db.prepare("UPDATE officers SET role = 'officer' WHERE username = 'hoa.tran'").run();
    expect((await failureOf(() => counter.officerAccounts('sup-desk'))).code).toBe('forbidden');
  });
});
