/**
 * The counter officer console, wired for createCore: officers (production argon2 cost), a registrations façade of
 * its own over the shared database, accounts and outbox (it is stateless, so two instances agree; both publish queue
 * changes on the one bus), and the print queue for the citizen's receipt. Kept out of create-core.ts so the
 * composition root stays a list of parts.
 */
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import type { Database } from '../db/open-database';
import type { EventBus } from '../ipc/event-bus';
import { officerHandlers } from '../ipc/handlers/officer-handlers';
import type { Logger } from '../logging/logger';
import type { AccountsService } from '../services/accounts/accounts-service';
import type { PasswordHashPool } from '../services/accounts/password-hash-pool';
import type { Outbox } from '../services/notifications/outbox';
import { createOfficerConsole } from '../services/officers/officer-console';
import { createOfficersService, OFFICER_IDLE_TIMEOUT_MS } from '../services/officers/officers-service';
import type { ScanMemory } from '../services/devices/last-card-scan';
import type { PrintQueue } from '../services/printing/print-queue';
import { createRegistrationsService } from '../services/registrations/registrations-service';

export interface OfficerWiring {
  readonly handlers: ReturnType<typeof officerHandlers>;
  /** The registrations façade of the console (walk-in tickets, pending ratings). */
  readonly registrations: ReturnType<typeof createRegistrationsService>;
  /** Who is signed in at this counter client, for card printing; throws `unauthorized` otherwise. */
  actorOf(clientId: string): string;
  /** The actor for an action on one registration, refused unless it is in this officer's counter queue or opened by them. */
  actorForRegistration(clientId: string, registrationId: number): string;
  onClientGone(clientId: string): void;
  /** Renews this host's counters' calls and returns stale ones now (the timer does it every CALL_SWEEP_MS). */
  sweepCalls(): void;
  close(): void;
}

/** Only e2e tests shorten the idle sign-out (to see it happen), and only with emulated devices. */
/** How often a host renews its counters' calls and returns stale ones (at most; a short return period sweeps faster). */
export const CALL_SWEEP_MS = 30_000;

export function officerIdleTimeoutMs(config: Pick<AppConfig, 'devices'>, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.KIOSK_OFFICER_IDLE_MS);
  return config.devices === 'emulated' && Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : OFFICER_IDLE_TIMEOUT_MS;
}

export function createOfficerWiring(deps: {
  readonly db: Database;
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly accounts: AccountsService;
  readonly outbox: Outbox;
  readonly printQueue: PrintQueue | null;
  /** Calls and decisions made here publish `officer:queueChanged` for every open console. */
  readonly bus: Pick<EventBus, 'emit'>;
  /** This station's reader memory: the console opens a form by the QR of its paper copy. */
  readonly scans: ScanMemory;
  readonly clock?: () => Date;
  /** The host's one argon2 pool, shared with the citizens' sign-in. */
  readonly hashPool?: PasswordHashPool;
}): OfficerWiring {
  const { db, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const idleTimeoutMs = officerIdleTimeoutMs(deps.config);
  const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
  const officers = createOfficersService({
    db,
    clock,
    random,
    logger,
    idleTimeoutMs,
    stationId: deps.config.stationId,
    ...(deps.hashPool ? { hashPool: deps.hashPool } : {}),
  });
  const registrations = createRegistrationsService({
    db,
    clock,
    random,
    logger,
    accounts: deps.accounts,
    outbox: deps.outbox,
    bus: deps.bus,
  });
  const officerConsole = createOfficerConsole({
    db,
    clock,
    logger,
    officers,
    registrations,
    printQueue: deps.config.devices === 'none' ? null : deps.printQueue,
    idleTimeoutMs,
    scans: deps.scans,
    // The counter's citizen-facing screen (?view=rating) asks for the rating of the ticket just closed here.
    onTicketFinished: () => deps.bus.emit('rating:ready', {}),
  });
  // Stuck calls (issue #17): this host renews the calls of the counters its consoles serve, and puts back any call in
  // the office that nobody renewed for the return period, whichever station's console made it.
  const returnMs = deps.config.callReturnSeconds * 1000;
  const sweepCalls = (): void => {
    try {
      registrations.keepCallsAlive(officerConsole.countersServed());
      registrations.returnStaleCalls(returnMs);
    } catch (error) {
      logger.warn('queue.call-sweep-failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
  };
  const callTimer = setInterval(sweepCalls, Math.min(CALL_SWEEP_MS, Math.max(1000, returnMs / 4)));
  callTimer.unref();
  return {
    registrations,
    sweepCalls,
    handlers: officerHandlers(officerConsole, { counter: deps.config.station.counter ?? null }),
    actorOf: (clientId) => officerConsole.actorOf(clientId),
    actorForRegistration: (clientId, registrationId) => officerConsole.actorForRegistration(clientId, registrationId),
    onClientGone: (clientId) => officerConsole.clientGone(clientId),
    close: () => {
      clearInterval(callTimer);
      officerConsole.endAll();
    },
  };
}
