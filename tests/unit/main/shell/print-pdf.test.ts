/**
 * Electron's silent printing with a fake hidden window standing in for BrowserWindow: the print page is loaded on a
 * print job that serves the PDF's bytes, printing waits for the page's layout and takes the sheet size from it, every
 * failure (page never ready, bad layout, refused print) is the purpose's own `*-printer-failed`, and the window and
 * the job are gone afterwards, whatever happened.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrintJobs, type PrintJobs } from '../../../../main/shell/print-jobs';
import { electronPdfPrinter, PRINT_PAGE_URL, type PrintableWindow, type PrintOptions } from '../../../../main/shell/print-pdf';

/** PDF points of a size in millimetres. */
const pt = (mm: number): number => (mm / 25.4) * 72;
const CARD = { pages: 2, widthPt: pt(85.6), heightPt: pt(54) };

/** Records what was loaded and printed; the "page" fetches its job from the jobs route like the real one does. */
function fakeWindow(jobs: PrintJobs, opts: { layout?: () => Promise<unknown>; answer?: [boolean, string] } = {}) {
  const calls: string[] = [];
  const printed: PrintOptions[] = [];
  const fetched: string[] = [];
  const win: PrintableWindow = {
    loadURL: async (url) => {
      calls.push('load');
      expect(url.startsWith(`${PRINT_PAGE_URL}#/print-job/`)).toBe(true);
      const path = url.slice(url.indexOf('#') + 1);
      const r = await jobs.route.handle({ method: 'GET', path, query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) });
      fetched.push('body' in r ? Buffer.from(r.body).toString() : `status ${r.status}`);
    },
    webContents: {
      executeJavaScript: (code) => {
        calls.push(`eval ${code}`);
        return opts.layout?.() ?? Promise.resolve(CARD);
      },
      print: (options, callback) => {
        calls.push('print');
        printed.push(options);
        callback(...(opts.answer ?? [true, '']));
      },
    },
    destroy: () => calls.push('destroy'),
  };
  return { win, calls, printed, fetched };
}

const dir = mkdtempSync(join(tmpdir(), 'print-pdf-'));
const pdf = join(dir, 'card.pdf');
writeFileSync(pdf, '%PDF-1.7 card');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('electronPdfPrinter', () => {
  it('opens the print page on a job with the PDF, waits for its layout, prints silently at the PDF size, cleans up', async () => {
    const jobs = createPrintJobs();
    const { win, calls, printed, fetched } = fakeWindow(jobs);
    const printer = electronPdfPrinter({ deviceName: 'Counter Card Printer', openWindow: () => win, jobs });
    expect(printer.destination).toBe('electron:Counter Card Printer');
    await printer.print(pdf);
    expect(calls).toEqual(['load', 'eval window.kioskPrintReady', 'print', 'destroy']);
    expect(fetched).toEqual(['%PDF-1.7 card']);
    // CR80 card: 85.6 × 54 mm, in microns, no margins.
    expect(printed).toEqual([
      {
        silent: true,
        deviceName: 'Counter Card Printer',
        printBackground: true,
        margins: { marginType: 'none' },
        pageSize: { width: 85600, height: 54000 },
      },
    ]);
    expect(jobs.size).toBe(0);
  });

  it('prints A4 documents at A4 and names the document printer when a print is refused', async () => {
    const jobs = createPrintJobs();
    const { win, printed, calls } = fakeWindow(jobs, {
      layout: () => Promise.resolve({ pages: 1, widthPt: pt(210), heightPt: pt(297) }),
      answer: [false, 'no valid printers available'],
    });
    const printer = electronPdfPrinter({ deviceName: 'Van phong A4', openWindow: () => win, jobs, purpose: 'document' });
    await expect(printer.print(pdf)).rejects.toMatchObject({ code: 'device-unavailable', detail: { reason: 'document-printer-failed' } });
    expect(printed[0]?.pageSize).toEqual({ width: 210000, height: 297000 });
    expect(calls.at(-1)).toBe('destroy');
    expect(jobs.size).toBe(0);
  });

  it('does not print when the print page fails, answers garbage, or never gets ready', async () => {
    for (const layout of [
      () => Promise.reject(new Error('print job answered 404')),
      () => Promise.resolve({ pages: 'two' }),
      () => new Promise<never>(() => {}),
    ]) {
      const jobs = createPrintJobs();
      const { win, calls } = fakeWindow(jobs, { layout });
      const printer = electronPdfPrinter({ deviceName: 'X', openWindow: () => win, jobs, readyTimeoutMs: 50 });
      await expect(printer.print(pdf)).rejects.toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-failed' } });
      expect(calls).not.toContain('print');
      expect(calls.at(-1)).toBe('destroy');
      expect(jobs.size).toBe(0);
    }
  });
});

describe('print jobs', () => {
  it('serve a job by its random id only, and forget it when done', async () => {
    const jobs = createPrintJobs();
    const job = jobs.add(new TextEncoder().encode('%PDF-x'));
    expect(job.path).toMatch(/^\/print-job\/[A-Za-z0-9_-]{22}\.pdf$/);
    const get = (path: string) =>
      jobs.route.handle({ method: 'GET', path, query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) });
    expect(await get(job.path)).toMatchObject({ status: 200, contentType: 'application/pdf' });
    expect(await get('/print-job/AAAAAAAAAAAAAAAAAAAAAA.pdf')).toMatchObject({ status: 404 });
    expect(await get('/print-job/../card-preview/x.pdf')).toMatchObject({ status: 404 });
    job.done();
    expect(await get(job.path)).toMatchObject({ status: 404 });
    expect(jobs.route).toMatchObject({ inApp: true, needsToken: true });
  });
});
