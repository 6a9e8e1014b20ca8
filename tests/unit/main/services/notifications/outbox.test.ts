import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { silentLogger } from '../../../../../main/logging/logger';
import { createDevSmsSink } from '../../../../../main/services/notifications/dev-sms-sink';
import type { EmailMessage, EmailSender } from '../../../../../main/services/notifications/notification-adapters';
import { createOutbox, eraseNotificationsOf } from '../../../../../main/services/notifications/outbox';
import { createOutboxWorker } from '../../../../../main/services/notifications/outbox-worker';

let db: Database;
let now: Date;
const clock = (): Date => now;
const noEmail: EmailSender = { send: () => Promise.reject(new Error('no e-mail in this test')) };

beforeEach(() => {
  db = openDatabase(':memory:');
  now = new Date('2025-03-01T08:00:00Z');
});
afterEach(() => db.close());

const advance = (ms: number): void => {
  now = new Date(now.getTime() + ms);
};

describe('outbox.enqueue', () => {
  it('is idempotent: the same key returns the existing id and adds no row', () => {
    const outbox = createOutbox({ db, clock });
    const a = outbox.enqueue({ channel: 'sms', idempotencyKey: 'k1', recipient: '0912345678', body: 'Xin chào' });
    const b = outbox.enqueue({ channel: 'sms', idempotencyKey: 'k1', recipient: '0912345678', body: 'khác' });
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: a.id, created: false });
    expect((db.prepare('SELECT COUNT(*) AS n FROM notification_outbox').get() as { n: number }).n).toBe(1);
    expect(outbox.get(a.id)?.body).toBe('Xin chào');
  });

  it('refuses an e-mail without a subject', () => {
    const outbox = createOutbox({ db, clock });
    expect(() => outbox.enqueue({ channel: 'email', idempotencyKey: 'e', recipient: 'a@b.vn', body: 'x' })).toThrow(/subject/);
  });

  it('rolls back with the caller transaction', () => {
    const outbox = createOutbox({ db, clock });
    expect(() =>
      db.transaction(() => {
        outbox.enqueue({ channel: 'sms', idempotencyKey: 'rb', recipient: '0912345678', body: 'x' });
        throw new Error('business step failed');
      })(),
    ).toThrow('business step failed');
    expect(outbox.findByKey('rb')).toBeNull();
  });
});

describe('outbox worker', () => {
  it('marks a message sent only after the gateway resolved, and blanks a sensitive body', async () => {
    const outbox = createOutbox({ db, clock });
    let release: () => void = () => {};
    const sms = { send: () => new Promise<void>((r) => (release = r)) };
    const worker = createOutboxWorker({ db, sms, email: noEmail, clock, logger: silentLogger });
    const { id } = outbox.enqueue({ channel: 'sms', idempotencyKey: 'otp:1', recipient: '0912345678', body: 'Mã 123456', sensitive: true });
    const pass = worker.deliverDue();
    await Promise.resolve();
    expect(outbox.get(id)?.state).toBe('pending');
    release();
    expect(await pass).toEqual({ sent: 1, failed: 0, retried: 0 });
    const m = outbox.get(id);
    expect(m?.state).toBe('sent');
    expect(m?.body).not.toContain('123456');
  });

  it('retries with exponential backoff and marks failed after maxAttempts', async () => {
    const outbox = createOutbox({ db, clock });
    const sms = createDevSmsSink({ failNext: 100 });
    const worker = createOutboxWorker({ db, sms, email: noEmail, clock, logger: silentLogger, maxAttempts: 3, baseDelayMs: 1000 });
    const { id } = outbox.enqueue({ channel: 'sms', idempotencyKey: 'k', recipient: '0912345678', body: 'x' });

    expect(await worker.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(outbox.get(id)?.nextAttemptAt).toBe(new Date(now.getTime() + 1000).toISOString());
    // Not due yet: nothing happens.
    expect(await worker.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0 });
    advance(1000);
    expect(await worker.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(outbox.get(id)?.nextAttemptAt).toBe(new Date(now.getTime() + 2000).toISOString());
    advance(2000);
    expect(await worker.deliverDue()).toEqual({ sent: 0, failed: 1, retried: 0 });
    const m = outbox.get(id);
    expect(m?.state).toBe('failed');
    expect(m?.attempts).toBe(3);
    expect(m?.lastError).toMatch(/simulated/);
    advance(3_600_000);
    expect(await worker.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(worker.backoffMs(4)).toBe(8000);
  });

  it('recovers after a transient failure and delivers exactly once', async () => {
    const outbox = createOutbox({ db, clock });
    const sms = createDevSmsSink({ failNext: 1 });
    const worker = createOutboxWorker({ db, sms, email: noEmail, clock, logger: silentLogger, baseDelayMs: 500 });
    outbox.enqueue({ channel: 'sms', idempotencyKey: 'k', recipient: '0912345678', body: 'Bảo hiểm xã hội' });
    await worker.deliverDue();
    advance(500);
    expect(await worker.deliverDue()).toEqual({ sent: 1, failed: 0, retried: 0 });
    advance(60_000);
    await worker.deliverDue();
    expect(sms.messages()).toHaveLength(1);
    expect(sms.lastTo('0912345678')?.body).toBe('Bảo hiểm xã hội');
  });

  it('overlapping deliverDue calls do not send a message twice', async () => {
    const outbox = createOutbox({ db, clock });
    const sent: string[] = [];
    const sms = { send: (m: { idempotencyKey: string }) => (sent.push(m.idempotencyKey), Promise.resolve()) };
    const worker = createOutboxWorker({ db, sms, email: noEmail, clock, logger: silentLogger });
    outbox.enqueue({ channel: 'sms', idempotencyKey: 'a', recipient: '0912345678', body: 'x' });
    outbox.enqueue({ channel: 'sms', idempotencyKey: 'b', recipient: '0912345678', body: 'y' });
    await Promise.all([worker.deliverDue(), worker.deliverDue()]);
    expect(sent).toEqual(['a', 'b']);
  });

  it('a second worker on the same database skips rows leased by the first', async () => {
    const outbox = createOutbox({ db, clock });
    const emails: EmailMessage[] = [];
    let release: () => void = () => {};
    const slow: EmailSender = { send: (m) => (emails.push(m), new Promise<void>((r) => (release = r))) };
    const w1 = createOutboxWorker({ db, sms: createDevSmsSink(), email: slow, clock, logger: silentLogger });
    const w2 = createOutboxWorker({ db, sms: createDevSmsSink(), email: slow, clock, logger: silentLogger });
    outbox.enqueue({ channel: 'email', idempotencyKey: 'e1', recipient: 'a@b.vn', subject: 'Chủ đề', body: 'x' });
    const first = w1.deliverDue();
    expect(await w2.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0 });
    release();
    expect(await first).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(emails).toHaveLength(1);
  });
});

describe('dev SMS sink', () => {
  it('dedupes by idempotency key and notifies subscribers', async () => {
    const sink = createDevSmsSink();
    const seen: string[] = [];
    const off = sink.subscribe((m) => seen.push(m.body));
    await sink.send({ to: '0911111111', body: 'một', idempotencyKey: 'x' });
    await sink.send({ to: '0911111111', body: 'một', idempotencyKey: 'x' });
    off();
    await sink.send({ to: '0922222222', body: 'hai', idempotencyKey: 'y' });
    expect(sink.messages().map((m) => m.body)).toEqual(['một', 'hai']);
    expect(seen).toEqual(['một']);
    expect(sink.lastTo('0911111111')?.body).toBe('một');
    expect(sink.lastTo('0933333333')).toBeNull();
  });
});

describe('eraseNotificationsOf', () => {
  const rows = () =>
    db.prepare('SELECT idempotency_key AS key, recipient, subject, body, state FROM notification_outbox ORDER BY id').all() as {
      key: string;
      recipient: string;
      subject: string | null;
      body: string;
      state: string;
    }[];

  it('deletes the rows keyed to the subject, blanks delivered ones to its address, leaves pending ones and other people', () => {
    const outbox = createOutbox({ db, clock });
    outbox.enqueue({ channel: 'sms', idempotencyKey: 'reject:7:sms', recipient: '0912345678', body: 'Hồ sơ ABC bị từ chối' });
    outbox.enqueue({
      channel: 'email',
      idempotencyKey: 'reject:7:email',
      recipient: 'lan@example.vn',
      subject: 'Từ chối',
      body: 'Kính gửi Lan',
    });
    const sent = outbox.enqueue({
      channel: 'email',
      idempotencyKey: 'other:1',
      recipient: 'lan@example.vn',
      subject: 'Chào',
      body: 'Kính gửi Lan',
    });
    db.prepare("UPDATE notification_outbox SET state = 'sent' WHERE id = ?").run(sent.id);
    outbox.enqueue({ channel: 'sms', idempotencyKey: 'otp:9', recipient: '0912345678', body: 'Mã 123456', sensitive: true });
    outbox.enqueue({ channel: 'sms', idempotencyKey: 'reject:8:sms', recipient: '0987654321', body: 'Người khác' });

    const erased = db.transaction(() =>
      eraseNotificationsOf(db, {
        keys: ['reject:7:sms', 'reject:7:email', 'approve:7:sms'],
        recipients: [' 0912345678 ', 'lan@example.vn', null],
      }),
    )();

    expect(erased).toEqual({ deleted: 2, blanked: 1 });
    expect(rows()).toEqual([
      { key: 'other:1', recipient: '', subject: '', body: '', state: 'sent' },
      { key: 'otp:9', recipient: '0912345678', subject: null, body: 'Mã 123456', state: 'pending' },
      { key: 'reject:8:sms', recipient: '0987654321', subject: null, body: 'Người khác', state: 'pending' },
    ]);
    // The blanked row keeps its key: the same request cannot enqueue it again.
    expect(outbox.enqueue({ channel: 'email', idempotencyKey: 'other:1', recipient: 'x@y.vn', subject: 's', body: 'b' }).created).toBe(
      false,
    );
  });

  it('rolls back with the erasing transaction', () => {
    const outbox = createOutbox({ db, clock });
    outbox.enqueue({ channel: 'sms', idempotencyKey: 'reject:7:sms', recipient: '0912345678', body: 'x' });
    expect(() =>
      db.transaction(() => {
        eraseNotificationsOf(db, { keys: ['reject:7:sms'], recipients: [] });
        throw new Error('boom');
      })(),
    ).toThrow('boom');
    expect(rows()).toHaveLength(1);
  });
});
