/**
 * The hidden card-print window (kiosk-window.ts) with a fake BrowserWindow: never shown, no preload, the same
 * isolation as the kiosk window, and no plugins either (it prints our own pdf.js print page).
 */
import { describe, expect, it, vi } from 'vitest';

const made = vi.hoisted(() => ({ options: [] as unknown[] }));

vi.mock('electron', () => {
  class FakeBrowserWindow {
    constructor(readonly options: unknown) {
      made.options.push(options);
    }
    removeMenu(): void {}
  }
  return { BrowserWindow: FakeBrowserWindow };
});

const { cardPrintWindowOptions, createCardPrintWindow } = await import('../../../../main/shell/kiosk-window');

describe('card print window', () => {
  it('is hidden, has no preload or Node, and is sandboxed and isolated', () => {
    const o = cardPrintWindowOptions();
    expect(o.show).toBe(false);
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      plugins: false,
      // Like the kiosk window: a middle-click on anything the print page shows opens nothing.
      disableBlinkFeatures: 'Auxclick',
    });
    expect(o.webPreferences?.preload).toBeUndefined();
  });

  it('creates the window with exactly those options', () => {
    createCardPrintWindow();
    expect(made.options).toEqual([cardPrintWindowOptions()]);
  });
});
