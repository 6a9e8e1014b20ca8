import { defineConfig } from '@playwright/test';

// e2e against the real Electron app (needs the Electron binary and `npm run build:electron`).
// Kept apart from playwright.config.ts (browser host in Debian Chromium): the specs here skip
// themselves where Electron cannot run. Run: npx playwright test -c playwright.electron.config.ts
export default defineConfig({
  testDir: 'tests/e2e-electron',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results/e2e-electron-artifacts',
  use: { screenshot: 'only-on-failure', trace: 'retain-on-failure' },
});
