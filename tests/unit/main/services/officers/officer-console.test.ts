import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiptPlainText, type Receipt } from '../../../../../native/printer/receipt';
import { verifyAudit } from '../../../../../main/services/audit/audit-log';
import { cccdOf, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';
import type { RegistrationsService } from '../../../../../main/services/registrations/registrations-service';
import { failureOf } from '../../../../support/service-test-kit';
import type { OfficerConsole } from '../../../../../main/services/officers/officer-console';
import { createCounterKit, type CounterKit } from '../../../../support/officer-test-kit';

const PW = 'canbo-2025-quay1';
const IDLE = 60_000;
let t: TestDatabase;
let now: Date;
let service: RegistrationsService;
let counter: OfficerConsole;
let printed: { kind: string; receipt: Receipt; idempotencyKey: string }[];
let scanPaperForm: CounterKit['scanPaperForm'];

beforeEach(async () => {
  t = openTestDatabase();
  const { db } = t;
  now = new Date('2025-03-02T03:00:00Z');
  const clock = (): Date => now;
  printed = [];
  const seen = new Map<string, number>();
  const kit = createCounterKit({
    db,
    clock,
    idleTimeoutMs: IDLE,
    printQueue: {
      enqueue: (job) => {
        const id = seen.get(job.idempotencyKey) ?? seen.size + 1;
        if (!seen.has(job.idempotencyKey)) printed.push(job);
        seen.set(job.idempotencyKey, id);
        return { id, kind: job.kind, state: 'queued', attempts: 0, copyNumber: 1, lastError: null };
      },
    },
  });
  ({ service, counter, scanPaperForm } = kit);
  await kit.officers.createOfficer({ username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'officer', password: PW });
});
afterEach(() => t.close());

/** Imports one form, checks it at the kiosk against `card` and prints its ticket for counter 'Quầy 1'. */
function checkedRegistration(line = importLine(), card = cccdOf()): number {
  service.importLines(line);
  const { code } = t.db.prepare('SELECT code FROM registrations ORDER BY id DESC LIMIT 1').get() as { code: string };
  const outcome = service.checkAgainstCccd(code, card);
  service.confirmTicketPrinted(service.reserveTicket(outcome.registrationId, 'Quầy 1').id);
  return outcome.registrationId;
}

const count = (sql: string): number => (t.db.prepare(sql).get() as { n: number }).n;

describe('officer console', () => {
  it('refuses every call before sign-in, and a wrong password with no hint of attempts left (issue #14)', async () => {
    expect((await failureOf(() => counter.queue('c1'))).code).toBe('unauthorized');
    const wrong = await failureOf(() => counter.signIn('c1', { username: 'lan.nguyen', password: 'sai-mat-khau-1', counter: 'Quầy 1' }));
    expect(wrong.code).toBe('unauthorized');
    expect(wrong.detail).toBeUndefined();
  });

  it('binds the session to the client: another client is not signed in, closing the client signs out', async () => {
    const s = await counter.signIn('c1', { username: 'Lan.Nguyen', password: PW, counter: ' Quầy 1 ' });
    expect(s).toMatchObject({ username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', counter: 'Quầy 1', idleTimeoutMs: IDLE });
    expect((await failureOf(() => counter.queue('c2'))).code).toBe('unauthorized');
    counter.clientGone('c1');
    expect((await failureOf(() => counter.queue('c1'))).code).toBe('unauthorized');
    expect(count('SELECT COUNT(*) AS n FROM officer_sessions')).toBe(0);
  });

  it('ends an idle session with expired, and activity keeps it alive', async () => {
    await counter.signIn('c1', { username: 'lan.nguyen', password: PW, counter: 'Quầy 1' });
    now = new Date(now.getTime() + IDLE - 1000);
    expect(counter.queue('c1')).toEqual([]);
    now = new Date(now.getTime() + IDLE - 1000);
    expect(counter.session('c1').username).toBe('lan.nguyen');
    now = new Date(now.getTime() + IDLE - 1000);
    expect(counter.queue('c1', true)).toEqual([]); // a background refresh does not extend the session
    now = new Date(now.getTime() + 2000);
    const idle = await failureOf(() => counter.queue('c1', true));
    expect([idle.code, idle.detail?.reason]).toEqual(['expired', 'session-idle']);
    // A call racing the first answer still hears why, until the next sign-in or sign-out.
    const again = await failureOf(() => counter.queue('c1'));
    expect([again.code, again.detail?.reason]).toEqual(['expired', 'session-idle']);
    counter.signOut('c1');
    expect((await failureOf(() => counter.queue('c1'))).code).toBe('unauthorized');
  });

  it('lists the queue, calls the next ticket of its counter and shows the detail side by side', async () => {
    const id = checkedRegistration(importLine(), cccdOf({ fullName: 'Nguyen Thi Lan Anh' }));
    await counter.signIn('c1', { username: 'lan.nguyen', password: PW, counter: 'Quầy 1' });
    const [entry] = counter.queue('c1');
    expect(entry).toMatchObject({ number: 1, counter: 'Quầy 1', state: 'issued', registrationId: id, checkOverall: 'needs-officer' });
    expect(counter.callNext('c1')).toMatchObject({ registrationId: id, state: 'called' });
    const detail = counter.registration('c1', id);
    expect(detail.check?.overall).toBe('needs-officer');
    expect(detail.ticket).toEqual({ number: 1, counter: 'Quầy 1', state: 'called' });
    const byField = Object.fromEntries(detail.fields.map((f) => [f.field, f]));
    expect(byField.fullName).toMatchObject({ form: 'Nguyễn Thị Lan Anh', kioskResult: 'diacritics-only', card: null });
    expect(byField.dateOfBirth).toMatchObject({ form: '15/03/1990', kioskResult: 'match' });
    expect(byField.address?.form).toBe('Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội');
    // The officer scans the card at the counter: its values appear and are compared with the same rules.
    const scanned = counter.registration('c1', id, {
      idNumber: '001190012346',
      fullName: 'NGUYỄN THỊ LAN ANH',
      dateOfBirth: '1990',
      gender: 'female',
    });
    const compared = Object.fromEntries(scanned.fields.map((f) => [f.field, f]));
    expect(compared.idNumber).toMatchObject({ card: '001190012346', counterResult: 'mismatch' });
    expect(compared.fullName).toMatchObject({ counterResult: 'match' });
    expect(compared.dateOfBirth).toMatchObject({ card: '1990', counterResult: 'match' });
    expect(compared.gender).toMatchObject({ form: 'female', card: 'female', counterResult: 'match' });
    expect(compared.address).toMatchObject({ card: null, counterResult: null });
    const actions = t.db.prepare("SELECT action FROM audit_log WHERE actor LIKE 'officer:%'").all() as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual([
      'officer.signed-in',
      'queue.ticket-called',
      'registration.viewed',
      'registration.viewed',
    ]);
  });

  it('approves once under a double tap: one account, one SMS, one e-mail, one receipt without the password', async () => {
    const id = checkedRegistration();
    await counter.signIn('c1', { username: 'lan.nguyen', password: PW, counter: 'Quầy 1' });
    scanPaperForm('c1', id);
    const [a, b] = await Promise.all([
      counter.approve('c1', { registrationId: id, requestKey: 'tap-12345678' }),
      counter.approve('c1', { registrationId: id, requestKey: 'tap-12345678' }),
    ]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ state: 'approved', notices: { sms: true, email: true }, receiptJobId: 1 });
    const again = await counter.approve('c1', { registrationId: id, requestKey: 'tap-other-key' });
    expect(again.receiptJobId).toBe(1);
    expect(count('SELECT COUNT(*) AS n FROM accounts')).toBe(1);
    expect(count("SELECT COUNT(*) AS n FROM notification_outbox WHERE channel = 'sms'")).toBe(1);
    expect(count("SELECT COUNT(*) AS n FROM notification_outbox WHERE channel = 'email'")).toBe(1);
    expect(printed).toHaveLength(1);
    const text = receiptPlainText(printed[0]?.receipt ?? { title: '', lines: [] });
    expect(text).toContain('0123456789');
    expect(text).toContain('Cài ứng dụng VssID');
    const sms = t.db.prepare("SELECT body FROM notification_outbox WHERE channel = 'sms'").get() as { body: string };
    const password = /Mật khẩu: (\S+)\./.exec(sms.body)?.[1] ?? '';
    expect(password.length).toBeGreaterThan(5);
    expect(text).not.toContain(password);
    expect(verifyAudit(t.db).ok).toBe(true);
  });

  it('rejects with a reason and note, once', async () => {
    const id = checkedRegistration();
    await counter.signIn('c1', { username: 'lan.nguyen', password: PW, counter: 'Quầy 1' });
    const input = { registrationId: id, reasonCode: 'unsigned-form' as const, note: 'Chưa ký trang 2', requestKey: 'tap-abcdefgh' };
    const [a, b] = await Promise.all([counter.reject('c1', input), counter.reject('c1', input)]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ state: 'rejected', reasonCode: 'unsigned-form', notices: { sms: true, email: true } });
    expect(count('SELECT COUNT(*) AS n FROM notification_outbox')).toBe(2);
    expect(counter.queue('c1')).toEqual([]);
    scanPaperForm('c1', id);
    const approve = await failureOf(() => counter.approve('c1', { registrationId: id, requestKey: 'tap-late-approve' }));
    expect(approve.detail?.reason).toBe('already-rejected');
  });
});
