/**
 * The notification outbox: business code enqueues a message inside its own SQLite transaction (so "account
 * approved" and "tell the citizen" commit together) and the worker (outbox-worker.ts) delivers it later.
 */
import type { Database } from '../../db/open-database';

export type NotificationChannel = 'sms' | 'email';
export type OutboxState = 'pending' | 'sent' | 'failed';

export interface EnqueueInput {
  readonly channel: NotificationChannel;
  /** Same key → same message: a retried request never produces a second row. */
  readonly idempotencyKey: string;
  /** Phone number (sms) or e-mail address (email). */
  readonly recipient: string;
  /** Required for e-mail, ignored for SMS. */
  readonly subject?: string;
  readonly body: string;
  /** The body carries a secret (OTP, initial password): it is blanked once the message is sent or has failed. */
  readonly sensitive?: boolean;
}

export interface EnqueueResult {
  readonly id: number;
  /** false when a message with this idempotency key already existed (the existing id is returned). */
  readonly created: boolean;
}

export interface OutboxMessage {
  readonly id: number;
  readonly channel: NotificationChannel;
  readonly idempotencyKey: string;
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
  readonly sensitive: boolean;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

export interface Outbox {
  enqueue(input: EnqueueInput): EnqueueResult;
  get(id: number): OutboxMessage | null;
  findByKey(idempotencyKey: string): OutboxMessage | null;
}

export interface OutboxDeps {
  readonly db: Database;
  readonly clock: () => Date;
}

export interface OutboxRow {
  readonly id: number;
  readonly channel: NotificationChannel;
  readonly idempotency_key: string;
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
  readonly sensitive: number;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly next_attempt_at: string;
  readonly last_error: string | null;
  readonly created_at: string;
  readonly sent_at: string | null;
}

export function toOutboxMessage(r: OutboxRow): OutboxMessage {
  return {
    id: r.id,
    channel: r.channel,
    idempotencyKey: r.idempotency_key,
    recipient: r.recipient,
    subject: r.subject,
    body: r.body,
    sensitive: r.sensitive === 1,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

export function createOutbox(deps: OutboxDeps): Outbox {
  const { db, clock } = deps;
  const insert = db.prepare(
    `INSERT INTO notification_outbox (channel, idempotency_key, recipient, subject, body, sensitive, state, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)
     ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  const byKey = db.prepare('SELECT * FROM notification_outbox WHERE idempotency_key = ?');
  const byId = db.prepare('SELECT * FROM notification_outbox WHERE id = ?');

  return {
    enqueue(input) {
      if (input.idempotencyKey.trim() === '') throw new TypeError('enqueue: idempotencyKey is empty');
      if (input.recipient.trim() === '') throw new TypeError('enqueue: recipient is empty');
      if (input.channel === 'email' && (input.subject ?? '').trim() === '') throw new TypeError('enqueue: an e-mail needs a subject');
      const now = clock().toISOString();
      const subject = input.channel === 'email' ? (input.subject ?? '').normalize('NFC') : null;
      const info = insert.run(
        input.channel,
        input.idempotencyKey,
        input.recipient.trim(),
        subject,
        input.body.normalize('NFC'),
        input.sensitive === true ? 1 : 0,
        now,
        now,
      );
      if (info.changes === 1) return { id: Number(info.lastInsertRowid), created: true };
      const existing = byKey.get(input.idempotencyKey) as OutboxRow | undefined;
      if (existing === undefined) throw new Error('enqueue: conflicting row vanished');
      return { id: existing.id, created: false };
    },
    get(id) {
      const row = byId.get(id) as OutboxRow | undefined;
      return row === undefined ? null : toOutboxMessage(row);
    },
    findByKey(key) {
      const row = byKey.get(key) as OutboxRow | undefined;
      return row === undefined ? null : toOutboxMessage(row);
    },
  };
}

export interface ErasedNotifications {
  /** Rows keyed to the erased subject (e.g. a registration's decision notices), deleted whatever their state. */
  readonly deleted: number;
  /** Other delivered or failed rows to the same phone or e-mail: recipient, subject and body blanked, key kept. */
  readonly blanked: number;
}

/**
 * Erases what the outbox holds of a citizen whose data is being erased (registration expiry, issue #14). Call it inside
 * the erasing transaction. Rows keyed to the subject go; other rows sent to the same address lose the address and the
 * text but keep their idempotency key, so a retried request still cannot send twice. A row still pending to that
 * address is left alone: it belongs to a live flow (e.g. an OTP of the person's account) and is blanked once sent.
 */
export function eraseNotificationsOf(
  db: Database,
  target: { readonly keys: readonly string[]; readonly recipients: readonly (string | null)[] },
): ErasedNotifications {
  let deleted = 0;
  const del = db.prepare('DELETE FROM notification_outbox WHERE idempotency_key = ?');
  for (const key of target.keys) deleted += del.run(key).changes;
  let blanked = 0;
  const blank = db.prepare(
    `UPDATE notification_outbox SET recipient = '', subject = CASE WHEN subject IS NULL THEN NULL ELSE '' END, body = ''
     WHERE recipient = ? AND state <> 'pending'`,
  );
  for (const r of target.recipients) {
    const recipient = r?.trim() ?? '';
    if (recipient !== '') blanked += blank.run(recipient).changes;
  }
  return { deleted, blanked };
}
