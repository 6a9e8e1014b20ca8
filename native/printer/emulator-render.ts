import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { ensureReceiptFonts, receiptFont } from './receipt-fonts.js';

// Paper rendering for the emulator: what the receipt would look like, for the demo screen and for
// looking at test output. Text uses a fixed 12-dot cell per character (the printer's font A), so
// space-padded alignment from the encoder lines up as it would on paper.

export type PaperAlign = 'left' | 'center' | 'right';

export type PaperSegment = {
  readonly text: string;
  readonly bold: boolean;
  readonly invert: boolean;
  readonly width: number;
  readonly height: number;
};

export type PaperElement =
  | { readonly k: 'text'; readonly segments: readonly PaperSegment[]; readonly align: PaperAlign }
  | { readonly k: 'blank'; readonly dots: number }
  | {
      readonly k: 'image';
      readonly widthDots: number;
      readonly height: number;
      readonly bits: Uint8Array;
      readonly scaleX: number;
      readonly scaleY: number;
      readonly align: PaperAlign;
    }
  | {
      readonly k: 'qr';
      readonly data: Uint8Array;
      readonly text: string;
      readonly size: number;
      readonly ec: 'L' | 'M' | 'Q' | 'H';
      readonly align: PaperAlign;
    };

export const CELL_WIDTH = 12;
export const CELL_HEIGHT = 24;
/** Default line feed: 30 dots of paper per text line at size 1. */
export const LINE_DOTS = 30;

export function segmentCells(segment: PaperSegment): number {
  return [...segment.text].length * segment.width;
}

export function textLineHeight(segments: readonly PaperSegment[]): number {
  const h = segments.reduce((max, s) => Math.max(max, s.height), 1);
  return LINE_DOTS + CELL_HEIGHT * (h - 1);
}

function qrMatrix(element: Extract<PaperElement, { k: 'qr' }>): { size: number; get(r: number, c: number): number } | null {
  try {
    const qr = QRCode.create([{ data: element.data, mode: 'byte' }], { errorCorrectionLevel: element.ec });
    return qr.modules;
  } catch {
    return null; // data too long for a QR symbol: the printer prints nothing either
  }
}

function elementHeight(e: PaperElement): number {
  switch (e.k) {
    case 'text':
      return textLineHeight(e.segments);
    case 'blank':
      return e.dots;
    case 'image':
      return e.height * e.scaleY;
    case 'qr': {
      const m = qrMatrix(e);
      return m === null ? 0 : (m.size + 4) * e.size;
    }
    default: {
      const never: never = e;
      throw new Error(`Unknown element ${JSON.stringify(never)}`);
    }
  }
}

function alignX(align: PaperAlign, paperWidth: number, width: number): number {
  switch (align) {
    case 'left':
      return 0;
    case 'center':
      return Math.max(0, Math.floor((paperWidth - width) / 2));
    case 'right':
      return Math.max(0, paperWidth - width);
    default: {
      const never: never = align;
      throw new Error(`Unknown align ${String(never)}`);
    }
  }
}

function drawText(ctx: SKRSContext2D, e: Extract<PaperElement, { k: 'text' }>, paperWidth: number, top: number): void {
  const lineH = textLineHeight(e.segments);
  const cells = e.segments.reduce((n, s) => n + segmentCells(s), 0);
  let x = alignX(e.align, paperWidth, cells * CELL_WIDTH);
  for (const s of e.segments) {
    const cellW = CELL_WIDTH * s.width;
    const cellH = CELL_HEIGHT * s.height;
    const cellTop = top + lineH - cellH - (LINE_DOTS - CELL_HEIGHT);
    // Font size leaves room in the 24-dot cell for Vietnamese stacked marks above capitals.
    const fontPx = 19 * s.height;
    ctx.font = receiptFont(fontPx, s.bold);
    for (const ch of s.text) {
      if (s.invert) {
        ctx.fillStyle = '#000';
        ctx.fillRect(x, cellTop, cellW, cellH);
      }
      ctx.fillStyle = s.invert ? '#fff' : '#000';
      const w = ctx.measureText(ch).width;
      const scale = w > cellW ? cellW / w : 1;
      ctx.save();
      ctx.translate(x + (cellW - w * scale) / 2, cellTop + Math.round(cellH * 0.8));
      ctx.scale(scale, 1);
      ctx.fillText(ch, 0, 0);
      ctx.restore();
      x += cellW;
    }
  }
}

function drawImage(ctx: SKRSContext2D, e: Extract<PaperElement, { k: 'image' }>, paperWidth: number, top: number, left: number): void {
  const w = e.widthDots * e.scaleX;
  const h = e.height * e.scaleY;
  if (w === 0 || h === 0) return;
  const img = ctx.createImageData(w, h);
  img.data.fill(255);
  const rowBytes = Math.ceil(e.widthDots / 8);
  for (let y = 0; y < h; y++) {
    const sy = Math.floor(y / e.scaleY);
    for (let x = 0; x < w; x++) {
      const sx = Math.floor(x / e.scaleX);
      const byte = e.bits[sy * rowBytes + (sx >> 3)] ?? 0;
      if ((byte << (sx & 7)) & 0x80) {
        const o = (y * w + x) * 4;
        img.data[o] = 0;
        img.data[o + 1] = 0;
        img.data[o + 2] = 0;
      }
    }
  }
  ctx.putImageData(img, left + alignX(e.align, paperWidth, w), top);
}

function drawQr(ctx: SKRSContext2D, e: Extract<PaperElement, { k: 'qr' }>, paperWidth: number, top: number): void {
  const m = qrMatrix(e);
  if (m === null) return;
  const side = m.size * e.size;
  const x0 = alignX(e.align, paperWidth, side);
  const y0 = top + 2 * e.size;
  ctx.fillStyle = '#000';
  for (let r = 0; r < m.size; r++) {
    for (let c = 0; c < m.size; c++) {
      if (m.get(r, c)) ctx.fillRect(x0 + c * e.size, y0 + r * e.size, e.size, e.size);
    }
  }
}

/** Renders a finished receipt to PNG at the printer's dot resolution (1 px = 1 dot). */
export function renderPaperPng(elements: readonly PaperElement[], paperWidth: number): Buffer {
  ensureReceiptFonts();
  const margin = 16;
  const height = elements.reduce((sum, e) => sum + elementHeight(e), 0) + 2 * margin;
  const canvas = createCanvas(paperWidth + 2 * margin, Math.max(height, 2 * margin + 1));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'alphabetic';
  let top = margin;
  for (const e of elements) {
    ctx.save();
    ctx.translate(margin, 0);
    switch (e.k) {
      case 'text':
        drawText(ctx, e, paperWidth, top);
        break;
      case 'blank':
        break;
      case 'image':
        // putImageData ignores the transform, so the margin is passed explicitly.
        drawImage(ctx, e, paperWidth, top, margin);
        break;
      case 'qr':
        drawQr(ctx, e, paperWidth, top);
        break;
      default: {
        const never: never = e;
        throw new Error(`Unknown element ${JSON.stringify(never)}`);
      }
    }
    ctx.restore();
    top += elementHeight(e);
  }
  return canvas.encodeSync('png');
}
