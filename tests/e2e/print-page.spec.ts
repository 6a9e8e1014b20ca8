/**
 * The print page Electron prints PDFs from at the counter (renderer/print.html, main/shell/print-pdf.ts), printed here
 * by Chromium's own print pipeline (`page.pdf`, what `webContents.print` uses too): a real BHYT card PDF from the
 * admin CLI goes in as the print job, and what comes out has the card's pages at the card's size, with the card's QR.
 * The job route is only on app://kiosk in Electron, so here the page's request for it is answered by the test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { decodeQrFromPng, pdfPageSizes, pdfText, rasterize } from '../support/pdf-testkit';
import { expect, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { SCREENSHOT_DIR } from './fixtures/screens';
import { adminEntryArgs } from '../support/kiosk-host-process';

test.use({ hostKey: 'print-page' });

const JOB = '/print-job/AAAAAAAAAAAAAAAAAAAAAA.pdf';

interface PrintLayout {
  readonly pages: number;
  readonly widthPt: number;
  readonly heightPt: number;
}
/** What the print page exposes to the Electron main process (renderer/print/print-main.ts). */
type PrintWindow = Window & { kioskPrintReady?: Promise<PrintLayout> };

function cardPdf(host: KioskHost): Uint8Array {
  const out = join(host.dataDir, 'print-page-card.pdf');
  execFileSync(
    process.execPath,
    [...adminEntryArgs(), 'card-pdf', '--insurance-number', '0112345678', '--out', out, '--data-dir', host.dataDir],
    { encoding: 'utf8' },
  );
  return new Uint8Array(readFileSync(out));
}

async function openPrintPage(page: Page, host: KioskHost, job: Buffer | null): Promise<void> {
  await page.route('**/print-job/**', (route) =>
    job === null ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'application/pdf', body: job }),
  );
  await page.goto(`${host.baseUrl}/print.html#${JOB}`);
}

test('prints the card PDF at its own size, every page, with the same QR', async ({ page, host }) => {
  const card = cardPdf(host);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/fake worker|violates the following Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  await openPrintPage(page, host, Buffer.from(card));
  const layout = await page.evaluate(() => (window as PrintWindow).kioskPrintReady);
  const [front, back] = await pdfPageSizes(card);
  expect(layout?.pages).toBe(2);
  expect(layout?.widthPt).toBeCloseTo(front?.width ?? 0, 2);
  expect(layout?.heightPt).toBeCloseTo(front?.height ?? 0, 2);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
  expect(problems).toEqual([]);

  const printed = new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const sizes = await pdfPageSizes(printed);
  expect(sizes).toHaveLength(2);
  for (const [i, size] of sizes.entries()) {
    const want = i === 0 ? front : back;
    expect(size.width).toBeCloseTo(want?.width ?? 0, 0);
    expect(size.height).toBeCloseTo(want?.height ?? 0, 0);
  }
  // Printed as pixels drawn by pdf.js: no text layer, but the QR on the front reads back exactly.
  expect((await pdfText(printed)).trim()).toBe('');
  const qr = decodeQrFromPng(await rasterize(card, 1, 300));
  expect(qr).not.toBeNull();
  const front300 = await rasterize(printed, 1, 300);
  expect(decodeQrFromPng(front300)).toBe(qr);
  // For a person to look at, next to the screenshots.
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, 'print-page-card-front.png'), front300);
});

test('a print job that cannot be fetched makes the page fail instead of printing blank sheets', async ({ page, host }) => {
  await openPrintPage(page, host, null);
  const outcome = await page.evaluate(() =>
    (window as PrintWindow).kioskPrintReady?.then(
      () => 'ready',
      (e: unknown) => String(e),
    ),
  );
  expect(outcome).toMatch(/print job answered 404/);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'failed');
});

test('the page refuses a fragment that is not a print job', async ({ page, host }) => {
  await page.goto(`${host.baseUrl}/print.html#/card-preview/AAAAAAAAAAAAAAAAAAAAAA.pdf`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'failed');
  await expect(page.locator('canvas')).toHaveCount(0);
});
