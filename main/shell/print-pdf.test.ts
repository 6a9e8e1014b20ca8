import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronCardPrinter, type PrintableWindow } from './print-pdf';

/** Stands in for a hidden BrowserWindow: records what was loaded and printed, answers like Electron's callback. */
function fakeWindow(answer: [boolean, string]) {
  const calls: string[] = [];
  const win: PrintableWindow = {
    loadURL: async (url) => {
      calls.push(`load ${url}`);
    },
    webContents: {
      print: (options, callback) => {
        calls.push(`print silent=${options.silent} device=${options.deviceName}`);
        callback(...answer);
      },
    },
    destroy: () => calls.push('destroy'),
  };
  return { win, calls };
}

const dir = mkdtempSync(join(tmpdir(), 'print-pdf-'));
const pdf = join(dir, 'card.pdf');
writeFileSync(pdf, '%PDF-1.7');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('electronCardPrinter', () => {
  it('loads the PDF in a hidden window, prints silently to the named printer, then closes the window', async () => {
    const { win, calls } = fakeWindow([true, '']);
    const printer = electronCardPrinter('Counter Card Printer', () => win);
    expect(printer.destination).toBe('electron:Counter Card Printer');
    await printer.print(pdf);
    expect(calls).toEqual([
      `load data:application/pdf;base64,${Buffer.from('%PDF-1.7').toString('base64')}`,
      'print silent=true device=Counter Card Printer',
      'destroy',
    ]);
  });

  it('turns a refused print into card-printer-failed and still closes the window', async () => {
    const { win, calls } = fakeWindow([false, 'no valid printers available']);
    await expect(electronCardPrinter('X', () => win).print(pdf)).rejects.toMatchObject({
      code: 'device-unavailable',
      detail: { reason: 'card-printer-failed' },
    });
    expect(calls.at(-1)).toBe('destroy');
  });
});
