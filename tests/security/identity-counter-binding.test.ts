/**
 * Attack: officers were checked by role only. An officer signed in at counter "7" read a registration by its
 * sequential id and approved it, though it had no kiosk check and no ticket. Now a registration is read or decided
 * only when its ticket waits at or is called to the officer's own counter; every refusal is audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../main/services/audit/audit-log';
import { createCounterKit, type CounterKit } from '../support/officer-test-kit';
import { cccdOf, importLine, openTestDatabase, type TestDatabase } from '../support/registration-test-kit';
import { failureOf } from '../support/service-test-kit';

const PW = 'canbo-2025-quay7';
let t: TestDatabase;
let kit: CounterKit;

beforeEach(async () => {
  t = openTestDatabase();
  const clock = (): Date => new Date('2025-03-02T03:00:00Z');
  kit = createCounterKit({ db: t.db, clock, idleTimeoutMs: 60_000 });
  await kit.officers.createOfficer({ username: 'tu.pham', displayName: 'Phạm Văn Tư', role: 'officer', password: PW });
  kit.service.importLines(
    [importLine({ externalId: 'NO-TICKET' }), importLine({ externalId: 'AT-1', insuranceNumber: '0123456780' })].join('\n'),
  );
  // The second form has a ticket, but for counter 1.
  const { code } = t.db.prepare("SELECT code FROM registrations WHERE external_id = 'AT-1'").get() as { code: string };
  const at1 = kit.service.checkAgainstCccd(code, cccdOf()).registrationId;
  kit.service.confirmTicketPrinted(kit.service.reserveTicket(at1, '1').id);
  await kit.counter.signIn('c7', { username: 'tu.pham', password: PW, counter: '7' });
});
afterEach(() => t.close());

const idOf = (externalId: string): number =>
  (t.db.prepare('SELECT id FROM registrations WHERE external_id = ?').get(externalId) as { id: number }).id;

describe('an officer at counter 7 and registrations by sequential id', () => {
  for (const externalId of ['NO-TICKET', 'AT-1']) {
    it(`cannot read, preview, approve or reject ${externalId}`, async () => {
      const registrationId = idOf(externalId);
      const calls: (() => unknown)[] = [
        () => kit.counter.registration('c7', registrationId),
        () => kit.counter.previewNotices('c7', { registrationId, decision: 'approve' }),
        () => kit.counter.approve('c7', { registrationId, requestKey: 'by-id-approve' }),
        () => kit.counter.reject('c7', { registrationId, reasonCode: 'other', note: 'x', requestKey: 'by-id-reject' }),
      ];
      for (const call of calls)
        expect(await failureOf(call)).toMatchObject({ code: 'forbidden', detail: { reason: 'not-at-this-counter' } });
      expect(t.db.prepare('SELECT COUNT(*) AS n FROM accounts').get()).toEqual({ n: 0 });
      expect(t.db.prepare("SELECT COUNT(*) AS n FROM registrations WHERE state IN ('approved', 'rejected')").get()).toEqual({ n: 0 });
      expect(readAudit(t.db).filter((e) => e.action === 'registration.access-denied')).toHaveLength(calls.length);
    });
  }
});
