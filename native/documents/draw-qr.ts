/**
 * QR codes drawn as vector rectangles: one filled path per symbol keeps a card PDF a few kB and prints
 * sharp at any resolution. See qr-runs.ts for the encoding rules.
 */
import {
  concatTransformationMatrix,
  fill,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
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

type QrPath = { readonly modules: number; readonly rectangles: readonly PDFOperator[] };

/** Symbols drawn recently: a card is typically previewed, then printed, sometimes reprinted. */
const recent = new Map<string, QrPath>();
const RECENT_LIMIT = 16;

/**
 * One `re` operator per run. Run coordinates are small integers, so they are written as plain
 * strings: pdf-lib's general number formatting was a visible share of a card's time. Operators are
 * immutable, so a symbol's list is shared by every document that draws it.
 */
function qrPath(payload: string, level: QrErrorCorrection): QrPath {
  const key = `${level}\u0000${payload}`;
  let path = recent.get(key);
  if (path) {
    recent.delete(key);
  } else {
    const { runs, modules } = qrRuns(payload, level);
    path = {
      modules,
      rectangles: runs.map((r) => PDFOperator.of(PDFOperatorNames.AppendRectangle, [String(r.col), String(r.row), String(r.length), '1'])),
    };
  }
  recent.set(key, path);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value ?? '');
  return path;
}

/** Draws the symbol on a white square. Returns the module size in points (for tests and previews). */
export function drawQr(page: PDFPage, payload: string, at: QrPlacement): number {
  const { rectangles, modules } = qrPath(payload, at.errorCorrectionLevel);
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
    ...rectangles,
    fill(),
    popGraphicsState(),
  );
  return moduleSize;
}
