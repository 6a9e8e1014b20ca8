/**
 * The built Electron app (out/main/index.js) driven by Playwright's `_electron`. Checks the
 * security settings from the outside (checklist probes: no Node in the renderer, window.open
 * denied, app:// origin, effective webPreferences) and walks the lookup flow.
 * SKIPPED where the Electron binary is not installed: `require('electron')` would try to download
 * it, so the binary is looked for on disk instead. Run: npx playwright test -c playwright.electron.config.ts
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN_BUNDLE = join(ROOT, 'out', 'main', 'index.js');

/** Path of the Electron executable if it is installed, without triggering the lazy download. */
function installedElectron(): string | null {
  const pkgDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : process.platform === 'win32'
      ? 'electron.exe'
      : 'electron';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
  const exe = join(distDir, relative);
  return existsSync(exe) ? exe : null;
}

const definedEnv = (): Record<string, string> =>
  Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));

const executablePath = installedElectron();
const skipReason =
  executablePath === null
    ? 'Electron binary not installed (node_modules/electron/dist is missing; it is downloaded lazily and this machine has no access to it)'
    : !existsSync(MAIN_BUNDLE)
      ? 'out/main/index.js not built; run "npm run build:electron" first'
      : null;

test.describe('Electron kiosk app', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kiosk-electron-e2e-'));
    app = await electron.launch({
      ...(executablePath ? { executablePath } : {}),
      args: [ROOT],
      cwd: ROOT,
      env: { ...definedEnv(), KIOSK_DATA_DIR: dataDir, KIOSK_WINDOWED: '1', KIOSK_DEVICES: 'emulated', KIOSK_LOG_LEVEL: 'warn' },
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('the renderer is on app://kiosk/ and sees window.kiosk but no Node', async () => {
    expect(page.url()).toMatch(/^app:\/\/kiosk\//);
    const probe = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return {
        kiosk: typeof g.kiosk,
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
        ipc: typeof g.ipcRenderer,
      };
    });
    expect(probe).toEqual({ kiosk: 'object', require: 'undefined', process: 'undefined', module: 'undefined', ipc: 'undefined' });
  });

  test('the effective webPreferences are the hardened ones', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences exists at run time but is missing from Electron 45's typings.
      const wc = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
        { getLastWebPreferences?: () => Record<string, unknown> | null } | undefined;
      const p = wc?.getLastWebPreferences?.();
      return p
        ? {
            sandbox: p.sandbox,
            contextIsolation: p.contextIsolation,
            nodeIntegration: p.nodeIntegration,
            webSecurity: p.webSecurity,
            webviewTag: p.webviewTag,
            plugins: p.plugins,
          }
        : 'unavailable';
    });
    test.skip(prefs === 'unavailable', 'webContents.getLastWebPreferences() is not available in this Electron version');
    expect(prefs).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      plugins: false,
    });
  });

  test('window.open is denied and navigation away is blocked', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(() => page.url()).toMatch(/^app:\/\/kiosk\//);
  });

  test('looks up an insurance number', async () => {
    await page.getByTestId('tile-lookup').click();
    await page.locator('input[name="fullName"]').fill('Nguyễn Thị Lan Anh');
    await page.locator('input[name="dobDay"]').fill('14');
    await page.locator('input[name="dobMonth"]').fill('03');
    await page.locator('input[name="dobYear"]').fill('1992');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByTestId('insurance-number')).toHaveText('0112345678');
  });

  test('a signed-in citizen previews the card PDF from app://kiosk, drawn by pdf.js with plugins off', async () => {
    await page.getByTestId('go-home').click();
    await page.getByTestId('tile-sign-in').click();
    await page.getByLabel('Mã số BHXH (10 chữ số)').fill('0112345678');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('Kiosk2026');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('records-card').click();
    const previewResponse = page.waitForResponse((r) => r.url().startsWith('app://kiosk/card-preview/'));
    await page.getByTestId('card-preview').click();
    const response = await previewResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await expect(page.getByTestId('card-preview-frame')).toHaveAttribute('data-state', 'ready');
    // Front and back drawn on canvases: the kiosk window has no PDF plugin and needs none.
    await expect(page.getByTestId('card-preview-frame-page')).toHaveCount(2);
  });
});
