import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/open-database';
import { silentLogger } from '../../logging/logger';
import { createDevSmsSink } from './dev-sms-sink';
import { createOutbox } from './outbox';
import { createOutboxWorker } from './outbox-worker';
import { createSmtpEmailSender, messageIdFor, type SmtpEmailSender } from './smtp-email-sender';

interface Received {
  readonly rcpt: readonly string[];
  readonly raw: string;
}

/** Minimal RFC 5322/2047 reading for the assertions: unfolded headers, encoded-word subject, base64 or 8bit body. */
function parseMail(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  let body = raw.slice(split + 4);
  const cte = headers.get('content-transfer-encoding')?.toLowerCase();
  if (cte === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (cte === 'quoted-printable') {
    body = Buffer.from(
      body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  }
  return { headers, body: body.replace(/\r\n$/, '') };
}

function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

let server: SMTPServer;
let port: number;
let received: Received[];
let rejectNext: number;
let sender: SmtpEmailSender;
let db: Database;
let now: Date;

beforeEach(async () => {
  received = [];
  rejectNext = 0;
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (rejectNext > 0) {
          rejectNext--;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        received.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
  sender = createSmtpEmailSender({ host: '127.0.0.1', port, secure: false, from: '"BHXH Kiosk" <kiosk@bhxh.example.vn>' });
  db = openDatabase(':memory:');
  now = new Date('2025-03-01T08:00:00Z');
});

afterEach(async () => {
  sender.close();
  db.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const SUBJECT = 'Thông báo phê duyệt tài khoản VssID – Bảo hiểm xã hội Việt Nam';
const BODY = 'Kính gửi Ông/Bà Nguyễn Văn Đức,\nTài khoản của Ông/Bà đã được kích hoạt. Vui lòng đổi mật khẩu khi đăng nhập lần đầu.';

describe('SMTP e-mail through the outbox (real smtp-server)', () => {
  it('delivers a UTF-8 Vietnamese message with a Message-ID derived from the idempotency key', async () => {
    const outbox = createOutbox({ db, clock: () => now });
    const worker = createOutboxWorker({ db, sms: createDevSmsSink(), email: sender, clock: () => now, logger: silentLogger });
    outbox.enqueue({ channel: 'email', idempotencyKey: 'approval:reg-42', recipient: 'duc@example.vn', subject: SUBJECT, body: BODY });

    expect(await worker.deliverDue()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.rcpt).toEqual(['duc@example.vn']);
    const { headers, body } = parseMail(mail.raw);
    expect(decodeWords(headers.get('subject') ?? '')).toBe(SUBJECT);
    expect(body.replace(/\r\n/g, '\n')).toBe(BODY);
    expect(headers.get('message-id')).toBe(messageIdFor('approval:reg-42', 'kiosk@bhxh.example.vn'));
    expect(headers.get('message-id')).toMatch(/@bhxh\.example\.vn>$/);
  });

  it('retries after a transient 451 and delivers exactly once', async () => {
    rejectNext = 1;
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
    expect(received).toHaveLength(0);
    expect(outbox.get(id)?.lastError).toMatch(/451|Try again/);

    now = new Date(now.getTime() + 1000);
    expect(await worker.deliverDue()).toEqual({ sent: 1, failed: 0, retried: 0 });
    now = new Date(now.getTime() + 3_600_000);
    expect(await worker.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0 });

    expect(received).toHaveLength(1);
    expect(outbox.get(id)?.state).toBe('sent');
    expect(decodeWords(parseMail(received[0]!.raw).headers.get('subject') ?? '')).toBe(SUBJECT);
  });
});
