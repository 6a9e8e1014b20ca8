import type { Migration } from './migration';

/**
 * The durable print queue. `payload` is a Receipt as JSON (only what is printed; no lookup inputs).
 * `copy_number` counts physical copies that may exist: a job found in 'printing' after a crash is
 * re-printed as a marked reprint (at-least-once, never a silent duplicate).
 */
export const printJobsMigration: Migration = {
  version: 14,
  name: 'print-jobs',
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'printed', 'failed', 'needs-attention')),
        attempts INTEGER NOT NULL DEFAULT 0,
        copy_number INTEGER NOT NULL DEFAULT 1,
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX print_jobs_by_state ON print_jobs (state, id);
    `);
  },
};
