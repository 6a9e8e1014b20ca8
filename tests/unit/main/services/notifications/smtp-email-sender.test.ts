import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { silentLogger } from '../../../../../main/logging/logger';
import { createDevSmsSink } from '../../../../../main/services/notifications/dev-sms-sink';
import { createOutbox } from '../../../../../main/services/notifications/outbox';
import { createOutboxWorker } from '../../../../../main/services/notifications/outbox-worker';
import { createSmtpEmailSender, messageIdFor, type SmtpEmailSender } from '../../../../../main/services/notifications/smtp-email-sender';
import { startSmtpSink, type SmtpSink } from '../../../../support/smtp-sink-test-kit';

let sink: SmtpSink;
let sender: SmtpEmailSender;
let db: Database;
let now: Date;

beforeEach(async () => {
  sink = await startSmtpSink();
  sender = createSmtpEmailSender({ host: '127.0.0.1', port: sink.port, secure: false, from: '"BHXH Kiosk" <kiosk@bhxh.example.vn>' });
  db = openDatabase(':memory:');
  now = new Date('2025-03-01T08:00:00Z');
});

afterEach(async () => {
  sender.close();
  db.close();
  await sink.close();
});

const SUBJECT = 'Thông báo phê duyệt tài khoản VssID – Bảo hiểm xã hội Việt Nam';
const BODY = 'Kính gửi Ông/Bà Nguyễn Văn Đức,\nTài khoản của Ông/Bà đã được kích hoạt. Vui lòng đổi mật khẩu khi đăng nhập lần đầu.';

describe('SMTP e-mail through the outbox (real smtp-server)', () => {
  it('delivers a UTF-8 Vietnamese message with a Message-ID derived from the idempotency key', async () => {
    const outbox = createOutbox({ db, clock: () => now });
    const worker = createOutboxWorker({ db, sms: createDevSmsSink(), email: sender, clock: () => now, logger: silentLogger });
    outbox.enqueue({ channel: 'email', idempotencyKey: 'approval:reg-42', recipient: 'duc@example.vn', subject: SUBJECT, body: BODY });

    expect(await worker.deliverDue()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(sink.mails()).toHaveLength(1);
    const mail = sink.mails()[0]!;
    expect(mail.to).toEqual(['duc@example.vn']);
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.body).toBe(BODY);
    expect(mail.messageId).toBe(messageIdFor('approval:reg-42', 'kiosk@bhxh.example.vn'));
    expect(mail.messageId).toMatch(/@bhxh\.example\.vn>$/);
  });

  it('retries after a transient 451 and delivers exactly once', async () => {
    sink.failNext(1);
    const outbox = createOutbox({ db, clock: () => now });
    const worker = createOutboxWorker({
      db,
      sms: createDevSmsSink(),
      email: sender,
      clock: () => now,
      logger: silentLogger,
      baseDelayMs: 1000,
    });
    const { id } = outbox.enqueue({
      channel: 'email',
      idempotencyKey: 'rejection:reg-7',
      recipient: 'lan@example.vn',
      subject: SUBJECT,
      body: BODY,
    });

    expect(await worker.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(sink.mails()).toHaveLength(0);
    expect(outbox.get(id)?.lastError).toMatch(/451|Try again/);

    now = new Date(now.getTime() + 1000);
    expect(await worker.deliverDue()).toEqual({ sent: 1, failed: 0, retried: 0 });
    now = new Date(now.getTime() + 3_600_000);
    expect(await worker.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0 });

    expect(sink.mails()).toHaveLength(1);
    expect(outbox.get(id)?.state).toBe('sent');
    expect(sink.mails()[0]?.subject).toBe(SUBJECT);
  });
});
