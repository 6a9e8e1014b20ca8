/**
 * Start-up as whole processes: the built host (out/main/host.js, what ships) against the tsx path (TypeScript compiled
 * on the fly, the old `npm run host`) in the same run, on an existing data folder (a kiosk restarted by systemd):
 * spawn → `KIOSK_HOST_READY`, and spawn → the kiosk home interactive (`html[data-ready]`) in a Chromium that is
 * already running (the browser's own start is not the host's). Medians of several starts, alternating the two.
 *
 * Two browsers' views of the same start: the restart (the kiosk's tab, whose profile has loaded the page before, as
 * after a crash and a systemd restart: the hashed assets come from its cache) and a first start (a fresh profile, as
 * a newly installed kiosk or `--open`'s throwaway profile: everything is fetched and compiled).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startKioskHostProcess } from '../support/kiosk-host-process';

export interface StartupResult {
  readonly runtime: 'built' | 'tsx';
  readonly readyMsP50: number;
  /** The kiosk's own tab after a restart (its profile's cache holds the page's assets). */
  readonly interactiveMsP50: number;
  /** A fresh profile (nothing cached). */
  readonly coldInteractiveMsP50: number;
  readonly runs: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

export async function benchStartup(runs: number, log: (s: string) => void = () => {}): Promise<StartupResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-startup-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const samples = {
    built: { ready: [] as number[], interactive: [] as number[], cold: [] as number[] },
    tsx: { ready: [] as number[], interactive: [] as number[], cold: [] as number[] },
  };
  // The kiosk tab's profile: one context for every restart, so its HTTP cache persists as a real profile's does.
  const kioskProfile = await browser.newContext();
  try {
    // The first start seeds the data folder (and the kiosk tab loads the page once); every timed start below finds it ready.
    const seed = await startKioskHostProcess({ dataDir, args: ['--log-level', 'warn'] });
    const first = await kioskProfile.newPage();
    await first.goto(seed.launchUrl, { waitUntil: 'commit' });
    await first.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await first.close();
    await seed.stop();
    for (let i = 0; i < runs; i++) {
      for (const runtime of ['built', 'tsx'] as const) {
        for (const profile of ['restart', 'cold'] as const) {
          // The kiosk's browser tab exists before the host starts (systemd starts both; the tab retries), so opening
          // it is not the host's time. The clock stops at home interactive, not at the page's load event, which
          // also waits for the web fonts.
          const page = profile === 'restart' ? await kioskProfile.newPage() : await browser.newPage();
          const host = await startKioskHostProcess({ dataDir, runtime, args: ['--log-level', 'warn'] });
          try {
            await page.goto(host.launchUrl, { waitUntil: 'commit' });
            await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
            const interactiveMs = performance.now() - host.spawnedAt;
            if (profile === 'restart') {
              samples[runtime].ready.push(host.readyMs);
              samples[runtime].interactive.push(interactiveMs);
            } else samples[runtime].cold.push(interactiveMs);
            log(
              `  start ${i + 1}/${runs} ${runtime} (${profile}): ready ${Math.round(host.readyMs)} ms, home ${Math.round(interactiveMs)} ms`,
            );
          } finally {
            await page.close();
            await host.stop();
          }
        }
      }
    }
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return (['built', 'tsx'] as const).map((runtime) => ({
    runtime,
    readyMsP50: median(samples[runtime].ready),
    interactiveMsP50: median(samples[runtime].interactive),
    coldInteractiveMsP50: median(samples[runtime].cold),
    runs,
  }));
}
