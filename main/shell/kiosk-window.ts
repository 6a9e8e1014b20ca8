/**
 * The ONLY BrowserWindow factory. Every webPreferences value lives here, spelled out even where it
 * equals Electron's default, so a future default change or a stray edit shows up in review and in
 * tests/security. The window heals itself: a dead renderer is reloaded to the home screen, a hung
 * one is crashed on purpose after a grace period (and then reloaded), with a back-off and a limit.
 */
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { Logger } from '../logging/logger';
import { createRecoveryPolicy } from './recovery-policy';
import type { RecoveryPolicy } from './recovery-policy';

/** Matches --c-bg in renderer/ui/tokens.css, so there is no white flash before the first paint. */
export const KIOSK_BACKGROUND = '#f3f7f9';

/** DevTools only for troubleshooting on a technician's request (the inspect fuse stays off anyway). */
export const devToolsEnabled = (env: NodeJS.ProcessEnv): boolean => env.KIOSK_DEVTOOLS === '1';

/** A window instead of kiosk/fullscreen, for development and e2e on a desktop. */
export const windowedMode = (env: NodeJS.ProcessEnv): boolean => env.KIOSK_WINDOWED === '1';

/** What every window of the app keeps, whatever it shows: isolated, sandboxed, no Node, no webview. */
const ISOLATED_WEB_PREFERENCES = {
  // Checklist 2–4: the renderer sees only window.kiosk from an isolated, sandboxed preload.
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  // Checklist 6, 8–12.
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  // enableBlinkFeatures is deliberately absent (checklist 10). Middle-click must not open links, in any window.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences;

export function kioskWebPreferences(preloadPath: string, env: NodeJS.ProcessEnv = process.env): WebPreferences {
  return {
    preload: preloadPath,
    ...ISOLATED_WEB_PREFERENCES,
    safeDialogs: true,
    // No PDF viewer plugin: documents are drawn in the page by pdf.js (renderer/ui/PdfView.tsx), with no toolbar
    // offering download or print at a public kiosk; printing uses our own print page too (print-pdf.ts).
    plugins: false,
    // A kiosk's idle timer must keep running when the OS thinks the window is hidden.
    backgroundThrottling: false,
    devTools: devToolsEnabled(env),
  };
}

export interface KioskWindowSettings {
  readonly preloadPath: string;
  readonly env?: NodeJS.ProcessEnv;
}

export function kioskWindowOptions(settings: KioskWindowSettings): BrowserWindowConstructorOptions {
  const env = settings.env ?? process.env;
  const windowed = windowedMode(env);
  return {
    title: 'Kiosk Bảo hiểm xã hội',
    width: 1280,
    height: 800,
    kiosk: !windowed,
    fullscreen: !windowed,
    autoHideMenuBar: true,
    backgroundColor: KIOSK_BACKGROUND,
    // Shown on ready-to-show, so the citizen never sees an empty frame.
    show: false,
    webPreferences: kioskWebPreferences(settings.preloadPath, env),
  };
}

export interface KioskWindowDeps {
  readonly preloadPath: string;
  readonly homeUrl: string;
  readonly logger: Logger;
  readonly env?: NodeJS.ProcessEnv;
  readonly policy?: RecoveryPolicy;
  /** Called when the renderer is gone (its client state must be forgotten). */
  readonly onRendererGone?: () => void;
  /** Called when recovery gives up; the caller quits with this code. */
  readonly onGiveUp: (code: number) => void;
}

export function createKioskWindow(deps: KioskWindowDeps): BrowserWindow {
  const policy = deps.policy ?? createRecoveryPolicy();
  const { logger } = deps;
  const win = new BrowserWindow(kioskWindowOptions({ preloadPath: deps.preloadPath, ...(deps.env ? { env: deps.env } : {}) }));
  win.removeMenu();
  const contents = win.webContents;
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;
  let hangTimer: ReturnType<typeof setTimeout> | null = null;

  const loadHome = (): void => {
    if (win.isDestroyed()) return;
    contents
      .loadURL(deps.homeUrl)
      .catch((e: unknown) => logger.error('window.load-failed', { error: e instanceof Error ? e.message : 'unknown' }));
  };
  const clearTimers = (): void => {
    if (reloadTimer) clearTimeout(reloadTimer);
    if (hangTimer) clearTimeout(hangTimer);
    reloadTimer = hangTimer = null;
  };

  win.once('ready-to-show', () => {
    win.show();
    win.focus();
  });
  contents.on('did-finish-load', () => {
    // Pinch-zoom on a touch screen would strand the next citizen in a zoomed page.
    void contents.setVisualZoomLevelLimits(1, 1);
  });
  contents.on('render-process-gone', (_event, details) => {
    clearTimers();
    deps.onRendererGone?.();
    const decision = policy.onGone(details.reason, Date.now());
    logger.warn('window.renderer-gone', { reason: details.reason, exitCode: details.exitCode, action: decision.action });
    switch (decision.action) {
      case 'reload':
        reloadTimer = setTimeout(loadHome, decision.delayMs);
        return;
      case 'exit':
        deps.onGiveUp(decision.code);
        return;
      default: {
        const unreachable: never = decision;
        void unreachable;
      }
    }
  });
  contents.on('unresponsive', () => {
    logger.warn('window.unresponsive', { graceMs: policy.hangGraceMs });
    if (hangTimer) return;
    // A hung renderer cannot be reloaded from inside; crashing it hands over to render-process-gone.
    hangTimer = setTimeout(() => {
      hangTimer = null;
      if (!win.isDestroyed()) contents.forcefullyCrashRenderer();
    }, policy.hangGraceMs);
  });
  contents.on('responsive', () => {
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = null;
  });
  win.on('closed', clearTimers);

  loadHome();
  return win;
}

/**
 * The hidden window that prints a PDF at the counter (main/shell/print-pdf.ts): it loads only our print page
 * (renderer/print.html), which draws the PDF with pdf.js. No preload, sandboxed, isolated, no plugins: the PDF viewer
 * plugin is not needed. The navigation and window-open guards apply as to every web contents.
 */
export function cardPrintWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1000,
    height: 700,
    webPreferences: { ...ISOLATED_WEB_PREFERENCES, plugins: false, devTools: false },
  };
}

export function createCardPrintWindow(): BrowserWindow {
  const win = new BrowserWindow(cardPrintWindowOptions());
  win.removeMenu();
  return win;
}
