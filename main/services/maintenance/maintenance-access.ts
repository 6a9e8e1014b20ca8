/**
 * Who may enter maintenance mode: a PIN checked here on the main side (argon2id hash in maintenance_access,
 * never in the renderer), 5 wrong PINs lock the kiosk's maintenance entry for 15 minutes (kept in SQLite, so a
 * restart does not reset the count), and an unlocked client holds a maintenance session that ends after a few
 * idle minutes, on exit, or when the client goes away.
 */
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import type { PasswordHasher } from '../accounts/password-hasher';

export const MAINTENANCE_MAX_ATTEMPTS = 5;
export const MAINTENANCE_LOCKOUT_MS = 15 * 60_000;
export const MAINTENANCE_SESSION_IDLE_MS = 5 * 60_000;
/** Only with emulated devices and no KIOSK_MAINTENANCE_PIN: the demo and e2e PIN (docs/service.md). */
export const DEMO_MAINTENANCE_PIN = '246810';
export const PIN_PATTERN = /^\d{4,8}$/;

export interface MaintenanceAccess {
  /** At start-up: store the hash of `pin` unless the stored hash already matches it. */
  configurePin(pin: string): Promise<'stored' | 'unchanged'>;
  unlock(clientId: string, pin: string): Promise<{ readonly expiresAt: string }>;
  /** Throws unauthorized unless the client holds a live maintenance session; extends it. */
  requireSession(clientId: string): { readonly expiresAt: string };
  end(clientId: string): void;
}

interface AccessRow {
  readonly pin_hash: string | null;
  readonly failed_attempts: number;
  readonly locked_until: string | null;
}

export function createMaintenanceAccess(deps: {
  readonly db: Database;
  readonly hasher: PasswordHasher;
  readonly logger: Logger;
  readonly clock?: () => Date;
  readonly sessionIdleMs?: number;
}): MaintenanceAccess {
  const { db, hasher, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const idleMs = deps.sessionIdleMs ?? MAINTENANCE_SESSION_IDLE_MS;
  const sessions = new Map<string, number>();
  db.prepare(`INSERT OR IGNORE INTO maintenance_access (id, failed_attempts, updated_at) VALUES (1, 0, ?)`).run(clock().toISOString());
  const readRow = (): AccessRow =>
    db.prepare('SELECT pin_hash, failed_attempts, locked_until FROM maintenance_access WHERE id = 1').get() as AccessRow;
  const setCounters = db.prepare<[number, string | null, string]>(
    'UPDATE maintenance_access SET failed_attempts = ?, locked_until = ?, updated_at = ? WHERE id = 1',
  );
  // One PIN check at a time: parallel guesses must not slip past the attempt counter.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  const startSession = (clientId: string): { expiresAt: string } => {
    const expires = clock().getTime() + idleMs;
    sessions.set(clientId, expires);
    return { expiresAt: new Date(expires).toISOString() };
  };

  return {
    configurePin(pin) {
      if (!PIN_PATTERN.test(pin)) return Promise.reject(new Error('the maintenance PIN must be 4 to 8 digits'));
      // In the same queue as unlock: an unlock sent while the start-up's PIN is being stored checks the new one.
      return serial(async () => {
        const row = readRow();
        if (row.pin_hash !== null && (await hasher.verify(row.pin_hash, pin))) return 'unchanged';
        const hash = await hasher.hash(pin);
        db.prepare('UPDATE maintenance_access SET pin_hash = ?, updated_at = ? WHERE id = 1').run(hash, clock().toISOString());
        return 'stored';
      });
    },

    unlock: (clientId, pin) =>
      serial(async () => {
        const now = clock();
        let row = readRow();
        if (row.pin_hash === null) throw new KioskFailure('forbidden', 'no maintenance PIN is configured on this kiosk');
        if (row.locked_until !== null) {
          const left = Date.parse(row.locked_until) - now.getTime();
          if (left > 0) {
            throw new KioskFailure('locked-out', 'maintenance entry is locked after too many wrong PINs', {
              retryAfterSeconds: Math.ceil(left / 1000),
            });
          }
          // The lock ran out: a fresh set of attempts.
          setCounters.run(0, null, now.toISOString());
          row = { ...row, failed_attempts: 0, locked_until: null };
        }
        if (await hasher.verify(row.pin_hash ?? '', pin)) {
          setCounters.run(0, null, now.toISOString());
          logger.info('maintenance.unlocked');
          return startSession(clientId);
        }
        const failures = row.failed_attempts + 1;
        if (failures >= MAINTENANCE_MAX_ATTEMPTS) {
          const until = new Date(now.getTime() + MAINTENANCE_LOCKOUT_MS);
          setCounters.run(failures, until.toISOString(), now.toISOString());
          logger.warn('maintenance.locked-out', { attempts: failures });
          throw new KioskFailure('locked-out', 'maintenance entry is locked after too many wrong PINs', {
            retryAfterSeconds: Math.ceil(MAINTENANCE_LOCKOUT_MS / 1000),
          });
        }
        setCounters.run(failures, null, now.toISOString());
        logger.info('maintenance.wrong-pin', { attempts: failures });
        throw new KioskFailure('unauthorized', 'wrong maintenance PIN', { remainingAttempts: MAINTENANCE_MAX_ATTEMPTS - failures });
      }),

    requireSession(clientId) {
      const expires = sessions.get(clientId);
      if (expires === undefined || expires <= clock().getTime()) {
        sessions.delete(clientId);
        throw new KioskFailure('unauthorized', 'maintenance session required');
      }
      return startSession(clientId);
    },

    end(clientId) {
      sessions.delete(clientId);
    },
  };
}
