/**
 * Silent printing of a card PDF from Electron at the counter: a hidden window loads the PDF and prints it to the
 * named printer without a dialog. The PDF goes in as a data: URL, never as a file:// address (security rule #18: no
 * window loads from the file system). The window factory is passed in (main/index.ts gives `new BrowserWindow(…)` with
 * `show: false` and the PDF plugin enabled), so this file does not import Electron and runs in unit tests.
 */
import { readFile } from 'node:fs/promises';
import { KioskFailure } from '../../preload/contract/result';
import type { CardPrinter } from '../services/cards/lp-card-printer';

export interface PrintableWindow {
  loadURL(url: string): Promise<void>;
  readonly webContents: {
    print(
      options: { readonly silent: boolean; readonly deviceName: string; readonly printBackground: boolean },
      callback: (success: boolean, failureReason: string) => void,
    ): void;
  };
  destroy(): void;
}

export function electronCardPrinter(deviceName: string, openWindow: () => PrintableWindow): CardPrinter {
  return {
    destination: `electron:${deviceName}`,
    async print(pdfFile) {
      const win = openWindow();
      try {
        await win.loadURL(`data:application/pdf;base64,${(await readFile(pdfFile)).toString('base64')}`);
        await new Promise<void>((resolve, reject) => {
          win.webContents.print({ silent: true, deviceName, printBackground: true }, (success, failureReason) => {
            if (success) resolve();
            // Electron's reasons are short English words ('cancelled', 'failed', 'no valid printers available').
            else reject(new KioskFailure('device-unavailable', `card printer: ${failureReason}`, { reason: 'card-printer-failed' }));
          });
        });
      } finally {
        win.destroy();
      }
    },
  };
}
