/**
 * Turns the configured SMTP URL into nodemailer options. Kept apart from the config parser so the URL's password
 * never travels further than the sender, and so the rules (smtps = TLS from the first byte, smtp = STARTTLS when
 * offered, required unless the server is on loopback) live in one place.
 */
import type { SmtpEmailSenderOptions } from '../services/notifications/smtp-email-sender';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function smtpOptionsFromUrl(smtpUrl: string | undefined, from: string): SmtpEmailSenderOptions | null {
  if (smtpUrl === undefined) return null;
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const port = url.port === '' ? (secure ? 465 : 587) : Number(url.port);
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  return {
    host: url.hostname,
    port,
    secure,
    from,
    // Credentials and personal data must not cross a network in clear: only loopback may skip STARTTLS.
    requireTls: !secure && !LOOPBACK.has(url.hostname),
    ...(user === '' ? {} : { auth: { user, pass } }),
  };
}
