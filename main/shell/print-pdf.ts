/**
 * Silent printing of a PDF from Electron at the counter (BHYT cards on the card printer, Form 01 on the A4 document
 * printer): a hidden window opens our own print page (renderer/print.html) on the PDF, which pdf.js draws at the
 * PDF's own size; once the page says it is ready, the window prints to the named printer without a dialog, sheet size
 * and zero margins taken from the PDF. No PDF viewer plugin (its extension pages would meet the hardened session's
 * request filter), no file:// or data: URL: the PDF is a print job on app://kiosk (main/shell/print-jobs.ts). The
 * window factory is passed in, so this file does not import Electron and runs in unit tests.
 */
import { readFile } from 'node:fs/promises';
import { KioskFailure } from '../../preload/contract/result';
import type { PdfPrinter, PrinterPurpose } from '../services/cards/lp-card-printer';
import { APP_SCHEME, APP_HOST } from './app-protocol';
import type { PrintJobs } from './print-jobs';

export const PRINT_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/print.html`;

/** A print page that has not drawn its sheets by then is broken (a 2-page card takes well under a second). */
export const PRINT_READY_TIMEOUT_MS = 30_000;

/** Microns per PDF point (1/72 inch): Electron's custom page size is in microns. */
const MICRONS_PER_POINT = 25_400 / 72;

export interface PrintOptions {
  readonly silent: true;
  readonly deviceName: string;
  readonly printBackground: true;
  readonly margins: { readonly marginType: 'none' };
  readonly pageSize: { readonly width: number; readonly height: number };
}

export interface PrintableWindow {
  loadURL(url: string): Promise<void>;
  readonly webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    print(options: PrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  };
  destroy(): void;
}

export interface ElectronPrinterDeps {
  readonly deviceName: string;
  readonly openWindow: () => PrintableWindow;
  readonly jobs: PrintJobs;
  /** 'document' names its own failure reason (Form 01 on the office's A4 printer). */
  readonly purpose?: PrinterPurpose;
  readonly readyTimeoutMs?: number;
}

/** The print page's answer, checked: it runs in a renderer, so main does not take its shape on trust. */
function layoutOf(answer: unknown): { widthPt: number; heightPt: number } {
  const a = answer as { pages?: unknown; widthPt?: unknown; heightPt?: unknown } | null;
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 5000;
  if (a === null || typeof a !== 'object' || !ok(a.pages) || !ok(a.widthPt) || !ok(a.heightPt))
    throw new Error('print page answered no layout');
  return { widthPt: a.widthPt, heightPt: a.heightPt };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`print page not ready after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export function electronPdfPrinter(deps: ElectronPrinterDeps): PdfPrinter {
  const purpose = deps.purpose ?? 'card';
  const failure = (why: string): KioskFailure =>
    new KioskFailure('device-unavailable', `${purpose} printer: ${why}`, { reason: `${purpose}-printer-failed` });
  return {
    destination: `electron:${deps.deviceName}`,
    async print(pdfFile) {
      const job = deps.jobs.add(new Uint8Array(await readFile(pdfFile)));
      const win = deps.openWindow();
      try {
        let layout: { widthPt: number; heightPt: number };
        try {
          await win.loadURL(`${PRINT_PAGE_URL}#${job.path}`);
          layout = layoutOf(
            await withTimeout(win.webContents.executeJavaScript('window.kioskPrintReady'), deps.readyTimeoutMs ?? PRINT_READY_TIMEOUT_MS),
          );
        } catch (e) {
          throw failure(`print page: ${e instanceof Error ? e.message : 'failed'}`);
        }
        const options: PrintOptions = {
          silent: true,
          deviceName: deps.deviceName,
          printBackground: true,
          margins: { marginType: 'none' },
          pageSize: { width: Math.round(layout.widthPt * MICRONS_PER_POINT), height: Math.round(layout.heightPt * MICRONS_PER_POINT) },
        };
        await new Promise<void>((resolve, reject) => {
          // Electron's reasons are short English words ('cancelled', 'failed', 'no valid printers available').
          win.webContents.print(options, (success, failureReason) => (success ? resolve() : reject(failure(failureReason))));
        });
      } finally {
        job.done();
        win.destroy();
      }
    },
  };
}
