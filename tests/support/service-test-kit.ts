/**
 * Set-up shared by the service tests: a real SQLite file in a temp folder, the SMS/OTP stack over the outbox, and
 * the one way to catch the KioskFailure a call should throw. Test-only: production code never imports it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskFailure } from '../../preload/contract/result';
import { openDatabase, type Database } from '../../main/db/open-database';
import { silentLogger } from '../../main/logging/logger';
import { createAccountsService, type AccountsService } from '../../main/services/accounts/accounts-service';
import { TEST_PASSWORD_HASHING } from '../../main/services/accounts/password-hasher';
import { createDevSmsSink, type DevSmsSink } from '../../main/services/notifications/dev-sms-sink';
import { createOutbox, type Outbox } from '../../main/services/notifications/outbox';
import { createOutboxWorker, type OutboxWorker } from '../../main/services/notifications/outbox-worker';
import { createOtpService, type OtpService } from '../../main/services/otp/otp-service';

/** The KioskFailure that `run` (a promise, or a function that may throw or reject) ends with; anything else fails. */
export async function failureOf(run: Promise<unknown> | (() => unknown)): Promise<KioskFailure> {
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (e) {
    if (e instanceof KioskFailure) return e;
    throw e;
  }
  throw new Error('expected a KioskFailure');
}

export interface TempDatabase {
  readonly db: Database;
  readonly dir: string;
  readonly file: string;
  /** Closes the database if still open and removes the folder. */
  close(): void;
}

/** A migrated database in a file (not :memory:), for tests that look at what reaches the disk. */
export function openTempDatabase(prefix = 'kiosk-test-'): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'kiosk.sqlite');
  const db = openDatabase(file);
  return {
    db,
    dir,
    file,
    close() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const cryptoRandom = (n: number): Uint8Array => new Uint8Array(randomBytes(n));

export interface SmsOtpStack {
  readonly sink: DevSmsSink;
  readonly outbox: Outbox;
  readonly worker: OutboxWorker;
  readonly otp: OtpService;
}

/** OTPs queued in the outbox and delivered by the worker to the dev SMS sink; e-mail is accepted and dropped. */
export function createSmsOtpStack(deps: { db: Database; clock: () => Date; random?: (n: number) => Uint8Array }): SmsOtpStack {
  const { db, clock } = deps;
  const sink = createDevSmsSink();
  const outbox = createOutbox({ db, clock });
  const worker = createOutboxWorker({ db, sms: sink, email: { send: () => Promise.resolve() }, clock, logger: silentLogger });
  const otp = createOtpService({ db, clock, random: deps.random ?? cryptoRandom, logger: silentLogger, outbox });
  return { sink, outbox, worker, otp };
}

/** Citizen accounts (fast test hashing) over the SMS/OTP stack; `phoneOf` stands in for the person register. */
export function createSmsAccountsStack(deps: {
  db: Database;
  clock: () => Date;
  random?: (n: number) => Uint8Array;
  phoneOf: (insuranceNumber: string) => string | null;
}): SmsOtpStack & { readonly accounts: AccountsService } {
  const { db, clock, phoneOf } = deps;
  const random = deps.random ?? cryptoRandom;
  const stack = createSmsOtpStack({ db, clock, random });
  const accounts = createAccountsService({
    db,
    clock,
    random,
    logger: silentLogger,
    otp: stack.otp,
    hashing: TEST_PASSWORD_HASHING,
    phoneOf,
  });
  return { ...stack, accounts };
}
