/**
 * The print page (print.html) behind Electron's silent printing at the counter: it draws the PDF named in the URL
 * fragment with pdf.js, one canvas per page at the PDF's own size, and sizes the printed sheet to match. Printing
 * therefore needs no PDF viewer plugin (whose extension pages the hardened session would refuse) and is the same
 * page Chromium prints in the e2e test. `window.kioskPrintReady` settles when the sheets are drawn; main waits on it
 * (main/shell/print-pdf.ts) before calling webContents.print.
 */
import { renderPdfPagesAtDpi } from '../ui/pdf-pages';
import { PRINT_DPI, PRINT_JOB_PATH, type PrintLayout } from './print-layout';
import './print.css';

declare global {
  interface Window {
    kioskPrintReady?: Promise<PrintLayout>;
  }
}

/** `@page` from script: the CSP forbids inline styles, not rules added through the CSSOM. */
function setSheetSize(widthPt: number, heightPt: number): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { size: ${widthPt}pt ${heightPt}pt; margin: 0; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

async function preparePrint(): Promise<PrintLayout> {
  const path = decodeURIComponent(window.location.hash.slice(1));
  if (!PRINT_JOB_PATH.test(path)) throw new Error('the print page names no print job');
  const res = await fetch(path, { cache: 'no-store' });
  if (!res.ok || res.headers.get('content-type') !== 'application/pdf') throw new Error(`print job answered ${res.status}`);
  const pages = await renderPdfPagesAtDpi(new Uint8Array(await res.arrayBuffer()), PRINT_DPI);
  const first = pages[0];
  if (first === undefined) throw new Error('the PDF has no pages');
  setSheetSize(first.widthPt, first.heightPt);
  const host = document.getElementById('sheets');
  if (host === null) throw new Error('print page without #sheets');
  for (const p of pages) {
    p.canvas.className = 'sheet';
    p.canvas.style.width = `${p.widthPt}pt`;
    p.canvas.style.height = `${p.heightPt}pt`;
  }
  host.replaceChildren(...pages.map((p) => p.canvas));
  return { pages: pages.length, widthPt: first.widthPt, heightPt: first.heightPt };
}

const ready = preparePrint();
window.kioskPrintReady = ready;
ready.then(
  () => (document.documentElement.dataset.printReady = 'true'),
  () => (document.documentElement.dataset.printReady = 'failed'),
);
