import type { Migration } from './migration';

/**
 * Form 01 registrations, their kiosk checks and the lobby queue tickets.
 *
 * - Personal columns are nullable because expiry (10 days without approval) erases them and keeps only the code,
 *   the dates and the state: the row still proves "a form existed and lapsed" without saying whose it was.
 * - external_id is the portal's id, UNIQUE so a re-import of the same export adds nothing.
 * - registration_checks.outcome holds only which fields matched (field → result), never the scanned values.
 * - queue_tickets: UNIQUE(day, number) makes two kiosks unable to hand out the same number. 'abandoned' marks a
 *   reservation whose print failed ("no print, no ticket"); keeping the row keeps numbers monotonic so a half-printed
 *   slip can never collide with a later ticket.
 */
export const registrationsMigration: Migration = {
  version: 20,
  name: 'registrations',
  up(db) {
    db.exec(`
      CREATE TABLE registrations (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (code LIKE 'F01-%'),
        full_name TEXT,
        insurance_number TEXT CHECK (insurance_number IS NULL OR length(insurance_number) = 10),
        id_number TEXT,
        date_of_birth TEXT,                     -- 'YYYY-MM-DD'
        gender TEXT CHECK (gender IS NULL OR gender IN ('male', 'female')),
        province_code TEXT,
        ward_code TEXT,
        street TEXT,
        phone TEXT,
        email TEXT,
        office_code TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('portal', 'kiosk')),
        created_at TEXT NOT NULL,               -- ISO instant; the 10-day deadline counts from here
        state TEXT NOT NULL CHECK (state IN ('submitted', 'checked-at-kiosk', 'approved', 'rejected', 'expired')),
        checked_at TEXT,
        decided_at TEXT,
        decided_by TEXT,                        -- 'officer:<id>' or 'system'
        reject_reason_code TEXT,
        reject_note TEXT,
        erased_at TEXT,                         -- when personal columns were cleared
        external_id TEXT UNIQUE
      ) STRICT;
      CREATE INDEX registrations_by_state ON registrations (state, created_at);

      CREATE TABLE registration_checks (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registrations (id),
        ref TEXT NOT NULL UNIQUE,               -- printed as the ticket QR; random, not derived from personal data
        at TEXT NOT NULL,
        overall TEXT NOT NULL CHECK (overall IN ('match', 'needs-officer', 'mismatch')),
        outcome TEXT NOT NULL                   -- JSON {field: result}
      ) STRICT;
      CREATE INDEX registration_checks_by_registration ON registration_checks (registration_id, id);

      CREATE TABLE queue_tickets (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,                      -- 'YYYY-MM-DD' in Vietnam time
        number INTEGER NOT NULL CHECK (number > 0),
        counter TEXT NOT NULL,
        registration_id INTEGER NOT NULL REFERENCES registrations (id),
        check_ref TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending-print', 'issued', 'called', 'done', 'abandoned')),
        created_at TEXT NOT NULL,
        called_at TEXT,
        UNIQUE (day, number)
      ) STRICT;
      CREATE INDEX queue_tickets_by_state ON queue_tickets (state, counter, day, number);
    `);
  },
};
