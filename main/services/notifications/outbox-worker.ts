/**
 * Delivers due outbox messages. Delivery is at-least-once: a row is marked 'sent' only after the adapter resolved,
 * so a crash between the two re-sends it on the next run; adapters get the idempotency key to dedupe (see
 * notification-adapters.ts). Failures back off exponentially (base · 2^(attempt−1), capped) and a message that
 * failed maxAttempts times is marked 'failed' and left for an administrator.
 *
 * Before sending, a batch is claimed by pushing next_attempt_at a lease into the future inside a transaction, so a
 * second worker (another station on a shared database, or an overlapping call) does not pick the same rows.
 */
import type { Database } from '../../db/open-database';
import { truncateWal } from '../../db/truncate-wal';
import type { Logger } from '../../logging/logger';
import type { EmailSender, SmsGateway } from './notification-adapters';
import { toOutboxMessage, type OutboxMessage, type OutboxRow } from './outbox';

export interface OutboxWorkerDeps {
  readonly db: Database;
  readonly sms: SmsGateway;
  readonly email: EmailSender;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly maxAttempts?: number;
  /** Delay after the first failure; doubles each time. Default 30 s. */
  readonly baseDelayMs?: number;
  /** Upper bound for one backoff step. Default 1 h. */
  readonly maxDelayMs?: number;
  /** How long a claimed message is hidden from other workers. Default 5 min. */
  readonly leaseMs?: number;
  /** Messages per deliverDue call. Default 50. */
  readonly batchSize?: number;
}

export interface DeliveryReport {
  readonly sent: number;
  readonly failed: number;
  readonly retried: number;
}

export interface OutboxWorker {
  deliverDue(): Promise<DeliveryReport>;
  /** The delay before attempt n+1 after n failures (exposed for tests and the admin view). */
  backoffMs(failures: number): number;
}

/** Replaces a sensitive body once it no longer needs to be sent. */
const REDACTED_BODY = '[đã xoá sau khi gửi]';

export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const { db, sms, email, clock, logger } = deps;
  const maxAttempts = deps.maxAttempts ?? 8;
  const baseDelayMs = deps.baseDelayMs ?? 30_000;
  const maxDelayMs = deps.maxDelayMs ?? 3_600_000;
  const leaseMs = deps.leaseMs ?? 300_000;
  const batchSize = deps.batchSize ?? 50;

  const selectDue = db.prepare(
    "SELECT * FROM notification_outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
  );
  const lease = db.prepare("UPDATE notification_outbox SET next_attempt_at = ? WHERE id = ? AND state = 'pending'");
  const markSent = db.prepare(
    `UPDATE notification_outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL,
       body = CASE WHEN sensitive = 1 THEN ? ELSE body END WHERE id = ?`,
  );
  const markRetry = db.prepare('UPDATE notification_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?');
  const markFailed = db.prepare(
    `UPDATE notification_outbox SET state = 'failed', attempts = ?, last_error = ?,
       body = CASE WHEN sensitive = 1 THEN ? ELSE body END WHERE id = ?`,
  );

  const backoffMs = (failures: number): number => Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, failures - 1));

  const claim = db.transaction((nowIso: string, leaseUntilIso: string): OutboxMessage[] => {
    const rows = selectDue.all(nowIso, batchSize) as OutboxRow[];
    for (const r of rows) lease.run(leaseUntilIso, r.id);
    return rows.map(toOutboxMessage);
  });

  const send = (m: OutboxMessage): Promise<void> => {
    switch (m.channel) {
      case 'sms':
        return sms.send({ to: m.recipient, body: m.body, idempotencyKey: m.idempotencyKey });
      case 'email':
        return email.send({ to: m.recipient, subject: m.subject ?? '', body: m.body, idempotencyKey: m.idempotencyKey });
    }
  };

  let running: Promise<DeliveryReport> | null = null;

  const run = async (): Promise<DeliveryReport> => {
    const now = clock();
    const batch = claim.immediate(now.toISOString(), new Date(now.getTime() + leaseMs).toISOString());
    let sent = 0;
    let failed = 0;
    let retried = 0;
    let blanked = false;
    for (const m of batch) {
      try {
        await send(m);
        markSent.run(clock().toISOString(), REDACTED_BODY, m.id);
        blanked ||= m.sensitive;
        sent++;
        logger.info('notification.sent', { id: m.id, channel: m.channel, attempt: m.attempts + 1 });
      } catch (error) {
        const attempts = m.attempts + 1;
        // Adapter errors may quote the recipient; keep only the first line and cap it.
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300) ?? 'error';
        if (attempts >= maxAttempts) {
          markFailed.run(attempts, reason, REDACTED_BODY, m.id);
          blanked ||= m.sensitive;
          failed++;
          logger.error('notification.failed', { id: m.id, channel: m.channel, attempts });
        } else {
          const next = new Date(clock().getTime() + backoffMs(attempts)).toISOString();
          markRetry.run(attempts, next, reason, m.id);
          retried++;
          logger.warn('notification.retry', { id: m.id, channel: m.channel, attempts, nextAttemptAt: next });
        }
      }
    }
    // The blanked bodies still sit in older WAL frames until those are overwritten.
    if (blanked) truncateWal(db);
    return { sent, failed, retried };
  };

  return {
    backoffMs,
    deliverDue() {
      // Overlapping calls in one process share the running pass instead of racing the lease.
      if (running) return running;
      running = run().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
