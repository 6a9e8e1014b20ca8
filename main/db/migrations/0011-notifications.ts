import type { Migration } from './migration';

/**
 * The durable notification outbox: a row is written in the same transaction as the business change that causes it
 * (account approved, OTP issued), and a worker delivers it later with retries. idempotency_key is what makes a
 * retried request produce one message, and it is handed to the SMS/e-mail adapters so they can dedupe too.
 */
export const notificationsMigration: Migration = {
  version: 11,
  name: 'notifications',
  up(db) {
    db.exec(`
      CREATE TABLE notification_outbox (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
        idempotency_key TEXT NOT NULL UNIQUE,
        recipient TEXT NOT NULL,
        subject TEXT,
        body TEXT NOT NULL,
        sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),  -- body is blanked once delivered or failed
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT
      ) STRICT;
      CREATE INDEX notification_outbox_due ON notification_outbox (state, next_attempt_at);
    `);
  },
};
