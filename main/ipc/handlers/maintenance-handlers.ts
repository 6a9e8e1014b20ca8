import type { MaintenanceStatus } from '../../../preload/contract/channels/maintenance';
import type { HandlerMap } from '../dispatcher';
import type { Logger } from '../../logging/logger';
import type { KioskSettingsStore } from '../../services/maintenance/kiosk-settings-store';
import type { KioskShell } from '../../services/maintenance/kiosk-shell';
import type { MaintenanceAccess } from '../../services/maintenance/maintenance-access';

export interface MaintenanceDeps {
  readonly access: MaintenanceAccess;
  readonly settings: KioskSettingsStore;
  readonly shell: KioskShell;
  readonly logger: Logger;
  readonly version: string;
  readonly transport: 'electron' | 'browser-host';
  readonly devices: 'hardware' | 'emulated' | 'none';
  readonly dataStatus: () => MaintenanceStatus['data'];
}

type MaintenanceChannels =
  | 'maintenance:unlock'
  | 'maintenance:status'
  | 'maintenance:saveSettings'
  | 'maintenance:restart'
  | 'maintenance:quit'
  | 'maintenance:exit'
  | 'settings:get';

export function maintenanceHandlers(deps: MaintenanceDeps): Pick<HandlerMap, MaintenanceChannels> {
  const { access, settings, logger } = deps;
  return {
    'maintenance:unlock': ({ pin }, ctx) =>
      access.unlock(ctx.clientId, pin).then((s) => ({ unlocked: true as const, expiresAt: s.expiresAt })),
    'maintenance:status': (_input, ctx) => {
      const session = access.requireSession(ctx.clientId);
      return {
        version: deps.version,
        transport: deps.transport,
        devices: deps.devices,
        settings: settings.get(),
        data: deps.dataStatus(),
        sessionExpiresAt: session.expiresAt,
      };
    },
    'maintenance:saveSettings': (input, ctx) => {
      access.requireSession(ctx.clientId);
      const saved = settings.save(input);
      logger.info('maintenance.settings-saved');
      return saved;
    },
    'maintenance:restart': (_input, ctx) => {
      access.requireSession(ctx.clientId);
      access.end(ctx.clientId);
      const action = deps.shell.restart();
      logger.warn('maintenance.restart', { action });
      return { action };
    },
    'maintenance:quit': (_input, ctx) => {
      access.requireSession(ctx.clientId);
      const action = deps.shell.quit();
      logger.warn('maintenance.quit', { action });
      if (action === 'quit') access.end(ctx.clientId);
      return { action };
    },
    'maintenance:exit': (_input, ctx) => {
      access.end(ctx.clientId);
      return { done: true as const };
    },
    'settings:get': () => settings.get(),
  };
}
