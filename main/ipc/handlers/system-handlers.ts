import type { OutputOf } from '../../../preload/contract/channels';
import type { HandlerMap } from '../dispatcher';

export interface SystemDeps {
  readonly version: string;
  readonly transport: 'electron' | 'browser-host';
  readonly devices: 'hardware' | 'emulated' | 'none';
  readonly defaultLocale: 'vi' | 'en';
  readonly officeName: string;
  /** This host's station (`--station`). */
  readonly station: OutputOf<'system:info'>['station'];
  /** Records which screen a client shows (heartbeat). */
  readonly reportScreen: (clientId: string, screen: string) => void;
  /** Configured idle periods in seconds (settings may change them at run time); undefined = renderer defaults. */
  readonly idleTimeouts?: () => OutputOf<'system:info'>['idleTimeouts'];
}

export function systemHandlers(deps: SystemDeps): Pick<HandlerMap, 'system:info' | 'system:ping' | 'system:reportScreen'> {
  return {
    'system:info': () => {
      const idleTimeouts = deps.idleTimeouts?.();
      return {
        version: deps.version,
        transport: deps.transport,
        devices: deps.devices,
        defaultLocale: deps.defaultLocale,
        officeName: deps.officeName,
        station: deps.station,
        ...(idleTimeouts === undefined ? {} : { idleTimeouts }),
      };
    },
    'system:ping': () => ({ at: Date.now() }),
    'system:reportScreen': ({ screen }, ctx) => {
      deps.reportScreen(ctx.clientId, screen);
      return { recorded: true };
    },
  };
}
