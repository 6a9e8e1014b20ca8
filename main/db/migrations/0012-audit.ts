import type { Migration } from './migration';

/**
 * Append-only, hash-chained audit log (services/audit). The triggers stop accidental and casual edits; anyone with
 * write access to the file can drop them, which is why `verifyAudit` recomputes the chain.
 */
export const auditMigration: Migration = {
  version: 12,
  name: 'audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject_ref TEXT,
        details TEXT NOT NULL,      -- canonical JSON (sorted keys), non-personal
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
