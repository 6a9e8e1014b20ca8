import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/logging/logger';
import { readAudit, verifyAudit } from '../../../../../main/services/audit/audit-log';
import { failureOf } from '../../../../support/service-test-kit';
import { createRegistrationImporter } from '../../../../../main/services/registrations/import-registrations';
import { createKioskCheck } from '../../../../../main/services/registrations/kiosk-check';
import type { OfficerDecisions } from '../../../../../main/services/registrations/officer-decisions';
import { createQueueTickets } from '../../../../../main/services/registrations/queue-tickets';
import { cccdOf, createTestDecisions, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';

let t: TestDatabase;
let now: Date;
let decisions: OfficerDecisions;
let id: number;
let noEmailId: number;

beforeEach(() => {
  t = openTestDatabase();
  now = new Date('2025-03-02T03:00:00Z');
  const clock = (): Date => now;
  const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
  const { db } = t;
  createRegistrationImporter({ db, clock, random, logger: silentLogger }).importLines(
    [importLine({ externalId: 'A' }), importLine({ externalId: 'B', insuranceNumber: '0123456780', email: undefined })].join('\n'),
  );
  id = (db.prepare("SELECT id FROM registrations WHERE external_id = 'A'").get() as { id: number }).id;
  noEmailId = (db.prepare("SELECT id FROM registrations WHERE external_id = 'B'").get() as { id: number }).id;
  const queue = createQueueTickets({ db, clock, logger: silentLogger });
  ({ decisions } = createTestDecisions(db, clock, { finishTicketsOf: queue.finishTicketsOf }));
});
afterEach(() => t.close());

const count = (sql: string): number => (t.db.prepare(sql).get() as { n: number }).n;

describe('approve', () => {
  it('creates one account, queues the credentials by SMS and e-mail, closes the ticket and audits', async () => {
    const { db } = t;
    const clock = (): Date => now;
    const check = createKioskCheck({ db, clock, logger: silentLogger });
    const queue = createQueueTickets({ db, clock, logger: silentLogger });
    const code = (db.prepare('SELECT code FROM registrations WHERE id = ?').get(id) as { code: string }).code;
    check.checkAgainstCccd(code, cccdOf());
    queue.confirmTicketPrinted(queue.reserveTicket(id, 'Quầy 1').id);
    expect(queue.callNext('Quầy 1')?.registrationId).toBe(id);

    const outcome = await decisions.approve({ registrationId: id, officerId: 3, paperFormSigned: true });
    expect(outcome).toMatchObject({ registrationId: id, state: 'approved', decidedBy: 'officer:3' });
    expect(outcome.notices.map((n) => n.channel)).toEqual(['sms', 'email']);
    expect(count("SELECT COUNT(*) AS n FROM accounts WHERE creation_key = 'approve:" + String(id) + "'")).toBe(1);
    const sms = db.prepare('SELECT * FROM notification_outbox WHERE idempotency_key = ?').get(`approve:${id}:sms`) as {
      body: string;
      recipient: string;
      sensitive: number;
    };
    expect(sms.recipient).toBe('0912345678');
    expect(sms.sensitive).toBe(1);
    expect(sms.body).toContain('0123456789');
    expect(sms.body).toMatch(/Mật khẩu: \S+/);
    const email = db.prepare('SELECT subject, body FROM notification_outbox WHERE idempotency_key = ?').get(`approve:${id}:email`) as {
      subject: string;
      body: string;
    };
    expect(email.body).toContain('Cài đặt ứng dụng VssID');
    expect(email.body).toContain('Đổi mật khẩu');
    expect(queue.listQueue()).toEqual([]);
    const audit = readAudit(db).filter((e) => e.action === 'registration.approved');
    expect(audit).toEqual([expect.objectContaining({ actor: 'officer:3', subjectRef: `registration:${id}` })]);
    expect(JSON.stringify(readAudit(db))).not.toContain('0912345678');
    expect(verifyAudit(db).ok).toBe(true);
  });

  it('a second approval (double tap, another officer) returns the same outcome and writes nothing', async () => {
    const first = await decisions.approve({ registrationId: id, officerId: 3, paperFormSigned: true });
    const rows = (): number[] => [
      count('SELECT COUNT(*) AS n FROM accounts'),
      count('SELECT COUNT(*) AS n FROM notification_outbox'),
      count('SELECT COUNT(*) AS n FROM audit_log'),
    ];
    const before = rows();
    expect(await decisions.approve({ registrationId: id, officerId: 4, paperFormSigned: true })).toEqual(first);
    expect(rows()).toEqual(before);
    expect(before.slice(0, 2)).toEqual([1, 2]);
  });

  it('concurrent approvals create exactly one account and one message per channel', async () => {
    const outcomes = await Promise.all(
      [1, 2, 3, 4].map((officerId) => decisions.approve({ registrationId: id, officerId, paperFormSigned: true })),
    );
    expect(new Set(outcomes.map((o) => JSON.stringify(o))).size).toBe(1);
    expect(count('SELECT COUNT(*) AS n FROM accounts')).toBe(1);
    expect(count(`SELECT COUNT(*) AS n FROM notification_outbox WHERE idempotency_key LIKE 'approve:${id}:%'`)).toBe(2);
    expect(count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'registration.approved'")).toBe(1);
  });

  it('sends only an SMS when there is no e-mail, and refuses unsigned, expired or missing registrations', async () => {
    const outcome = await decisions.approve({ registrationId: noEmailId, officerId: 1, paperFormSigned: true });
    expect(outcome.notices.map((n) => n.channel)).toEqual(['sms']);
    const unsigned = await failureOf(() => decisions.approve({ registrationId: id, officerId: 1, paperFormSigned: false as true }));
    expect(unsigned.code).toBe('invalid-input');
    expect((await failureOf(() => decisions.approve({ registrationId: 999, officerId: 1, paperFormSigned: true }))).code).toBe('not-found');
    now = new Date('2025-03-20T00:00:00Z');
    expect((await failureOf(() => decisions.approve({ registrationId: id, officerId: 1, paperFormSigned: true }))).code).toBe('expired');
    expect(count('SELECT COUNT(*) AS n FROM accounts')).toBe(1);
  });

  it('a form checked at the kiosk waits for its decision past the 10 days: the citizen came', async () => {
    t.db.prepare("UPDATE registrations SET state = 'checked-at-kiosk', checked_at = '2025-03-02T03:00:00Z' WHERE id = ?").run(id);
    now = new Date('2025-03-20T00:00:00Z');
    const outcome = await decisions.approve({ registrationId: id, officerId: 1, paperFormSigned: true });
    expect(outcome.state).toBe('approved');
  });
});

describe('reject', () => {
  it('rejects once with notices by SMS and e-mail; a repeat returns the same outcome; approval is then refused', async () => {
    const outcome = decisions.reject({ registrationId: id, officerId: 2, reasonCode: 'name-mismatch', note: 'Tên trên CCCD khác' });
    expect(outcome).toMatchObject({ state: 'rejected', reasonCode: 'name-mismatch', decidedBy: 'officer:2' });
    expect(outcome.notices.map((n) => n.channel)).toEqual(['sms', 'email']);
    const sms = t.db.prepare('SELECT body, sensitive FROM notification_outbox WHERE idempotency_key = ?').get(`reject:${id}:sms`) as {
      body: string;
      sensitive: number;
    };
    expect(sms.body).toContain('Họ tên trên tờ khai không khớp');
    expect(sms.sensitive).toBe(0);
    const again = decisions.reject({ registrationId: id, officerId: 5, reasonCode: 'other', note: 'x' });
    expect(again).toEqual(outcome);
    expect(count('SELECT COUNT(*) AS n FROM notification_outbox')).toBe(2);
    const audit = readAudit(t.db).filter((e) => e.action === 'registration.rejected');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('CCCD khác');
    const refused = await failureOf(() => decisions.approve({ registrationId: id, officerId: 1, paperFormSigned: true }));
    expect([refused.code, refused.detail]).toEqual(['conflict', { reason: 'already-rejected' }]);
    expect(count('SELECT COUNT(*) AS n FROM accounts')).toBe(0);
  });

  it('validates the reason and refuses to reject an approved registration', async () => {
    expect((await failureOf(() => decisions.reject({ registrationId: id, officerId: 1, reasonCode: 'bogus' as 'other' }))).code).toBe(
      'invalid-input',
    );
    expect((await failureOf(() => decisions.reject({ registrationId: id, officerId: 1, reasonCode: 'other' }))).detail).toEqual({
      field: 'note',
    });
    await decisions.approve({ registrationId: id, officerId: 1, paperFormSigned: true });
    expect((await failureOf(() => decisions.reject({ registrationId: id, officerId: 1, reasonCode: 'duplicate' }))).detail).toEqual({
      reason: 'already-approved',
    });
  });
});
