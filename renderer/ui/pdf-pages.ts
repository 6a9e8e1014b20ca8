/**
 * Draws the pages of a PDF onto canvases with pdf.js, so a PDF (card preview, Form 01, participation statement) is
 * shown the same way in Electron and in the browser host, and printed by Electron from our own print page. Chromium's PDF viewer is a plugin: the hardened kiosk
 * window keeps plugins off (main/shell/kiosk-window.ts), and the viewer's toolbar would offer download and print
 * at a public kiosk anyway. pdf.js is loaded on first use (its own chunk) and runs in a worker served from the app's
 * own origin, which the CSP's `script-src 'self'` allows; eval is switched off to match the CSP.
 */
import type * as PdfJsModule from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return loading;
}

export interface RenderedPage {
  readonly canvas: HTMLCanvasElement;
  /** Page size in PDF points, for the caller's aspect ratio and labels. */
  readonly widthPt: number;
  readonly heightPt: number;
}

/**
 * Renders every page at `cssWidth` CSS pixels wide (sharp on high-DPI screens). The document and its worker-side
 * copy are destroyed before returning: only the pixels stay, and they go with the canvases.
 */
export function renderPdfPages(bytes: Uint8Array, cssWidth: number, pixelRatio: number): Promise<RenderedPage[]> {
  return renderPages(bytes, (widthPt) => (cssWidth / widthPt) * pixelRatio);
}

/** Renders every page at `dpi` dots per inch of the PDF's own size (the print page: renderer/print/print-main.ts). */
export function renderPdfPagesAtDpi(bytes: Uint8Array, dpi: number): Promise<RenderedPage[]> {
  return renderPages(bytes, () => dpi / 72);
}

async function renderPages(bytes: Uint8Array, scaleFor: (widthPt: number) => number): Promise<RenderedPage[]> {
  const lib = await pdfjs();
  // The buffer is transferred to the worker; the caller keeps its own copy.
  const task = lib.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableAutoFetch: true });
  const doc = await task.promise;
  try {
    const pages: RenderedPage[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: scaleFor(base.width) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d canvas context');
      await page.render({ canvasContext: context, viewport }).promise;
      page.cleanup();
      pages.push({ canvas, widthPt: base.width, heightPt: base.height });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
