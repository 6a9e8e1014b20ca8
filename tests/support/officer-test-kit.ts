/**
 * The counter as the officer tests need it: registrations over accounts/OTP/outbox, officers with fast test hashing,
 * and the officer console on top, all on the caller's test database and clock. Test-only.
 */
import type { Database } from '../../main/db/open-database';
import type { EventBus } from '../../main/ipc/event-bus';
import { silentLogger } from '../../main/logging/logger';
import { createAccountsService } from '../../main/services/accounts/accounts-service';
import { TEST_PASSWORD_HASHING } from '../../main/services/accounts/password-hasher';
import { createOutbox } from '../../main/services/notifications/outbox';
import { createOtpService } from '../../main/services/otp/otp-service';
import { createRegistrationsService, type RegistrationsService } from '../../main/services/registrations/registrations-service';
import { cryptoRandom } from './service-test-kit';
import { createOfficerConsole, type OfficerConsole, type OfficerConsoleDeps } from '../../main/services/officers/officer-console';
import { createOfficersService, type OfficersService } from '../../main/services/officers/officers-service';

export interface CounterKit {
  readonly service: RegistrationsService;
  readonly officers: OfficersService;
  readonly counter: OfficerConsole;
  /** The counter's reader reads the QR of this registration's printed Form 01, and the officer of `clientId` takes it. */
  scanPaperForm(clientId: string, registrationId: number): void;
}

export function createCounterKit(deps: {
  readonly db: Database;
  readonly clock: () => Date;
  readonly idleTimeoutMs: number;
  readonly printQueue?: OfficerConsoleDeps['printQueue'];
  readonly bus?: EventBus;
}): CounterKit {
  const { db, clock } = deps;
  const random = cryptoRandom;
  const outbox = createOutbox({ db, clock });
  const otp = createOtpService({ db, clock, random, logger: silentLogger, outbox });
  const accounts = createAccountsService({ db, clock, random, logger: silentLogger, otp, hashing: TEST_PASSWORD_HASHING });
  const service = createRegistrationsService({
    db,
    clock,
    random,
    logger: silentLogger,
    accounts,
    outbox,
    ...(deps.bus === undefined ? {} : { bus: deps.bus }),
  });
  const officers = createOfficersService({
    db,
    clock,
    random,
    logger: silentLogger,
    hashing: TEST_PASSWORD_HASHING,
    idleTimeoutMs: deps.idleTimeoutMs,
  });
  // What the counter's reader read last, as the devices service keeps it (only the paper-form QR matters here).
  let lastForm: { code: string; at: number } | null = null;
  const scans: OfficerConsoleDeps['scans'] = {
    lastScan: (kind, maxAgeMs) =>
      (kind === 'registration' && lastForm !== null && clock().getTime() - lastForm.at <= maxAgeMs
        ? { kind: 'registration', registrationCode: lastForm.code }
        : null) as never,
  };
  const counter = createOfficerConsole({
    scans,
    db,
    clock,
    logger: silentLogger,
    officers,
    registrations: service,
    idleTimeoutMs: deps.idleTimeoutMs,
    printQueue: deps.printQueue ?? null,
  });
  const scanPaperForm = (clientId: string, registrationId: number): void => {
    const row = db.prepare('SELECT code FROM registrations WHERE id = ?').get(registrationId) as { code: string };
    lastForm = { code: row.code, at: clock().getTime() };
    counter.scanForm(clientId);
  };
  return { service, officers, counter, scanPaperForm };
}
