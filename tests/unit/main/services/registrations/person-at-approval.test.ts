import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqlitePersonRepository } from '../../../../../main/db/repositories/sqlite-person-repository';
import { silentLogger } from '../../../../../main/logging/logger';
import { readAudit, verifyAudit } from '../../../../../main/services/audit/audit-log';
import { failureOf } from '../../../../support/service-test-kit';
import { createRegistrationImporter } from '../../../../../main/services/registrations/import-registrations';
import type { OfficerDecisions } from '../../../../../main/services/registrations/officer-decisions';
import { createTestDecisions, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';

let t: TestDatabase;
let now: Date;
let decisions: OfficerDecisions;

beforeEach(() => {
  t = openTestDatabase();
  now = new Date('2025-03-02T03:00:00Z');
  ({ decisions } = createTestDecisions(t.db, () => now));
});
afterEach(() => t.close());

const file = (overrides: Record<string, unknown>): number => {
  const clock = (): Date => now;
  const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
  createRegistrationImporter({ db: t.db, clock, random, logger: silentLogger }).importLines(importLine(overrides));
  const externalId = String(overrides['externalId']);
  return (t.db.prepare('SELECT id FROM registrations WHERE external_id = ?').get(externalId) as { id: number }).id;
};
const numberOf = (id: number): string | null =>
  (t.db.prepare('SELECT insurance_number FROM registrations WHERE id = ?').get(id) as { insurance_number: string | null }).insurance_number;
const persons = (): number => (t.db.prepare('SELECT COUNT(*) AS n FROM persons').get() as { n: number }).n;

function seedPerson(insuranceNumber: string, idNumber: string): void {
  t.db
    .prepare(
      `INSERT INTO persons (insurance_number, id_number, full_name, name_key, date_of_birth, gender) VALUES (?, ?, 'Nguyễn Thị Lan Anh', 'nguyen thi lan anh', '1990-03-15', 'female')`,
    )
    .run(insuranceNumber, idNumber);
}

describe('the person behind an approved form', () => {
  it('a form without a mã số, for someone the registry does not know: a new mã số, the person enrolled, and the card step finds them', async () => {
    const id = file({ externalId: 'N1', insuranceNumber: undefined });
    expect(numberOf(id)).toBeNull();
    const outcome = await decisions.approve({ registrationId: id, officerId: 4, paperFormSigned: true });
    const assigned = numberOf(id);
    expect(assigned).toMatch(/^[1-9]\d{9}$/);
    const person = createSqlitePersonRepository(t.db).findByInsuranceNumber(assigned!);
    expect(person).toMatchObject({ idNumber: '001190012345', fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1990-03-15', gender: 'female' });
    expect(person?.address).toContain('Phường Ba Đình');
    expect(outcome.accountRef).toBeTruthy();
    const sms = t.db.prepare('SELECT body FROM notification_outbox WHERE idempotency_key = ?').get(`approve:${id}:sms`) as { body: string };
    expect(sms.body).toContain(assigned!);
    expect(readAudit(t.db).map((e) => e.action)).toEqual(expect.arrayContaining(['registration.person-enrolled', 'registration.approved']));
    expect(verifyAudit(t.db).ok).toBe(true);
  });

  it('a form without a mã số for a person the registry knows by CCCD takes that person’s mã số; nobody new is enrolled', async () => {
    seedPerson('0401234567', '001190012345');
    const id = file({ externalId: 'N2', insuranceNumber: undefined });
    await decisions.approve({ registrationId: id, officerId: 4, paperFormSigned: true });
    expect(numberOf(id)).toBe('0401234567');
    expect(persons()).toBe(1);
    expect(readAudit(t.db).map((e) => e.action)).toContain('registration.number-adopted');
  });

  it('a form by old 9-digit CMND is matched to the person holding that CMND', async () => {
    t.db
      .prepare(
        `INSERT INTO persons (insurance_number, id_number, old_id_number, full_name, name_key, date_of_birth, gender) VALUES ('0407654321', '001190099999', '012345678', 'Nguyễn Thị Lan Anh', 'nguyen thi lan anh', '1990-03-15', 'female')`,
      )
      .run();
    const id = file({ externalId: 'N3', insuranceNumber: undefined, idNumber: '012345678' });
    await decisions.approve({ registrationId: id, officerId: 4, paperFormSigned: true });
    expect(numberOf(id)).toBe('0407654321');
  });

  it('a mã số nobody holds is kept and its person enrolled under it', async () => {
    const id = file({ externalId: 'N4', insuranceNumber: '7912345678' });
    await decisions.approve({ registrationId: id, officerId: 4, paperFormSigned: true });
    expect(createSqlitePersonRepository(t.db).findByInsuranceNumber('7912345678')).toMatchObject({ idNumber: '001190012345' });
    expect(persons()).toBe(1);
  });

  it('a form missing what a person record needs is refused with its own reason, and writes nothing', async () => {
    const id = file({ externalId: 'N5', insuranceNumber: undefined });
    t.db.prepare('UPDATE registrations SET date_of_birth = NULL WHERE id = ?').run(id);
    const failure = await failureOf(decisions.approve({ registrationId: id, officerId: 4, paperFormSigned: true }));
    expect(failure).toMatchObject({ code: 'conflict', detail: { reason: 'form-incomplete' } });
    expect(persons()).toBe(0);
    expect((t.db.prepare('SELECT COUNT(*) AS n FROM accounts').get() as { n: number }).n).toBe(0);
  });

  it('an approval that fails (the form expired) enrols nobody', async () => {
    const id = file({ externalId: 'N6', insuranceNumber: undefined });
    now = new Date('2025-03-20T03:00:00Z');
    const failure = await failureOf(decisions.approve({ registrationId: id, officerId: 4, paperFormSigned: true }));
    expect(failure?.code).toBe('expired');
    expect(persons()).toBe(0);
    expect(numberOf(id)).toBeNull();
  });
});
