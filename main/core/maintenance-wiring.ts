/**
 * Maintenance mode, kiosk settings and renderer error reports, wired for createCore. The PIN comes from
 * KIOSK_MAINTENANCE_PIN (hashed into SQLite at start); with emulated devices and no PIN set, the demo PIN.
 */
import type { AppConfig } from '../config/app-config';
import type { Database } from '../db/open-database';
import { errorReportHandlers } from '../ipc/handlers/error-report-handlers';
import { maintenanceHandlers } from '../ipc/handlers/maintenance-handlers';
import type { Logger } from '../logging/logger';
import type { PasswordHashPool } from '../services/accounts/password-hash-pool';
import { createPasswordHasher, PRODUCTION_PASSWORD_HASHING } from '../services/accounts/password-hasher';
import { createKioskSettingsStore } from '../services/maintenance/kiosk-settings-store';
import type { KioskSettingsStore } from '../services/maintenance/kiosk-settings-store';
import { browserHostShell } from '../services/maintenance/kiosk-shell';
import type { KioskShell } from '../services/maintenance/kiosk-shell';
import { createMaintenanceAccess, DEMO_MAINTENANCE_PIN, PIN_PATTERN } from '../services/maintenance/maintenance-access';
import { APP_VERSION } from './version';

export interface MaintenanceWiring {
  readonly handlers: ReturnType<typeof maintenanceHandlers> & ReturnType<typeof errorReportHandlers>;
  readonly settings: KioskSettingsStore;
  /** The idle periods in the shape system:info answers (seconds). */
  idleTimeouts(): { lookup: number; records: number; forms: number; warning: number };
  onClientGone(clientId: string): void;
}

const count = (db: Database, sql: string): number => (db.prepare(sql).get() as { n: number }).n;

export async function createMaintenanceWiring(deps: {
  readonly db: Database;
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly transport: 'electron' | 'browser-host';
  readonly shell?: KioskShell;
  readonly env?: NodeJS.ProcessEnv;
  /** The host's one argon2 pool (issue #14): PIN checks share the cap with the sign-ins. */
  readonly hashPool?: PasswordHashPool;
}): Promise<MaintenanceWiring> {
  const { db, config, logger } = deps;
  const env = deps.env ?? process.env;
  const settings = createKioskSettingsStore(db);
  const access = createMaintenanceAccess({ db, hasher: createPasswordHasher(PRODUCTION_PASSWORD_HASHING, deps.hashPool), logger });

  const configured = env.KIOSK_MAINTENANCE_PIN ?? (config.devices === 'emulated' ? DEMO_MAINTENANCE_PIN : undefined);
  if (configured !== undefined) {
    if (PIN_PATTERN.test(configured)) {
      // Not awaited: an argon2 check of the stored PIN (and a hash when it changed) is ~50 ms of every start-up.
      // Unlock attempts queue behind it (maintenance-access serialises both), so none sees the old PIN.
      void access.configurePin(configured).then(
        (outcome) => logger.info('maintenance.pin-configured', { outcome }),
        (error: unknown) => logger.error('maintenance.pin-configure-failed', { error: error instanceof Error ? error.name : 'unknown' }),
      );
    } else {
      logger.error('maintenance.pin-invalid', { rule: '4-8 digits' });
    }
  }

  const dataStatus = () => {
    const last = db.prepare(`SELECT MAX(created_at) AS at FROM registrations WHERE source = 'portal'`).get() as { at: string | null };
    const beat = db.prepare('SELECT MAX(at) AS at FROM heartbeats').get() as { at: string | null };
    return {
      persons: count(db, 'SELECT COUNT(*) AS n FROM persons'),
      accounts: count(db, 'SELECT COUNT(*) AS n FROM accounts'),
      portalRegistrations: count(db, `SELECT COUNT(*) AS n FROM registrations WHERE source = 'portal'`),
      lastPortalRegistrationAt: last.at,
      lastHeartbeatAt: beat.at,
    };
  };

  return {
    handlers: {
      ...maintenanceHandlers({
        access,
        settings,
        shell: deps.shell ?? browserHostShell,
        logger,
        version: APP_VERSION,
        transport: deps.transport,
        devices: config.devices,
        dataStatus,
      }),
      ...errorReportHandlers({ logger }),
    },
    settings,
    idleTimeouts: () => {
      const idle = settings.get().idle;
      return { lookup: idle.lookupSeconds, records: idle.recordsSeconds, forms: idle.formsSeconds, warning: idle.warningSeconds };
    },
    onClientGone: (clientId) => access.end(clientId),
  };
}
