/**
 * QR codes drawn as vector rectangles: one filled path per symbol keeps a card PDF a few kB and prints
 * sharp at any resolution. See qr-runs.ts for the encoding rules.
 */
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
import { qrRuns, type QrErrorCorrection } from './qr-runs.js';

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
