/**
 * The 10-day rule: a Form 01 whose citizen never came (never checked at a kiosk or counter) within 10 days of
 * submission lapses and its personal data is erased. A form that was checked waits for the officer's decision however
 * long the queue takes: the citizen did come.
 *
 * Never-checked registrations ('submitted', checked_at NULL) become 'expired'. Rejected ones keep their state (the
 * decision is part of the record) but lose their personal data on the same deadline. Code, dates and state stay so
 * a citizen arriving with a lapsed form gets "expired", not "unknown". Each erasure is audited by registration id
 * only. Any ticket of an expired registration leaves the queue (state 'done'), so no blank row stays at the counter.
 * The same transaction erases the citizen from the notification outbox (issue #14): the registration's decision
 * notices are deleted, and other delivered or failed messages to its phone or e-mail are blanked
 * (eraseNotificationsOf in outbox.ts).
 */
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { appendAudit } from '../audit/audit-log';
import { eraseNotificationsOf } from '../notifications/outbox';
import { decisionNoticeKeys } from './officer-decisions';
import { REGISTRATION_VALIDITY_MS, registrationRef, type RegistrationState } from './registration-types';

export interface ExpiryResult {
  readonly expired: number;
  /** Rejected registrations whose personal data was erased. */
  readonly erasedRejected: number;
}

export interface ExpiryDeps {
  readonly db: Database;
  readonly logger: Logger;
}

export interface RegistrationExpiry {
  expireRegistrations(now: Date): ExpiryResult;
}

const ERASE = `full_name = NULL, insurance_number = NULL, id_number = NULL, date_of_birth = NULL, gender = NULL,
  province_code = NULL, ward_code = NULL, street = NULL, phone = NULL, email = NULL, reject_note = NULL`;

export function createRegistrationExpiry(deps: ExpiryDeps): RegistrationExpiry {
  const { db, logger } = deps;
  const due = db.prepare(
    `SELECT id, state, phone, email FROM registrations
     WHERE erased_at IS NULL AND created_at <= ?
       AND ((state = 'submitted' AND checked_at IS NULL) OR state = 'rejected')`,
  );
  const expire = db.prepare(
    `UPDATE registrations SET state = 'expired', decided_at = ?, decided_by = 'system', erased_at = ?, ${ERASE} WHERE id = ?`,
  );
  const eraseOnly = db.prepare(`UPDATE registrations SET erased_at = ?, ${ERASE} WHERE id = ?`);
  const closeTickets = db.prepare(
    "UPDATE queue_tickets SET state = 'done' WHERE registration_id = ? AND state IN ('pending-print', 'issued', 'called')",
  );

  const run = db.transaction((now: Date): ExpiryResult => {
    // created_at is stored as a UTC ISO string (toISOString), so string order is time order.
    const cutoff = new Date(now.getTime() - REGISTRATION_VALIDITY_MS).toISOString();
    const at = now.toISOString();
    let expired = 0;
    let erasedRejected = 0;
    for (const row of due.all(cutoff) as { id: number; state: RegistrationState; phone: string | null; email: string | null }[]) {
      // Before the row loses its phone and e-mail: they find the outbox rows to blank.
      eraseNotificationsOf(db, { keys: decisionNoticeKeys(row.id), recipients: [row.phone, row.email] });
      if (row.state === 'rejected') {
        eraseOnly.run(at, row.id);
        erasedRejected++;
        appendAudit(db, {
          at: now,
          actor: 'system',
          action: 'registration.erased',
          subjectRef: registrationRef(row.id),
          details: { state: 'rejected' },
        });
      } else {
        expire.run(at, at, row.id);
        closeTickets.run(row.id);
        expired++;
        appendAudit(db, {
          at: now,
          actor: 'system',
          action: 'registration.expired',
          subjectRef: registrationRef(row.id),
          details: { previousState: row.state },
        });
      }
    }
    return { expired, erasedRejected };
  });

  return {
    expireRegistrations(now) {
      const result = run.immediate(now);
      if (result.expired + result.erasedRejected > 0) logger.info('registrations.expired', { ...result });
      return result;
    },
  };
}

export interface ExpiryScheduleOptions {
  readonly expiry: RegistrationExpiry;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly intervalMs?: number;
  /** Other erasure on the same timer (spent OTPs: otp-service.ts purgeSpent); a failure is logged like the expiry's. */
  readonly alsoEachRun?: () => void;
}

/** For the host: runs the expiry now and then hourly; returns a stop function. Errors are logged, never thrown. */
export function scheduleRegistrationExpiry(options: ExpiryScheduleOptions): () => void {
  const tick = (): void => {
    try {
      options.expiry.expireRegistrations(options.clock());
    } catch (error) {
      options.logger.error('registrations.expiry-failed', { error: error instanceof Error ? error.message : String(error) });
    }
    try {
      options.alsoEachRun?.();
    } catch (error) {
      options.logger.error('housekeeping.failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
