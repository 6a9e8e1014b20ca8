/**
 * E-mail through SMTP (nodemailer). UTF-8 subject and body, so Vietnamese diacritics survive; the Message-ID is
 * derived from the outbox idempotency key, so a message re-sent after a crash carries the same Message-ID and
 * mail systems (and people) can recognise the duplicate.
 */
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { EmailSender } from './notification-adapters';

export interface SmtpEmailSenderOptions {
  readonly host: string;
  readonly port: number;
  /** true = TLS from the first byte (port 465); false = plain, upgraded with STARTTLS when offered. */
  readonly secure: boolean;
  /** Sender, e.g. '"BHXH Kiosk" <kiosk@bhxh.example.vn>'. */
  readonly from: string;
  readonly auth?: { readonly user: string; readonly pass: string };
  /** Refuse to send without STARTTLS (recommended on any network that is not loopback). */
  readonly requireTls?: boolean;
  readonly connectionTimeoutMs?: number;
}

export interface SmtpEmailSender extends EmailSender {
  close(): void;
}

export function messageIdFor(idempotencyKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'bhxh-kiosk.invalid';
  const digest = createHash('sha256').update(idempotencyKey, 'utf8').digest('hex').slice(0, 32);
  return `<${digest}@${domain}>`;
}

export function createSmtpEmailSender(options: SmtpEmailSenderOptions): SmtpEmailSender {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    requireTLS: options.requireTls ?? false,
    connectionTimeout: options.connectionTimeoutMs ?? 15_000,
    ...(options.auth === undefined ? {} : { auth: { user: options.auth.user, pass: options.auth.pass } }),
  });
  return {
    async send(message) {
      await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject.normalize('NFC'),
        text: message.body.normalize('NFC'),
        textEncoding: 'base64',
        messageId: messageIdFor(message.idempotencyKey, options.from),
        headers: { 'X-Idempotency-Key': createHash('sha256').update(message.idempotencyKey, 'utf8').digest('hex') },
      });
    },
    close() {
      transport.close();
    },
  };
}
