/**
 * Silent printing of a card PDF from Electron at the counter: a hidden window loads the PDF and prints it to the
 * named printer without a dialog. The PDF goes in as a data: URL, never as a file:// address (security rule #18: no
 * window loads from the file system). The window factory is passed in (main/index.ts gives `new BrowserWindow(…)` with
 * `show: false` and the PDF plugin enabled), so this file does not import Electron and runs in unit tests.
 */
import { readFile } from 'node:fs/promises';
import { KioskFailure } from '../../preload/contract/result';
import type { PdfPrinter, PrinterPurpose } from '../services/cards/lp-card-printer';

export interface PrintableWindow {
  loadURL(url: string): Promise<void>;
  readonly webContents: {
    print(
      options: { readonly silent: boolean; readonly deviceName: string; readonly printBackground: boolean; readonly pageSize?: 'A4' },
      callback: (success: boolean, failureReason: string) => void,
    ): void;
  };
  destroy(): void;
}

/** `purpose: 'document'` prints A4 (Form 01 on the office's document printer) and names its own failure reason. */
export function electronCardPrinter(deviceName: string, openWindow: () => PrintableWindow, purpose: PrinterPurpose = 'card'): PdfPrinter {
  const options = { silent: true, deviceName, printBackground: true, ...(purpose === 'document' ? { pageSize: 'A4' as const } : {}) };
  return {
    destination: `electron:${deviceName}`,
    async print(pdfFile) {
      const win = openWindow();
      try {
        await win.loadURL(`data:application/pdf;base64,${(await readFile(pdfFile)).toString('base64')}`);
        await new Promise<void>((resolve, reject) => {
          win.webContents.print(options, (success, failureReason) => {
            if (success) resolve();
            // Electron's reasons are short English words ('cancelled', 'failed', 'no valid printers available').
            else
              reject(
                new KioskFailure('device-unavailable', `${purpose} printer: ${failureReason}`, { reason: `${purpose}-printer-failed` }),
              );
          });
        });
      } finally {
        win.destroy();
      }
    },
  };
}
