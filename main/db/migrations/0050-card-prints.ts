import type { Migration } from './migration';

/**
 * One row per BHYT card copy put on paper. The copy number counts per card (mã số + issue date): 1 is the first
 * print, 2 and up are reprints. The audit log records the same event without the mã số (see card-printing.ts).
 */
export const cardPrintsMigration: Migration = {
  version: 50,
  name: 'card-prints',
  up(db) {
    db.exec(`
      CREATE TABLE card_prints (
        id INTEGER PRIMARY KEY,
        insurance_number TEXT NOT NULL,
        card_issue_date TEXT NOT NULL,
        copy_number INTEGER NOT NULL CHECK (copy_number >= 1),
        actor TEXT NOT NULL,              -- 'officer:<id>' | 'citizen:<account ref>'
        destination TEXT NOT NULL,        -- 'cups:<queue>' | 'electron:<printer>'
        printed_at TEXT NOT NULL,
        UNIQUE (insurance_number, card_issue_date, copy_number)
      ) STRICT;
    `);
  },
};
