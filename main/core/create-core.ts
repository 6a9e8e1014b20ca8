/**
 * The composition root shared by the Electron main process and the browser host: database,
 * services, handlers, events and HTTP routes. Knows nothing of Electron or of the transport.
 */
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { ensureDemoData } from '../data/seed-database';
import { openDatabase } from '../db/open-database';
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
import type { HttpRoute } from '../host/http-route';
import type { Logger } from '../logging/logger';
import { createAccountWiring } from './account-wiring';
import { createScreenTracker } from './heartbeat';
import { startHeartbeatRecorder } from './heartbeat-recorder';
import { APP_VERSION } from './version';

export interface KioskCore {
  readonly db: Database;
  readonly dispatcher: Dispatcher;
  readonly bus: EventBus;
  readonly routes: readonly HttpRoute[];
  onClientGone(clientId: string): void;
  close(): Promise<void>;
}

export interface CoreOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly transport: 'electron' | 'browser-host';
}

export async function createCore(options: CoreOptions): Promise<KioskCore> {
  const { config, logger } = options;
  const db = openDatabase(join(config.dataDir, 'kiosk.sqlite'));
  const seeded = ensureDemoData(db, { persons: config.demoPersons });
  if (seeded) logger.info('data.demo-seeded', { persons: config.demoPersons });
  const bus = createEventBus();
  const screens = createScreenTracker();
  const heartbeat = startHeartbeatRecorder({ db, screens, devices: () => ({ mode: config.devices }) });
  const startedAt = new Date().toISOString();
  const account = await createAccountWiring({ db, config, logger });
  const devices = createDevicesService({ mode: config.devices, dataDir: config.dataDir, db, bus, logger });

  const handlers: HandlerMap = {
    ...systemHandlers({
      version: APP_VERSION,
      transport: options.transport,
      devices: config.devices,
      defaultLocale: 'vi',
      officeName: 'BHXH',
      reportScreen: (clientId, screen) => screens.report(clientId, screen),
    }),
    ...lookupHandlers({ db, logger }),
    ...account.handlers,
    ...publicHandlers({ db, logger }),
    ...deviceHandlers(devices),
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
          screens: screens.snapshot(),
          lastHeartbeat: heartbeat.latest(),
        },
      }),
    },
    ...devices.routes,
  ];

  return {
    db,
    dispatcher: createDispatcher({ handlers, logger }),
    bus,
    routes,
    onClientGone: (clientId) => {
      screens.forget(clientId);
      account.onClientGone(clientId);
    },
    close: async () => {
      account.close();
      await devices.close();
      heartbeat.stop();
      db.close();
    },
  };
}
