import type { Migration } from './migration';

/**
 * Services and number series, counters per service, and satisfaction ratings (issue #18).
 *
 * - queue_tickets is rebuilt (SQLite cannot drop NOT NULL): each ticket has a service (A Form 01, B BHYT card,
 *   C advice, D other) and its own series, UNIQUE(day, service, number); only A tickets carry a registration and a
 *   check reference. `counter` is NULL while a ticket waits in its service's line (any counter serving the service
 *   may call it) and holds the counter that called it, or that it was returned to (first in line there). Existing
 *   rows become service A and keep their counter. `done_at` dates the end of service (the report's service time).
 *   `rating_token` is the one-time token a finished ticket's rating consumes; the rating itself is stored apart.
 * - counter_services: which services a counter serves. A counter without rows serves every service (the default).
 * - ticket_ratings: the rating only, with its day, a coarse hour, service, counter, level and reasons. No ticket id,
 *   no registration: a rating cannot be traced back to the citizen who gave it.
 */
export const servicesRatingsMigration: Migration = {
  version: 93,
  name: 'services-ratings',
  up(db) {
    db.exec(`
      CREATE TABLE queue_tickets_v93 (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,                      -- 'YYYY-MM-DD' in Vietnam time
        service TEXT NOT NULL DEFAULT 'A' CHECK (service IN ('A', 'B', 'C', 'D')),  -- a ticket with a form is A
        number INTEGER NOT NULL CHECK (number > 0),
        counter TEXT,                           -- NULL: waiting in the service's line
        registration_id INTEGER REFERENCES registrations (id),
        check_ref TEXT,
        state TEXT NOT NULL CHECK (state IN ('pending-print', 'issued', 'called', 'done', 'abandoned')),
        created_at TEXT NOT NULL,
        called_at TEXT,
        call_seen_at TEXT,
        done_at TEXT,
        rating_token TEXT UNIQUE,
        rating_until TEXT,
        UNIQUE (day, service, number),
        CHECK ((service = 'A') = (registration_id IS NOT NULL)),
        CHECK ((registration_id IS NULL) = (check_ref IS NULL))
      ) STRICT;
      INSERT INTO queue_tickets_v93 (id, day, service, number, counter, registration_id, check_ref, state, created_at, called_at, call_seen_at)
        SELECT id, day, 'A', number, counter, registration_id, check_ref, state, created_at, called_at, call_seen_at FROM queue_tickets;
      DROP TABLE queue_tickets;
      ALTER TABLE queue_tickets_v93 RENAME TO queue_tickets;
      CREATE INDEX queue_tickets_by_state ON queue_tickets (state, service, counter, created_at);
      CREATE INDEX queue_tickets_by_registration ON queue_tickets (registration_id);

      CREATE TABLE counter_services (
        counter TEXT NOT NULL,
        service TEXT NOT NULL CHECK (service IN ('A', 'B', 'C', 'D')),
        PRIMARY KEY (counter, service)
      ) STRICT;

      CREATE TABLE ticket_ratings (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,                      -- Vietnam day of the rating
        hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
        service TEXT NOT NULL CHECK (service IN ('A', 'B', 'C', 'D')),
        counter TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('very-satisfied', 'satisfied', 'neutral', 'dissatisfied')),
        reasons TEXT NOT NULL DEFAULT '[]'      -- JSON array of reason codes from the fixed list
      ) STRICT;
      CREATE INDEX ticket_ratings_by_day ON ticket_ratings (day);
    `);
  },
};
