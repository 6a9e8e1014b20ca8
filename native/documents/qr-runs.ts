/**
 * A QR symbol as horizontal runs of dark modules. Pure and browser-safe, so the PDF renderer and
 * the on-screen card preview draw the very same symbol. The payload is encoded as UTF-8 in BYTE
 * mode, exactly as stored — never re-normalized, because the BHYT QR carries a check field over
 * its bytes.
 */
import QRCode from 'qrcode';

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

export type QrRun = { readonly row: number; readonly col: number; readonly length: number };

/**
 * The symbol as horizontal runs of dark modules (row, first column, length), in module units.
 * Runs merge neighbours, so a row is a handful of rectangles rather than one per module; the
 * on-screen preview can draw the same runs.
 */
export function qrRuns(payload: string, errorCorrectionLevel: QrErrorCorrection): { runs: QrRun[]; modules: number } {
  const qr = QRCode.create([{ data: new TextEncoder().encode(payload), mode: 'byte' }], { errorCorrectionLevel });
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
