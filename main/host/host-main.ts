/**
 * `npm run host -- [--port 4173] [--data-dir DIR] [--devices emulated|hardware|none] [--open]`
 * The browser host: the kiosk's core and renderer on 127.0.0.1, for machines without the Electron
 * binary, for e2e tests, and for counter PCs that use a browser.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAppConfig } from '../config/app-config';
import { createCore } from '../core/create-core';
import { createLogger } from '../logging/logger';
import { deviceProcessEntry, deviceSpawner } from '../services/devices/device-spawner';
import { createBootstrapCodes } from './bootstrap-codes';
import { openChromiumWindow } from './chromium-window';
import { startHost } from './host-server';
import { browserHostToken, loadStationSecret } from './station-secret';

// Built: out/main/host.js; from source (npm run host:dev): main/host/host-main.ts. Both sit two levels down.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Signals are taken from the first moment, not once the host is up: a SIGTERM during start-up (a service
 * restart, a second instance being stopped) used to kill the host by default action, skipping core.close(),
 * so the device child it had already forked was never stopped.
 */
let stopRequested = false;
let onStopRequested: () => void = () => {};
const stopSignal = new Promise<void>((resolve) => (onStopRequested = resolve));
const requestStop = (): void => {
  stopRequested = true;
  onStopRequested();
};
process.on('SIGINT', requestStop);
process.on('SIGTERM', requestStop);

async function main(): Promise<number> {
  const parsed = parseAppConfig(process.argv.slice(2));
  if (!parsed.ok) {
    for (const p of parsed.problems) process.stderr.write(`kiosk host: ${p}\n`);
    process.stderr.write(
      'usage: npm run host -- [--port N] [--data-dir DIR] [--devices emulated|hardware|none] [--demo-persons N] [--log-level L] [--open]\n',
    );
    return 64;
  }
  const { config } = parsed;
  const logger = createLogger({ level: config.logLevel, allowPii: config.logPii });
  const webRoot = process.env.KIOSK_WEB_ROOT ?? join(repoRoot, 'dist-web');
  if (!existsSync(join(webRoot, 'index.html'))) {
    process.stderr.write(`kiosk host: no built renderer in ${webRoot}; run "npm run build:web" first\n`);
    return 1;
  }
  if (stopRequested) return 0;
  // The device child is the bundle beside this one when built, the .ts source under tsx.
  const deviceSpawn =
    config.devices === 'none'
      ? {}
      : { deviceSpawn: deviceSpawner({ mode: config.devices, dataDir: config.dataDir, entry: deviceProcessEntry(import.meta.url) }).spawn };
  const core = await createCore({ config, logger, transport: 'browser-host', ...deviceSpawn });
  try {
    if (stopRequested) return 0;
    const bootstrap = config.open ? createBootstrapCodes() : undefined;
    const host = await startHost({
      core,
      webRoot,
      port: config.port,
      logger,
      token: process.env.KIOSK_TOKEN ?? stationToken(config.dataDir, logger),
      ...(bootstrap ? { bootstrap } : {}),
    });
    try {
      if (stopRequested) return 0;
      // The one line scripts and tests wait for: the URL to open, with the token in the fragment.
      process.stdout.write(`KIOSK_HOST_READY ${host.launchUrl}\n`);
      const window = bootstrap
        ? openChromiumWindow(host.url, bootstrap.issue(), {
            executable: process.env.CHROMIUM_PATH,
            onMissing: (m) => process.stdout.write(`${m}\n`),
          })
        : null;
      try {
        await stopSignal;
      } finally {
        window?.close();
      }
      return 0;
    } finally {
      await host.close();
    }
  } finally {
    // Stops the device child too, even when the server failed to start or to close.
    await core.close();
  }
}

/** The data folder exists once the core opened its database. */
function stationToken(dataDir: string, logger: ReturnType<typeof createLogger>): string {
  const { secret, outcome } = loadStationSecret(dataDir);
  if (outcome !== 'read') logger.info('host.station-secret', { outcome });
  return browserHostToken(secret);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`kiosk host failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
