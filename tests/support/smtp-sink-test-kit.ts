/**
 * A real SMTP server on loopback (smtp-server) that keeps what it receives, for unit and e2e tests of the e-mails
 * sent through nodemailer (test-only: production code never imports it). Messages are decoded just enough for
 * assertions: unfolded headers, RFC 2047 subject, base64 / quoted-printable UTF-8 body.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly messageId: string;
}

export interface SmtpSink {
  readonly url: string;
  readonly port: number;
  mails(): readonly ReceivedMail[];
  /** Resolves with the first mail to `to` whose subject matches; polls the received list (delivery is asynchronous). */
  waitFor(to: string, subject: RegExp, timeoutMs?: number): Promise<ReceivedMail>;
  /** Answers the next `count` messages with a transient 451, as a busy relay does. */
  failNext(count: number): void;
  close(): Promise<void>;
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

function parse(raw: string, from: string, to: readonly string[]): ReceivedMail {
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
  return {
    from,
    to,
    subject: decodeWords(headers.get('subject') ?? ''),
    body: body.replace(/\r\n/g, '\n').replace(/\n$/, ''),
    messageId: headers.get('message-id') ?? '',
  };
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let rejectNext = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (rejectNext > 0) {
          rejectNext--;
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          return;
        }
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        received.push(
          parse(
            Buffer.concat(chunks).toString('utf8'),
            from,
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails: () => [...received],
    async waitFor(to, subject, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = received.find((m) => m.to.includes(to) && subject.test(m.subject));
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no e-mail to ${to} matching ${String(subject)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    failNext: (count) => {
      rejectNext = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
