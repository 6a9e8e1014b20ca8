/**
 * QR codes drawn as vector rectangles: one filled path per symbol keeps a card PDF a few kB and prints
 * sharp at any resolution. The payload is encoded as UTF-8 in BYTE mode, exactly as stored —
 * never re-normalized, because the BHYT QR carries a check field over its bytes.
 */
import QRCode from 'qrcode';
import {
  concatTransformationMatrix,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
  type PDFPage,
} from 'pdf-lib';

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

export type QrPlacement = {
  /** Left edge, points. */
  readonly x: number;
  /** Top edge, points from the bottom of the page (PDF coordinates). */
  readonly top: number;
  /** Side of the square box, quiet zone included, points. */
  readonly size: number;
  readonly quietZoneModules: number;
  readonly errorCorrectionLevel: QrErrorCorrection;
};

export type QrRun = { readonly row: number; readonly col: number; readonly length: number };

/**
 * The symbol as horizontal runs of dark modules (row, first column, length), in module units.
 * Runs merge neighbours, so a row is a handful of rectangles rather than one per module; the
 * on-screen preview can draw the same runs.
 */
export function qrRuns(payload: string, errorCorrectionLevel: QrErrorCorrection): { runs: QrRun[]; modules: number } {
  const qr = QRCode.create([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { errorCorrectionLevel });
  const { size, data } = qr.modules;
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return { runs, modules: size };
}

/** Draws the symbol on a white square. Returns the module size in points (for tests and previews). */
export function drawQr(page: PDFPage, payload: string, at: QrPlacement): number {
  const { runs, modules } = qrRuns(payload, at.errorCorrectionLevel);
  const total = modules + 2 * at.quietZoneModules;
  const moduleSize = at.size / total;
  page.drawRectangle({ x: at.x, y: at.top - at.size, width: at.size, height: at.size, color: rgb(1, 1, 1) });
  // One matrix maps module units (y down) onto the page, so every rectangle is small integers:
  // compact content and no per-number float formatting.
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(
      moduleSize,
      0,
      0,
      -moduleSize,
      at.x + at.quietZoneModules * moduleSize,
      at.top - at.quietZoneModules * moduleSize,
    ),
    setFillingRgbColor(0, 0, 0),
    ...runs.map((r) => rectangle(r.col, r.row, r.length, 1)),
    fill(),
    popGraphicsState(),
  );
  return moduleSize;
}
