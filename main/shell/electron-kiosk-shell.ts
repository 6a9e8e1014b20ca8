/**
 * Restart and quit for maintenance mode in Electron. Under a service manager (systemd sets INVOCATION_ID; set
 * KIOSK_SUPERVISED=1 for the Windows Shell Launcher) the kiosk exits with EXIT_RESTART_REQUESTED and lets the
 * supervisor start it again: a self-relaunched child would be killed with the old process's service group.
 * The exit is deferred a tick so the maintenance screen still receives its reply.
 */
import type { KioskShell } from '../services/maintenance/kiosk-shell';

/** Exit code meaning "start me again" for the service (docs/service.md). */
export const EXIT_RESTART_REQUESTED = 75;

export interface ElectronAppControl {
  relaunch(): void;
  /** Clean shutdown (closes the core), then exits with this code. */
  exit(code: number): void;
}

export const runsSupervised = (env: NodeJS.ProcessEnv): boolean => !!env.INVOCATION_ID || env.KIOSK_SUPERVISED === '1';

export function createElectronKioskShell(
  app: ElectronAppControl,
  options: { readonly supervised: boolean; readonly defer?: (fn: () => void) => void },
): KioskShell {
  const defer = options.defer ?? ((fn: () => void) => void setTimeout(fn, 100));
  return {
    restart() {
      if (options.supervised) {
        defer(() => app.exit(EXIT_RESTART_REQUESTED));
      } else {
        defer(() => {
          app.relaunch();
          app.exit(0);
        });
      }
      return 'relaunch';
    },
    quit() {
      defer(() => app.exit(0));
      return 'quit';
    },
  };
}
