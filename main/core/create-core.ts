/**
 * The composition root shared by the Electron main process and the browser host: database,
 * services, handlers, events and HTTP routes. Knows nothing of Electron or of the transport.
 */
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { seedDemoDataIfEmpty } from '../data/seed-demo-data-if-empty';
import { openDatabase } from '../db/open-database';
import { defaultAuditKeyFile } from '../services/audit/audit-key';
import { attachAuditKey } from '../services/audit/attach-audit-key';
import type { Database } from '../db/open-database';
import { createDispatcher } from '../ipc/dispatcher';
import type { Dispatcher, HandlerMap } from '../ipc/dispatcher';
import { createEventBus } from '../ipc/event-bus';
import type { EventBus } from '../ipc/event-bus';
import { lookupHandlers } from '../ipc/handlers/lookup-handlers';
import { publicHandlers } from '../ipc/handlers/public-handlers';
import { systemHandlers } from '../ipc/handlers/system-handlers';
import { deviceHandlers } from '../ipc/handlers/device-handlers';
import { createDevicesService } from '../services/devices/devices-service';
import type { SpawnDeviceChannel } from '../services/devices/device-supervisor';
import type { HttpRoute } from '../host/http-route';
import type { Logger } from '../logging/logger';
import { createAccountWiring } from './account-wiring';
import { createRegistrationWiring } from './registration-wiring';
import { createStationLimiter } from '../services/rate-limit/station-limiter';
import { scaleStationLimits } from '../services/rate-limit/station-limits';
import { createSqliteRateLimitRepository } from '../db/repositories/sqlite-rate-limit-repository';
import { getOrCreateSecret } from '../services/otp/database-secret';
import { createPasswordHashPool } from '../services/accounts/password-hash-pool';
import type { PasswordHashStats } from '../services/accounts/password-hash-pool';
import { randomBytes } from 'node:crypto';
import { statementHandlers } from '../ipc/handlers/statement-handlers';
import { createSqlitePersonRepository } from '../db/repositories/sqlite-person-repository';
import type { ScanMemory } from '../services/devices/last-card-scan';
import { createOfficerWiring } from './officer-wiring';
import { servicesHandlers } from '../ipc/handlers/services-handlers';
import { createTicketRatings } from '../services/ratings/ticket-ratings';
import { createCardWiring } from './card-wiring';
import { createForm01PrintWiring } from './form01-print-wiring';
import { createMaintenanceWiring } from './maintenance-wiring';
import type { KioskShell } from '../services/maintenance/kiosk-shell';
import type { CardPrinter, PdfPrinter } from '../services/cards/lp-card-printer';
import { createScreenTracker } from './heartbeat';
import { startHeartbeatRecorder } from './heartbeat-recorder';
import { createVisitEndHooks } from './visit-end-hooks';
import type { VisitEndHooks } from './visit-end-hooks';
import { visitHandlers } from '../ipc/handlers/visit-handlers';
import { APP_VERSION } from './version';
import { createReaderHold } from '../services/devices/reader-hold';
import { READER_CHANNELS, requireStationServes } from '../ipc/station-policy';
import { createSqliteStationRepository } from '../db/repositories/sqlite-station-repository';
import { createQueueFingerprint } from '../db/queue-fingerprint';
import { createBoardWiring } from './board-wiring';

export interface KioskCore {
  readonly db: Database;
  readonly dispatcher: Dispatcher;
  readonly bus: EventBus;
  readonly routes: readonly HttpRoute[];
  /** Cleanups run when a citizen's visit on a client ends (e.g. card PDF previews). */
  readonly visitEndHooks: VisitEndHooks;
  /** Ends every citizen visit idle past its timeout (the core also does it every SESSION_SWEEP_MS). */
  sweepSessions(): void;
  /** The shared argon2 pool's counters (password checks performed, refusals), for tests and benches. */
  readonly passwordHashing: { stats(): PasswordHashStats };
  /** A screen connected (browser host): it holds the station's reader if no other screen does. */
  onClientConnected(clientId: string): void;
  onClientGone(clientId: string): void;
  close(): Promise<void>;
}

/** How often a counter station looks for queue changes other stations' hosts made in the shared database. */
export const OTHER_STATIONS_POLL_MS = 1000;

export interface CoreOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly transport: 'electron' | 'browser-host';
  /** Restart/quit for maintenance mode; the browser host's (reload the UI / not supported) when absent. */
  readonly shell?: KioskShell;
  /** The Electron shell's silent card printer; without it the card wiring uses `lp` when a CUPS queue is configured. */
  readonly cardPrinter?: CardPrinter;
  /** The Electron shell's silent A4 printer for Form 01; without it `lp` when a CUPS document queue is configured. */
  readonly documentPrinter?: PdfPrinter;
  /**
   * How the device child starts (main/services/devices/device-spawner.ts): each entry passes its own, so that a
   * built host or the packaged kiosk starts the built device bundle. Absent (tests of the core): the .ts source.
   */
  readonly deviceSpawn?: SpawnDeviceChannel;
  /** The clock of citizen visits (tests drive the idle expiry with it); default the system clock. */
  readonly clock?: () => Date;
}

/** How often the host looks for idle citizen visits, so one ends even when its screen never calls again. */
export const SESSION_SWEEP_MS = 5_000;

/**
 * The host's idle period of a signed-in visit: the longest period of the screens a signed-in citizen sees (records
 * and forms), from --idle-timeout or the kiosk settings, so the host never ends a visit before its screen would.
 * 0 (never) on either means never.
 */
export function visitIdleMs(override: number | undefined, settings: { readonly records: number; readonly forms: number }): number {
  const seconds = override === undefined ? [settings.records, settings.forms] : [override];
  return seconds.includes(0) ? Infinity : Math.max(...seconds) * 1000;
}

export async function createCore(options: CoreOptions): Promise<KioskCore> {
  const { config, logger } = options;
  const db = openDatabase(join(config.dataDir, 'kiosk.sqlite'));
  // Before anything can append to the audit log: entries are keyed from the first start with this code on.
  const auditKey = attachAuditKey(db, config.dataDir, config.auditKeyFile ?? defaultAuditKeyFile(config.dataDir, {}));
  if (auditKey !== 'read') logger.info('audit.key', { outcome: auditKey });
  const seeded = await seedDemoDataIfEmpty(db, { persons: config.demoPersons });
  if (seeded) logger.info('data.demo-seeded', { persons: config.demoPersons });
  const { station } = config;
  // Every host is one station of the office; the stations sharing this data folder are listed in the database.
  createSqliteStationRepository(db).register(
    { id: station.id, role: station.role, counter: station.counter ?? null },
    APP_VERSION,
    new Date(),
  );
  logger.info('station.started', { station: station.id, role: station.role });
  const bus = createEventBus();
  // The reader's scans belong to one screen of this station (issue #14): see main/services/devices/reader-hold.ts.
  const hold = createReaderHold();
  const screens = createScreenTracker();
  const heartbeat = startHeartbeatRecorder({ db, screens, devices: () => ({ mode: config.devices }) });
  const startedAt = new Date().toISOString();
  // Issue #14: lookups, sign-ins and OTPs are limited per station and per account in the database, so a reconnect
  // or a new tab changes nothing. The reader's scans are read lazily: the devices service starts below.
  // Only e2e hosts widen them (one host serves a whole spec file), and only with emulated devices.
  const scale = Number(process.env.KIOSK_RATE_LIMIT_SCALE);
  const wider = config.devices === 'emulated' && Number.isFinite(scale) && scale > 1 ? { limits: scaleStationLimits(scale) } : {};
  const limiter = createStationLimiter({
    ...wider,
    store: createSqliteRateLimitRepository(db),
    stationId: config.stationId,
    secret: () => getOrCreateSecret(db, 'rate-limit', (n) => randomBytes(n)),
    now: () => Date.now(),
  });
  // One cap on argon2 for citizens and officers together, so a flood of sign-ins cannot starve the file reads.
  const hashPool = createPasswordHashPool();
  const scans: ScanMemory = { lastScan: (kind, maxAgeMs) => devices.lastScan(kind, maxAgeMs) };
  // Developer channels: an explicit flag, emulated devices, and never the Electron kiosk (issue #14).
  const devChannels = config.exposeDevChannels && config.devices === 'emulated' && options.transport === 'browser-host';
  const shell = options.shell ? { shell: options.shell } : {};
  const maintenance = await createMaintenanceWiring({ db, config, logger, transport: options.transport, hashPool, ...shell });
  const visitEndHooks = createVisitEndHooks(logger);
  const account = await createAccountWiring({
    db,
    config,
    logger,
    scans,
    limiter,
    hashPool,
    devChannels,
    ...(options.clock ? { clock: options.clock } : {}),
    visitIdleMs: () => visitIdleMs(config.idleTimeoutSeconds, maintenance.idleTimeouts()),
    // The host ended the visit (idle, or the account signed in elsewhere): wipe it as an end of visit would, and tell
    // the screen so it goes home.
    onVisitEnd: (clientId, reason) => {
      void visitEndHooks.run(clientId);
      bus.emit('account:sessionEnded', { reason }, clientId);
    },
  });
  const sweepTimer = setInterval(() => account.visits.sweep(), SESSION_SWEEP_MS);
  sweepTimer.unref();
  // A scanned card must not outlive the visit of the citizen who scanned it. Only the visit of the screen holding the
  // reader owns its scans: another client leaving or ending "its" visit must not wipe the card the kiosk still shows.
  visitEndHooks.register('card-scans', (clientId) => devices.forgetScans(clientId));
  const devices = createDevicesService({
    mode: config.devices,
    dataDir: config.dataDir,
    db,
    bus,
    logger,
    hold,
    stationId: station.id,
    ...(options.deviceSpawn ? { spawn: options.deviceSpawn } : {}),
  });
  const registration = createRegistrationWiring({ db, logger, bus, account, devices, visitEndHooks });
  const officer = createOfficerWiring({
    db,
    config,
    logger,
    accounts: account.accounts,
    outbox: account.outbox,
    printQueue: devices.queue,
    bus,
    scans,
    hashPool,
  });
  const card = createCardWiring({
    db,
    config,
    logger,
    bus,
    visits: account.visits,
    accounts: account.accounts,
    printQueue: devices.queue,
    visitEndHooks,
    officerOf: (clientId) => officer.actorOf(clientId),
    ...(options.cardPrinter ? { cardPrinter: options.cardPrinter } : {}),
  });

  const form01Print = createForm01PrintWiring({
    db,
    config,
    logger,
    kiosk: registration.kiosk,
    printableForm: registration.printableForm,
    officerOf: (clientId, registrationId) => officer.actorForRegistration(clientId, registrationId),
    ...(options.documentPrinter ? { documentPrinter: options.documentPrinter } : {}),
  });

  const board = createBoardWiring({ db, config, bus, logger, officeName: () => maintenance.settings.get().officeName });

  const handlers: HandlerMap = {
    ...systemHandlers({
      version: APP_VERSION,
      transport: options.transport,
      devices: config.devices,
      station: { id: station.id, role: station.role, counter: station.counter ?? null },
      // Getters: maintenance mode may change these while the kiosk runs.
      get defaultLocale() {
        return maintenance.settings.get().defaultLocale;
      },
      get officeName() {
        return maintenance.settings.get().officeName;
      },
      // A screen change is the citizen's activity: it keeps their visit alive on the host.
      reportScreen: (clientId, screen) => {
        screens.report(clientId, screen);
        account.visits.touch(clientId);
      },
      idleTimeouts: () => {
        const s = config.idleTimeoutSeconds;
        return s === undefined ? maintenance.idleTimeouts() : { lookup: s, records: s, forms: s };
      },
    }),
    ...visitHandlers({
      visits: account.visits,
      hooks: visitEndHooks,
      db,
      logger,
      devChannels,
      heldElsewhere: () => ({ scans: [devices.lastScan('cccd', Infinity), devices.lastScan('bhyt', Infinity)] }),
    }),
    ...lookupHandlers({ db, logger, scans, limiter }),
    ...statementHandlers({
      visits: account.visits,
      persons: createSqlitePersonRepository(db),
      queue: devices.queue,
      logger,
      clock: () => new Date(),
    }),
    ...account.handlers,
    ...publicHandlers({ db, logger }),
    ...deviceHandlers(devices, hold),
    ...registration.handlers,
    ...form01Print.handlers,
    ...officer.handlers,
    ...servicesHandlers({
      registrations: officer.registrations,
      ratings: createTicketRatings({ db, clock: () => new Date(), logger }),
      limiter,
      printQueue: devices.queue,
      bus,
      stationCounter: station.counter ?? null,
    }),
    ...card.handlers,
    ...maintenance.handlers,
    ...board.handlers,
  };

  const routes: HttpRoute[] = [
    {
      method: 'GET',
      path: '/health',
      needsToken: false,
      handle: () => ({
        status: 200,
        json: {
          status: 'ok',
          version: APP_VERSION,
          startedAt,
          now: new Date().toISOString(),
          devices: config.devices,
          station: station.id,
          screens: screens.snapshot(),
          lastHeartbeat: heartbeat.latest(),
        },
      }),
    },
    ...devices.routes,
    ...card.routes,
  ];

  // Queue changes made by the other stations' hosts (a kiosk issuing tickets, other counters calling them).
  const queueWatch =
    station.role === 'counter'
      ? (() => {
          const fingerprint = createQueueFingerprint(db);
          fingerprint.changed();
          const timer = setInterval(() => {
            if (fingerprint.changed()) bus.emit('officer:queueChanged', { reason: 'other-station' });
          }, OTHER_STATIONS_POLL_MS);
          timer.unref();
          return timer;
        })()
      : null;

  return {
    db,
    dispatcher: createDispatcher({
      handlers,
      logger,
      guard: (channel, ctx) => {
        requireStationServes(station.role, channel);
        if (READER_CHANNELS.has(channel)) hold.requireHolder(ctx.clientId);
      },
    }),
    bus,
    routes,
    visitEndHooks,
    sweepSessions: () => account.visits.sweep(),
    passwordHashing: { stats: () => hashPool.stats() },
    onClientConnected: (clientId) => hold.connected(clientId),
    onClientGone: (clientId) => {
      // The hooks start synchronously, so the card-scans hook still sees this client as the reader's holder.
      void visitEndHooks.run(clientId);
      // A kiosk page reloading may have connected before its old connection was closed: it claims on this event.
      if (hold.gone(clientId)) bus.emit('devices:readerFree', {});
      screens.forget(clientId);
      maintenance.onClientGone(clientId);
      account.onClientGone(clientId);
      registration.onClientGone(clientId);
      officer.onClientGone(clientId);
    },
    close: async () => {
      clearInterval(sweepTimer);
      if (queueWatch) clearInterval(queueWatch);
      board.close();
      card.close();
      officer.close();
      registration.close();
      account.close();
      await devices.close();
      heartbeat.stop();
      db.close();
    },
  };
}
