import type { Migration } from './migration';

/**
 * When the counter's console last renewed a call (issue #17, stuck tickets): a called ticket whose console has gone
 * (tab closed, PC off) goes back to waiting once its call has not been renewed for the return period.
 */
export const callRenewalMigration: Migration = {
  version: 92,
  name: 'call-renewal',
  up(db) {
    db.exec(`
      ALTER TABLE queue_tickets ADD COLUMN call_seen_at TEXT;
      UPDATE queue_tickets SET call_seen_at = called_at WHERE state = 'called';
    `);
  },
};
