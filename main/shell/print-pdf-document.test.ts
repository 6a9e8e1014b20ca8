import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronCardPrinter, type PrintableWindow } from './print-pdf';

const dir = mkdtempSync(join(tmpdir(), 'print-pdf-doc-'));
const pdf = join(dir, 'form01.pdf');
writeFileSync(pdf, '%PDF-1.7');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function window(answer: [boolean, string], seen: object[]): PrintableWindow {
  return {
    loadURL: () => Promise.resolve(),
    webContents: {
      print: (options, callback) => {
        seen.push(options);
        callback(...answer);
      },
    },
    destroy: () => undefined,
  };
}

describe('electronCardPrinter for documents (Form 01)', () => {
  it('prints A4 silently to the document printer', async () => {
    const seen: object[] = [];
    const printer = electronCardPrinter('Van phong A4', () => window([true, ''], seen), 'document');
    expect(printer.destination).toBe('electron:Van phong A4');
    await printer.print(pdf);
    expect(seen).toEqual([{ silent: true, deviceName: 'Van phong A4', printBackground: true, pageSize: 'A4' }]);
  });

  it('names its own failure reason', async () => {
    await expect(electronCardPrinter('X', () => window([false, 'failed'], []), 'document').print(pdf)).rejects.toMatchObject({
      code: 'device-unavailable',
      detail: { reason: 'document-printer-failed' },
    });
  });
});
