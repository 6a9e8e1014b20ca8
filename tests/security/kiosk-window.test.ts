/**
 * Checklist items 2–4, 6, 8–12 as webPreferences values, the kiosk window options, and the
 * self-healing behaviour (render-process-gone, unresponsive) with a fake BrowserWindow.
 */
import type { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../main/logging/logger';

const registry = vi.hoisted(() => ({ windows: [] as unknown[] }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeWebContents extends Emitter {
    readonly id = 3;
    readonly loaded: string[] = [];
    crashed = 0;
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    setVisualZoomLevelLimits(): Promise<void> {
      return Promise.resolve();
    }
    forcefullyCrashRenderer(): void {
      this.crashed++;
    }
  }
  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    shown = false;
    menuRemoved = false;
    destroyed = false;
    constructor(readonly options: unknown) {
      super();
      registry.windows.push(this);
    }
    removeMenu(): void {
      this.menuRemoved = true;
    }
    show(): void {
      this.shown = true;
    }
    focus(): void {}
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }
  return { BrowserWindow: FakeBrowserWindow };
});

const { KIOSK_BACKGROUND, createKioskWindow, kioskWebPreferences, kioskWindowOptions } = await import('../../main/shell/kiosk-window');
const { createRecoveryPolicy, EXIT_INTEGRITY_FAILURE } = await import('../../main/shell/recovery-policy');

interface FakeWindow extends EventEmitter {
  readonly options: unknown;
  readonly webContents: EventEmitter & { loaded: string[]; crashed: number };
  shown: boolean;
  menuRemoved: boolean;
  destroyed: boolean;
}

const prefs = kioskWebPreferences('/app/out/preload/index.cjs', {});

describe('webPreferences (one test per checklist item)', () => {
  it('uses the bundled CommonJS preload', () => expect(prefs.preload).toBe('/app/out/preload/index.cjs'));
  it('#2 nodeIntegration is off, in workers and sub-frames too', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('#3 contextIsolation is on', () => expect(prefs.contextIsolation).toBe(true));
  it('#4 sandbox is on', () => expect(prefs.sandbox).toBe(true));
  it('#6 webSecurity is on', () => expect(prefs.webSecurity).toBe(true));
  it('#8 allowRunningInsecureContent is off', () => expect(prefs.allowRunningInsecureContent).toBe(false));
  it('#9 experimentalFeatures is off', () => expect(prefs.experimentalFeatures).toBe(false));
  it('#10 enableBlinkFeatures is not set', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect('enableBlinkFeatures' in prefs).toBe(false);
  });
  it('#11 the <webview> tag is off', () => expect(prefs.webviewTag).toBe(false));
  it('plugins are off: PDFs are drawn by pdf.js in the page, not by the PDF viewer plugin', () => expect(prefs.plugins).toBe(false));
  it('spellcheck and navigate-on-drop are off', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });
  it('DevTools only with KIOSK_DEVTOOLS=1', () => {
    expect(prefs.devTools).toBe(false);
    expect(kioskWebPreferences('/p', { KIOSK_DEVTOOLS: 'true' }).devTools).toBe(false);
    expect(kioskWebPreferences('/p', { KIOSK_DEVTOOLS: '1' }).devTools).toBe(true);
  });
});

describe('window options', () => {
  it('is kiosk and fullscreen, hidden until ready, menu bar hidden, with our background', () => {
    const o = kioskWindowOptions({ preloadPath: '/p', env: {} });
    expect(o).toMatchObject({ kiosk: true, fullscreen: true, show: false, autoHideMenuBar: true, backgroundColor: KIOSK_BACKGROUND });
    expect(o.webPreferences).toEqual(kioskWebPreferences('/p', {}));
  });

  it('can be windowed for development, with the same security settings', () => {
    const o = kioskWindowOptions({ preloadPath: '/p', env: { KIOSK_WINDOWED: '1' } });
    expect(o).toMatchObject({ kiosk: false, fullscreen: false });
    expect(o.webPreferences).toEqual(kioskWebPreferences('/p', {}));
  });
});

describe('createKioskWindow', () => {
  beforeEach(() => {
    registry.windows.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  const open = (onGiveUp = vi.fn(), onRendererGone = vi.fn()) => {
    createKioskWindow({
      preloadPath: '/p',
      homeUrl: 'app://kiosk/index.html',
      logger: silentLogger,
      env: {},
      policy: createRecoveryPolicy({ baseDelayMs: 100, maxReloads: 2, windowMs: 60_000 }),
      onGiveUp,
      onRendererGone,
    });
    const win = registry.windows[0] as FakeWindow;
    return { win, onGiveUp, onRendererGone };
  };

  it('loads home, removes the menu and shows the window only on ready-to-show', () => {
    const { win } = open();
    expect(win.webContents.loaded).toEqual(['app://kiosk/index.html']);
    expect(win.menuRemoved).toBe(true);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('reloads home after a renderer crash, with a growing delay, then gives up', () => {
    const { win, onGiveUp, onRendererGone } = open();
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(onRendererGone).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(99);
    expect(win.webContents.loaded).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(win.webContents.loaded).toEqual(['app://kiosk/index.html', 'app://kiosk/index.html']);
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    vi.advanceTimersByTime(199);
    expect(win.webContents.loaded).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(win.webContents.loaded).toHaveLength(3);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(onGiveUp).toHaveBeenCalledTimes(1);
  });

  it('exits at once on an integrity failure instead of reloading tampered files', () => {
    const { win, onGiveUp } = open();
    win.webContents.emit('render-process-gone', {}, { reason: 'integrity-failure', exitCode: 0 });
    vi.runAllTimers();
    expect(onGiveUp).toHaveBeenCalledWith(EXIT_INTEGRITY_FAILURE);
    expect(win.webContents.loaded).toHaveLength(1);
  });

  it('crashes a renderer that stays unresponsive past the grace period (which then reloads)', () => {
    const { win } = open();
    win.webContents.emit('unresponsive');
    win.webContents.emit('unresponsive');
    vi.advanceTimersByTime(createRecoveryPolicy().hangGraceMs);
    expect(win.webContents.crashed).toBe(1);
  });

  it('does nothing when the renderer becomes responsive again in time', () => {
    const { win } = open();
    win.webContents.emit('unresponsive');
    win.webContents.emit('responsive');
    vi.runAllTimers();
    expect(win.webContents.crashed).toBe(0);
  });

  it('does not reload a window that was destroyed meanwhile', () => {
    const { win } = open();
    win.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    win.destroyed = true;
    vi.runAllTimers();
    expect(win.webContents.loaded).toHaveLength(1);
  });
});
