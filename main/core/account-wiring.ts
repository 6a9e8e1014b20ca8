/**
 * Sign-in and personal records, wired for createCore: the dev SMS sink (emulated devices only), the notification
 * outbox and its 1-second delivery loop, OTPs, accounts (production argon2 cost), the per-client visit sessions and
 * the demo accounts. Kept out of create-core.ts so the composition root stays a list of parts.
 */
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { ensureDemoAccounts } from '../data/demo-accounts';
import type { Database } from '../db/open-database';
import { createSqlitePersonRepository } from '../db/repositories/sqlite-person-repository';
import { accountHandlers } from '../ipc/handlers/account-handlers';
import type { Logger } from '../logging/logger';
import { createAccountsService } from '../services/accounts/accounts-service';
import type { AccountsService } from '../services/accounts/accounts-service';
import { PRODUCTION_PASSWORD_HASHING } from '../services/accounts/password-hasher';
import { createCitizenVisitService } from '../services/accounts/citizen-visit-service';
import type { CitizenVisitService } from '../services/accounts/citizen-visit-service';
import { createDevSmsSink } from '../services/notifications/dev-sms-sink';
import type { DevSmsSink } from '../services/notifications/dev-sms-sink';
import type { EmailSender, SmsGateway } from '../services/notifications/notification-adapters';
import { createOutbox } from '../services/notifications/outbox';
import type { Outbox } from '../services/notifications/outbox';
import { createOutboxWorker } from '../services/notifications/outbox-worker';
import { createOtpService } from '../services/otp/otp-service';
import { appendAudit } from '../services/audit/audit-log';
import type { ScanMemory } from '../services/devices/last-card-scan';
import type { StationLimiter } from '../services/rate-limit/station-limiter';
import type { PasswordHashPool } from '../services/accounts/password-hash-pool';
import { createSmtpEmailSender } from '../services/notifications/smtp-email-sender';
import { smtpOptionsFromUrl } from '../config/smtp-settings';
import type { OtpService } from '../services/otp/otp-service';
import type { SessionEndReason } from '../../preload/contract/channels/account';

export const OUTBOX_POLL_MS = 1_000;

export interface AccountWiring {
  readonly handlers: ReturnType<typeof accountHandlers>;
  readonly visits: CitizenVisitService;
  /** Shared with the Form 01 wiring (officer approvals create accounts and queue notices in the same outbox). */
  readonly accounts: AccountsService;
  readonly outbox: Outbox;
  readonly otp: OtpService;
  readonly devSms: DevSmsSink | null;
  onClientGone(clientId: string): void;
  close(): void;
}

/** No SMS gateway is configured outside emulated mode yet: messages stay pending in the outbox until one is. */
const notConfigured = (what: string): SmsGateway & EmailSender => ({
  send: () => Promise.reject(new Error(`${what} is not configured`)),
});

export async function createAccountWiring(deps: {
  readonly db: Database;
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly clock?: () => Date;
  /** The kiosk reader's recent scans (CCCD sign-in) and the per-station limiter (issue #14). */
  readonly scans: ScanMemory;
  readonly limiter: StationLimiter;
  /** The host's one argon2 pool, shared with the officers' sign-in. */
  readonly hashPool: PasswordHashPool;
  /** `dev:smsMessages` answers only when true (create-core.ts decides). */
  readonly devChannels: boolean;
  /** The idle period of a signed-in visit (the screens' own timeouts); read on every check. */
  readonly visitIdleMs?: () => number;
  /** The host ended a visit by itself (create-core runs the visit-end hooks and tells the screen). */
  readonly onVisitEnd?: (clientId: string, reason: SessionEndReason) => void;
}): Promise<AccountWiring> {
  const { db, config, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const random = (n: number): Uint8Array => randomBytes(n);
  const emulated = config.devices === 'emulated';
  const devSms = emulated ? createDevSmsSink() : null;
  const outbox = createOutbox({ db, clock });
  const smtp = smtpOptionsFromUrl(config.smtpUrl, config.mailFrom);
  const mailer = smtp === null ? null : createSmtpEmailSender(smtp);
  if (smtp !== null) logger.info('email.smtp-configured', { port: smtp.port, secure: smtp.secure });
  const email = mailer ?? notConfigured('e-mail');
  const worker = createOutboxWorker({ db, sms: devSms ?? notConfigured('SMS gateway'), email, clock, logger });
  // Only e2e tests shorten the OTP lifetime (the "code expired" message), and only with emulated devices.
  const ttlEnv = Number(process.env.KIOSK_OTP_TTL_MS);
  const ttlMs = emulated && Number.isFinite(ttlEnv) && ttlEnv > 0 ? ttlEnv : undefined;
  const otp = createOtpService({ db, clock, random, logger, outbox, ...(ttlMs !== undefined ? { ttlMs } : {}) });
  const accounts = createAccountsService({ db, clock, random, logger, otp, hashing: PRODUCTION_PASSWORD_HASHING, hashPool: deps.hashPool });
  const persons = createSqlitePersonRepository(db);
  const created = await ensureDemoAccounts(db, accounts, clock);
  if (created > 0) logger.info('data.demo-accounts-seeded', { accounts: created });
  const visits = createCitizenVisitService({
    accounts,
    otp,
    persons,
    clock,
    logger,
    ...(deps.visitIdleMs ? { idleMs: deps.visitIdleMs } : {}),
    ...(deps.onVisitEnd ? { onSessionEnd: deps.onVisitEnd } : {}),
    // Who was signed out where is not recorded: the account reference only, as for the other account entries.
    onTakeover: (insuranceNumber) => {
      const accountRef = accounts.accountRefOf(insuranceNumber);
      appendAudit(db, { at: clock(), actor: `citizen:${accountRef}`, action: 'account.signed-in-elsewhere', subjectRef: accountRef });
    },
  });

  // Without SMTP, e-mail rows simply wait: the sender above rejects and the worker backs off.
  const timer = setInterval(() => {
    worker.deliverDue().catch((e: unknown) => logger.error('outbox.loop-failed', { error: e instanceof Error ? e.name : 'unknown' }));
  }, OUTBOX_POLL_MS);
  timer.unref();

  return {
    handlers: accountHandlers({
      visits,
      persons,
      clock,
      devSms: deps.devChannels ? devSms : null,
      scans: deps.scans,
      limiter: deps.limiter,
    }),
    visits,
    accounts,
    outbox,
    otp,
    devSms,
    onClientGone: (clientId) => visits.clientGone(clientId),
    close: () => {
      clearInterval(timer);
      mailer?.close();
      visits.endAll();
    },
  };
}
