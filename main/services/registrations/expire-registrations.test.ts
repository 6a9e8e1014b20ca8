import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../logging/logger';
import { readAudit, verifyAudit } from '../audit/audit-log';
import { createRegistrationExpiry, scheduleRegistrationExpiry } from './expire-registrations';
import { createRegistrationImporter } from './import-registrations';
import { deterministicRandom, importLine, openTestDatabase, type TestDatabase } from './registration-test-kit';

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

  it('the schedule runs once at start and can be stopped', () => {
    const expiry = createRegistrationExpiry({ db: t.db, logger: silentLogger });
    const stop = scheduleRegistrationExpiry({ expiry, clock: () => new Date('2025-04-01T00:00:00Z'), logger: silentLogger });
    stop();
    expect(row('fresh').state).toBe('expired');
  });
});
