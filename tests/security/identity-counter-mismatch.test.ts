/**
 * Attack: approval after a visible mismatch. The CCCD scanned at the counter showed another person (every field
 * "Không khớp"); before, one tick and one click still approved. Now approval is refused while the latest counter scan
 * of that registration disagrees with the form, from any console, and the refusal is audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../main/services/audit/audit-log';
import { createCounterKit, type CounterKit } from '../support/officer-test-kit';
import { cccdOf, importLine, openTestDatabase, type TestDatabase } from '../support/registration-test-kit';
import { failureOf } from '../support/service-test-kit';

const PW = 'canbo-2025-quay1';
let t: TestDatabase;
let kit: CounterKit;
let id: number;

const otherPerson = { idNumber: '079085004321', fullName: 'Trần Văn Đức', dateOfBirth: '1985-07-20', gender: 'male' as const };
const formHolder = { idNumber: '001190012345', fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1990-03-15', gender: 'female' as const };

beforeEach(async () => {
  t = openTestDatabase();
  const clock = (): Date => new Date('2025-03-02T03:00:00Z');
  kit = createCounterKit({ db: t.db, clock, idleTimeoutMs: 60_000 });
  await kit.officers.createOfficer({ username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'officer', password: PW });
  kit.service.importLines(importLine());
  const { code } = t.db.prepare('SELECT code FROM registrations').get() as { code: string };
  id = kit.service.checkAgainstCccd(code, cccdOf()).registrationId;
  kit.service.confirmTicketPrinted(kit.service.reserveTicket(id, '1').id);
  await kit.counter.signIn('c1', { username: 'lan.nguyen', password: PW, counter: '1' });
  await kit.counter.signIn('c2', { username: 'lan.nguyen', password: PW, counter: '1' });
  kit.counter.callNext('c1');
});
afterEach(() => t.close());

describe('approval after a mismatching counter scan', () => {
  it('is refused on this console and on another one, and audited', async () => {
    const detail = kit.counter.registration('c1', id, otherPerson);
    expect(detail.fields.filter((f) => f.counterResult === 'mismatch').map((f) => f.field)).toEqual([
      'idNumber',
      'fullName',
      'dateOfBirth',
      'gender',
    ]);
    for (const client of ['c1', 'c2']) {
      kit.scanPaperForm(client, id);
      const failure = await failureOf(() => kit.counter.approve(client, { registrationId: id, requestKey: `k-${client}` }));
      expect(failure).toMatchObject({ code: 'conflict', detail: { reason: 'counter-scan-mismatch' } });
    }
    expect(t.db.prepare('SELECT state FROM registrations WHERE id = ?').get(id)).toEqual({ state: 'checked-at-kiosk' });
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM accounts').get()).toEqual({ n: 0 });
    expect(readAudit(t.db).filter((e) => e.action === 'registration.approval-blocked')).toHaveLength(2);
  });

  it('a later scan of the right card lifts the block', async () => {
    kit.counter.registration('c1', id, otherPerson);
    kit.counter.registration('c1', id, formHolder);
    kit.scanPaperForm('c1', id);
    await expect(kit.counter.approve('c1', { registrationId: id, requestKey: 'k' })).resolves.toMatchObject({ state: 'approved' });
  });
});
