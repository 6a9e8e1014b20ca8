import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/logging/logger';
import { readAudit, verifyAudit } from '../../../../../main/services/audit/audit-log';
import { createRegistrationExpiry, scheduleRegistrationExpiry } from '../../../../../main/services/registrations/expire-registrations';
import { createRegistrationImporter } from '../../../../../main/services/registrations/import-registrations';
import { createOutbox } from '../../../../../main/services/notifications/outbox';
import { deterministicRandom, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';

let t: TestDatabase;

beforeEach(() => {
  t = openTestDatabase();
  const importer = createRegistrationImporter({
    db: t.db,
    clock: () => new Date('2025-03-20T00:00:00Z'),
    random: deterministicRandom(),
    logger: silentLogger,
  });
  const result = importer.importLines(
    [
      importLine({ externalId: 'old', createdAt: '2025-03-01T00:00:00Z' }),
      importLine({ externalId: 'old-rejected', createdAt: '2025-03-01T00:00:00Z' }),
      importLine({ externalId: 'old-approved', createdAt: '2025-03-01T00:00:00Z' }),
      importLine({ externalId: 'fresh', createdAt: '2025-03-05T00:00:01Z' }),
    ].join('\n'),
  );
  expect(result.errors).toEqual([]);
  t.db.prepare("UPDATE registrations SET state = 'rejected', reject_note = 'x' WHERE external_id = 'old-rejected'").run();
  t.db.prepare("UPDATE registrations SET state = 'approved' WHERE external_id = 'old-approved'").run();
});
afterEach(() => t.close());

const row = (externalId: string): Record<string, unknown> =>
  t.db.prepare('SELECT * FROM registrations WHERE external_id = ?').get(externalId) as Record<string, unknown>;

const PERSONAL = [
  'full_name',
  'insurance_number',
  'id_number',
  'date_of_birth',
  'gender',
  'province_code',
  'ward_code',
  'street',
  'phone',
  'email',
];

describe('expireRegistrations', () => {
  it('expires waiting registrations after exactly 10 days, erasing personal data and auditing without it', () => {
    const expiry = createRegistrationExpiry({ db: t.db, logger: silentLogger });
    expect(expiry.expireRegistrations(new Date('2025-03-10T23:59:59Z'))).toEqual({ expired: 0, erasedRejected: 0 });
    const code = row('old').code;
    expect(expiry.expireRegistrations(new Date('2025-03-11T00:00:00Z'))).toEqual({ expired: 1, erasedRejected: 1 });

    const expired = row('old');
    expect(expired.state).toBe('expired');
    expect(expired.code).toBe(code);
    expect(expired.created_at).toBe('2025-03-01T00:00:00.000Z');
    for (const column of PERSONAL) expect(expired[column], column).toBeNull();

    const rejected = row('old-rejected');
    expect(rejected.state).toBe('rejected');
    for (const column of [...PERSONAL, 'reject_note']) expect(rejected[column], column).toBeNull();

    expect(row('old-approved').full_name).toBe('Nguyễn Thị Lan Anh');
    expect(row('fresh').state).toBe('submitted');

    const audit = readAudit(t.db).filter((e) => e.action === 'registration.expired' || e.action === 'registration.erased');
    expect(audit.map((e) => [e.action, e.subjectRef])).toEqual(
      expect.arrayContaining([
        ['registration.erased', `registration:${String(rejected.id)}`],
        ['registration.expired', `registration:${String(expired.id)}`],
      ]),
    );
    expect(audit).toHaveLength(2);
    const serialized = JSON.stringify(readAudit(t.db));
    expect(serialized).not.toContain('001190012345');
    expect(serialized).not.toContain('Lan Anh');
    expect(verifyAudit(t.db).ok).toBe(true);

    // Second run: nothing left to do, no new audit entries.
    const before = readAudit(t.db).length;
    expect(expiry.expireRegistrations(new Date('2025-03-11T00:00:00Z'))).toEqual({ expired: 0, erasedRejected: 0 });
    expect(readAudit(t.db)).toHaveLength(before);
  });

  it('only forms whose citizen never came expire: a checked one waits for its decision, an expired one leaves the queue', () => {
    const expiry = createRegistrationExpiry({ db: t.db, logger: silentLogger });
    const old = row('old');
    // The citizen came and was checked at the kiosk: a ticket waits at counter 1.
    t.db.prepare("UPDATE registrations SET state = 'checked-at-kiosk', checked_at = '2025-03-02T00:00:00Z' WHERE id = ?").run(old.id);
    t.db
      .prepare(
        "INSERT INTO queue_tickets (day, number, counter, registration_id, check_ref, state, created_at) VALUES ('2025-03-02', 1, '1', ?, 'R1', 'issued', '2025-03-02T00:00:00Z')",
      )
      .run(old.id);
    // Never checked, but a ticket row exists (an interrupted print): it must not stay behind.
    const fresh = row('fresh');
    t.db
      .prepare(
        "INSERT INTO queue_tickets (day, number, counter, registration_id, check_ref, state, created_at) VALUES ('2025-03-06', 1, '1', ?, 'R2', 'pending-print', '2025-03-06T00:00:00Z')",
      )
      .run(fresh.id);
    expect(expiry.expireRegistrations(new Date('2025-04-30T00:00:00Z'))).toEqual({ expired: 1, erasedRejected: 1 });
    expect(row('old').state).toBe('checked-at-kiosk');
    expect(row('old').full_name).toBe('Nguyễn Thị Lan Anh');
    expect(row('fresh').state).toBe('expired');
    const tickets = t.db.prepare('SELECT registration_id, state FROM queue_tickets ORDER BY id').all();
    expect(tickets).toEqual([
      { registration_id: old.id, state: 'issued' },
      { registration_id: fresh.id, state: 'done' },
    ]);
  });

  it('erases the citizen from the notification outbox in the same transaction', () => {
    const rejected = row('old-rejected');
    const outbox = createOutbox({ db: t.db, clock: () => new Date('2025-03-02T00:00:00Z') });
    outbox.enqueue({
      channel: 'sms',
      idempotencyKey: `reject:${String(rejected.id)}:sms`,
      recipient: '0912345678',
      body: 'Hồ sơ bị từ chối',
    });
    outbox.enqueue({
      channel: 'email',
      idempotencyKey: `reject:${String(rejected.id)}:email`,
      recipient: 'lananh@example.com',
      subject: 'Hồ sơ bị từ chối',
      body: 'Kính gửi Nguyễn Thị Lan Anh',
    });
    const earlier = outbox.enqueue({ channel: 'sms', idempotencyKey: 'otp:1', recipient: '0912345678', body: '', sensitive: true });
    t.db.prepare("UPDATE notification_outbox SET state = 'sent' WHERE id = ?").run(earlier.id);
    const live = outbox.enqueue({ channel: 'sms', idempotencyKey: 'otp:2', recipient: '0912345678', body: 'Mã 654321', sensitive: true });

    // A failing audit append rolls the whole expiry back, outbox erasure included.
    t.db.exec("CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END");
    const expiry = createRegistrationExpiry({ db: t.db, logger: silentLogger });
    expect(() => expiry.expireRegistrations(new Date('2025-03-11T00:00:00Z'))).toThrow('audit down');
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM notification_outbox').get()).toEqual({ n: 4 });
    t.db.exec('DROP TRIGGER no_audit');

    expect(expiry.expireRegistrations(new Date('2025-03-11T00:00:00Z'))).toEqual({ expired: 1, erasedRejected: 1 });
    const left = t.db.prepare('SELECT id, recipient, body, state FROM notification_outbox ORDER BY id').all();
    expect(left).toEqual([
      { id: earlier.id, recipient: '', body: '', state: 'sent' },
      { id: live.id, recipient: '0912345678', body: 'Mã 654321', state: 'pending' },
    ]);
  });

  it('the schedule runs once at start (with its other housekeeping, even when that fails) and can be stopped', () => {
    const expiry = createRegistrationExpiry({ db: t.db, logger: silentLogger });
    let housekeeping = 0;
    const stop = scheduleRegistrationExpiry({
      expiry,
      clock: () => new Date('2025-04-01T00:00:00Z'),
      logger: silentLogger,
      alsoEachRun: () => {
        housekeeping++;
        throw new Error('purge failed');
      },
    });
    stop();
    expect(row('fresh').state).toBe('expired');
    expect(housekeeping).toBe(1);
  });
});
