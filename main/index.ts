/**
 * Electron entry: app lifecycle only. Everything that needs a decision lives in main/shell/**
 * (window, security, protocol, IPC) or in the transport-neutral core (main/core). Built by
 * electron-vite to out/main/index.js (ESM); the preload and renderer sit next to it in out/.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, Menu, powerSaveBlocker, protocol, session, utilityProcess } from 'electron';
import type { BrowserWindow } from 'electron';
import { parseAppConfig } from './config/app-config';
import { createCore } from './core/create-core';
import { createLogger } from './logging/logger';
import { deviceProcessEntry, deviceSpawner } from './services/devices/device-spawner';
import { APP_HOME_URL, APP_SCHEME_PRIVILEGES, serveAppProtocol } from './shell/app-protocol';
import { pickKioskArgs } from './shell/electron-args';
import { electronClientId, forwardBusEvents, registerKioskIpc } from './shell/ipc-electron';
import { createElectronKioskShell, runsSupervised } from './shell/electron-kiosk-shell';
import { createCardPrintWindow, createKioskWindow, devToolsEnabled } from './shell/kiosk-window';
import { createPrintJobs } from './shell/print-jobs';
import { electronPdfPrinter } from './shell/print-pdf';
import { hardenSession, hardenWebContents } from './shell/security';

const here = dirname(fileURLToPath(import.meta.url));
const RENDERER_ROOT = join(here, '..', 'renderer');
const PRELOAD_PATH = join(here, '..', 'preload', 'index.cjs');

async function boot(): Promise<void> {
  const parsed = parseAppConfig(pickKioskArgs(process.argv), {
    ...process.env,
    KIOSK_DATA_DIR: process.env.KIOSK_DATA_DIR ?? app.getPath('userData'),
  });
  if (!parsed.ok) {
    for (const p of parsed.problems) process.stderr.write(`kiosk: ${p}\n`);
    app.exit(64);
    return;
  }
  const { config } = parsed;
  const logger = createLogger({ level: config.logLevel, allowPii: config.logPii });

  hardenSession(session.defaultSession, { devTools: devToolsEnabled(process.env) });
  // Maintenance mode's restart/quit; `shutdown` (below) is only called later, from a handler.
  const shell = createElectronKioskShell(
    { relaunch: () => app.relaunch(), exit: (code) => void shutdown(code) },
    { supervised: runsSupervised(process.env) },
  );
  // At the counter the configured card and document printers are printed to by Electron itself (silently, no
  // dialog, from our print page), not by lp. The PDFs reach the print page as print jobs on app://kiosk.
  const printJobs = createPrintJobs();
  const electronPrinter = (deviceName: string, purpose: 'card' | 'document') =>
    electronPdfPrinter({ deviceName, purpose, jobs: printJobs, openWindow: () => createCardPrintWindow() });
  const cardPrinter = config.cardPrinter === undefined ? {} : { cardPrinter: electronPrinter(config.cardPrinter, 'card') };
  const documentPrinter =
    config.documentPrinter === undefined ? {} : { documentPrinter: electronPrinter(config.documentPrinter, 'document') };
  // The reader and printer run in a utility process on out/main/device-process.js inside the app: forking the Electron
  // binary would not run Node with the runAsNode fuse off.
  const deviceSpawn =
    config.devices === 'none'
      ? {}
      : {
          deviceSpawn: deviceSpawner({
            mode: config.devices,
            dataDir: config.dataDir,
            entry: deviceProcessEntry(import.meta.url),
            utilityFork: (path, args, opts) => utilityProcess.fork(path, args, opts),
          }).spawn,
        };
  const core = await createCore({ config, logger, transport: 'electron', shell, ...cardPrinter, ...documentPrinter, ...deviceSpawn });
  // After the core: app:// also answers the core's in-app routes (card previews) and the print jobs. Before any window loads.
  serveAppProtocol(session.defaultSession.protocol, RENDERER_ROOT, [...core.routes, printJobs.route]);

  let win: BrowserWindow | null = null;
  const kioskContents = () => (win && !win.isDestroyed() ? win.webContents : null);
  const removeIpc = registerKioskIpc({ dispatcher: core.dispatcher, getTrustedWebContents: kioskContents, logger });
  const stopEvents = forwardBusEvents(core.bus, kioskContents);
  const blocker = powerSaveBlocker.start('prevent-display-sleep');

  let closing = false;
  const shutdown = async (code: number): Promise<void> => {
    if (closing) return;
    closing = true;
    removeIpc();
    stopEvents();
    powerSaveBlocker.stop(blocker);
    try {
      await core.close();
    } catch (e) {
      logger.error('app.close-failed', { error: e instanceof Error ? e.message : 'unknown' });
    }
    app.exit(code);
  };
  app.on('before-quit', (event) => {
    if (closing) return;
    event.preventDefault();
    void shutdown(0);
  });

  const created = createKioskWindow({
    preloadPath: PRELOAD_PATH,
    homeUrl: APP_HOME_URL,
    logger,
    onRendererGone: () => core.onClientGone(clientId),
    onGiveUp: (code) => void shutdown(code),
  });
  win = created;
  const clientId = electronClientId(created.webContents.id);
  created.on('closed', () => {
    core.onClientGone(clientId);
    win = null;
  });
  app.on('second-instance', () => {
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('child-process-gone', (_event, details) => logger.warn('app.child-process-gone', { type: details.type, reason: details.reason }));
  logger.info('app.ready', { devices: config.devices });
}

function main(): void {
  // A second kiosk instance would fight over the devices and the database.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Both must happen before `ready`.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  Menu.setApplicationMenu(null);
  const devTools = devToolsEnabled(process.env);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { devTools }));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(boot)
    .catch((e: unknown) => {
      process.stderr.write(`kiosk failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
      app.exit(1);
    });
}

main();
