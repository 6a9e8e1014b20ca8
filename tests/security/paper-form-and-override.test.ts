/**
 * Attack: "the paper-signed tick is only a `true` the client sends". Before, `officer:approve` with
 * `paperFormSigned: true` approved a form whose paper copy nobody had seen. Now approval needs the QR of the printed
 * form read by this counter's reader (officer:scanForm); the tick stays as the officer's word that it is signed.
 *
 * And the only way past a block the host raised (the counter's CCCD disagrees with the form, or the form's mã số
 * belongs to someone else) is a supervisor's override with a written reason, checked like a sign-in and recorded in
 * the approval's own audit entry with both officers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudit, verifyAudit } from '../../main/services/audit/audit-log';
import { createCounterKit, type CounterKit } from '../support/officer-test-kit';
import { cccdOf, importLine, openTestDatabase, type TestDatabase } from '../support/registration-test-kit';
import { failureOf } from '../support/service-test-kit';

const PW = 'canbo-2025-quay1';
const SUPERVISOR_PW = 'giamsat-2025-tt';
const REASON = 'Công dân mang CCCD mới cấp lại, đã đối chiếu bản gốc';
let t: TestDatabase;
let kit: CounterKit;
let id: number;
let now: number;

const otherPerson = { idNumber: '079085004321', fullName: 'Trần Văn Đức', dateOfBirth: '1985-07-20', gender: 'male' as const };
const count = (sql: string): number => (t.db.prepare(sql).get() as { n: number }).n;

beforeEach(async () => {
  t = openTestDatabase();
  now = Date.parse('2025-03-02T03:00:00Z');
  kit = createCounterKit({ db: t.db, clock: () => new Date(now), idleTimeoutMs: 60 * 60_000 });
  await kit.officers.createOfficer({ username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'officer', password: PW });
  await kit.officers.createOfficer({ username: 'minh.tran', displayName: 'Trần Văn Minh', role: 'officer', password: PW });
  await kit.officers.createOfficer({ username: 'hoa.le', displayName: 'Lê Thị Hoa', role: 'supervisor', password: SUPERVISOR_PW });
  kit.service.importLines(importLine());
  const { code } = t.db.prepare('SELECT code FROM registrations').get() as { code: string };
  id = kit.service.checkAgainstCccd(code, cccdOf()).registrationId;
  kit.service.confirmTicketPrinted(kit.service.reserveTicket(id, '1').id);
  await kit.counter.signIn('c1', { username: 'lan.nguyen', password: PW, counter: '1' });
  kit.counter.callNext('c1');
});
afterEach(() => t.close());

describe('the signed paper form must be scanned at the counter', () => {
  it('approve with only the tick is refused: no account, audited', async () => {
    const failure = await failureOf(() => kit.counter.approve('c1', { registrationId: id, requestKey: 'tick-only' }));
    expect(failure).toMatchObject({ code: 'conflict', detail: { reason: 'paper-form-not-scanned' } });
    expect(count('SELECT COUNT(*) AS n FROM accounts')).toBe(0);
    expect(readAudit(t.db).filter((e) => e.action === 'registration.approval-blocked')).toHaveLength(1);
    expect(kit.counter.registration('c1', id).paperFormScanned).toBe(false);
  });

  it('after the QR of the paper form is read, the detail says so and approval goes through', async () => {
    kit.scanPaperForm('c1', id);
    expect(kit.counter.registration('c1', id).paperFormScanned).toBe(true);
    await expect(kit.counter.approve('c1', { registrationId: id, requestKey: 'with-paper' })).resolves.toMatchObject({ state: 'approved' });
    expect(readAudit(t.db).map((e) => e.action)).toContain('registration.paper-form-scanned');
  });

  it('a form QR read more than 3 minutes ago does not count, and nothing read at all has its own reason', async () => {
    expect(await failureOf(() => kit.counter.scanForm('c1'))).toMatchObject({ code: 'expired', detail: { reason: 'no-form-scan' } });
    kit.scanPaperForm('c1', id);
    now += 3 * 60_000 + 1;
    expect(await failureOf(() => kit.counter.scanForm('c1'))).toMatchObject({ code: 'expired', detail: { reason: 'no-form-scan' } });
  });

  it('the paper scan is this console’s: another officer’s console still has to scan it', async () => {
    kit.scanPaperForm('c1', id);
    await kit.counter.signIn('c2', { username: 'minh.tran', password: PW, counter: '1' });
    const failure = await failureOf(() => kit.counter.approve('c2', { registrationId: id, requestKey: 'other-console' }));
    expect(failure).toMatchObject({ code: 'conflict', detail: { reason: 'paper-form-not-scanned' } });
  });

  it('scanning the paper form opens it for an officer at another counter (the citizen is standing there)', async () => {
    await kit.counter.signIn('c7', { username: 'minh.tran', password: PW, counter: '7' });
    expect(await failureOf(() => kit.counter.registration('c7', id))).toMatchObject({ code: 'forbidden' });
    kit.scanPaperForm('c7', id);
    expect(kit.counter.registration('c7', id).registrationId).toBe(id);
  });
});

describe('a supervisor override lifts a block, with a reason, audited with both officers', () => {
  const blocked = async (): Promise<void> => {
    kit.counter.registration('c1', id, otherPerson);
    kit.scanPaperForm('c1', id);
    const failure = await failureOf(() => kit.counter.approve('c1', { registrationId: id, requestKey: 'blocked' }));
    expect(failure).toMatchObject({ code: 'conflict', detail: { reason: 'counter-scan-mismatch', overridable: true } });
  };

  it('the supervisor’s username, password and a reason let a counter-mismatch approval through', async () => {
    await blocked();
    const outcome = await kit.counter.approve('c1', {
      registrationId: id,
      requestKey: 'override-1',
      override: { username: 'hoa.le', password: SUPERVISOR_PW, reason: REASON },
    });
    expect(outcome).toMatchObject({ state: 'approved' });
    const approved = readAudit(t.db).find((e) => e.action === 'registration.approved');
    const supervisorId = (t.db.prepare("SELECT id FROM officers WHERE username = 'hoa.le'").get() as { id: number }).id;
    const officerId = (t.db.prepare("SELECT id FROM officers WHERE username = 'lan.nguyen'").get() as { id: number }).id;
    expect(approved).toMatchObject({
      actor: `officer:${officerId}`,
      details: { overriddenBy: `officer:${supervisorId}`, overriddenBlock: 'counter-scan-mismatch', overrideReason: REASON },
    });
    expect(verifyAudit(t.db).ok).toBe(true);
  });

  it('a wrong password, a plain officer, or the officer’s own credentials are one refusal; the officer stays signed in', async () => {
    await blocked();
    for (const override of [
      { username: 'hoa.le', password: 'sai-mat-khau-1', reason: REASON },
      { username: 'minh.tran', password: PW, reason: REASON },
      { username: 'lan.nguyen', password: PW, reason: REASON },
      { username: 'khong.ai', password: PW, reason: REASON },
    ]) {
      const failure = await failureOf(() =>
        kit.counter.approve('c1', { registrationId: id, requestKey: `o-${override.username}`, override }),
      );
      expect(failure).toMatchObject({ code: 'forbidden', detail: { reason: 'override-refused' } });
    }
    expect(count('SELECT COUNT(*) AS n FROM accounts')).toBe(0);
    expect(kit.counter.session('c1').username).toBe('lan.nguyen');
  });

  it('a reason of a few characters is refused', async () => {
    await blocked();
    const failure = await failureOf(() =>
      kit.counter.approve('c1', {
        registrationId: id,
        requestKey: 'short',
        override: { username: 'hoa.le', password: SUPERVISOR_PW, reason: '  ok   .   ' },
      }),
    );
    expect(failure).toMatchObject({ code: 'invalid-input' });
    expect(count('SELECT COUNT(*) AS n FROM accounts')).toBe(0);
  });

  it('no override replaces the paper form', async () => {
    const failure = await failureOf(() =>
      kit.counter.approve('c1', {
        registrationId: id,
        requestKey: 'no-paper',
        override: { username: 'hoa.le', password: SUPERVISOR_PW, reason: REASON },
      }),
    );
    expect(failure).toMatchObject({ code: 'conflict', detail: { reason: 'paper-form-not-scanned' } });
  });

  it('a mã số that belongs to someone else is approved only with an override, and nobody is enrolled under it', async () => {
    t.db
      .prepare(
        "INSERT INTO persons (insurance_number, id_number, full_name, name_key, date_of_birth, gender) VALUES ('0123456789', '079085004321', 'Trần Văn Đức', 'tran van duc', '1985-07-20', 'male')",
      )
      .run();
    kit.scanPaperForm('c1', id);
    const failure = await failureOf(() => kit.counter.approve('c1', { registrationId: id, requestKey: 'not-owner' }));
    expect(failure).toMatchObject({ code: 'conflict', detail: { reason: 'insurance-number-not-owner', overridable: true } });
    await kit.counter.approve('c1', {
      registrationId: id,
      requestKey: 'not-owner-override',
      override: { username: 'hoa.le', password: SUPERVISOR_PW, reason: REASON },
    });
    expect(count('SELECT COUNT(*) AS n FROM persons')).toBe(1);
    expect(readAudit(t.db).find((e) => e.action === 'registration.approved')?.details).toMatchObject({
      overriddenBlock: 'insurance-number-not-owner',
    });
  });
});
