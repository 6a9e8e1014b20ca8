import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { ensureReceiptFonts, receiptFont } from './receipt-fonts.js';
import { REPRINT_BANNER, type Receipt, type ReceiptAlign } from './receipt.js';

// Host-side rendering of receipt text to 1-bit-ready bitmaps. Many printers lack a Vietnamese
// code page, so by default text is printed as raster images; QR codes stay native (sharper, smaller).

export type RasterBlock =
  | { readonly kind: 'image'; readonly width: number; readonly height: number; readonly rgba: Uint8ClampedArray }
  | { readonly kind: 'qr'; readonly data: string };

type DrawOp =
  | { readonly op: 'text'; readonly text: string; readonly x: number; readonly y: number; readonly font: string; readonly color: string }
  | { readonly op: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number };

type Metrics = { readonly normal: number; readonly large: number; readonly padding: number };

function metricsFor(width: number): Metrics {
  // 24 px at 203 dpi is about the height of the printer's own font A; 58 mm paper gets a bit less.
  return width >= 512 ? { normal: 24, large: 34, padding: 4 } : { normal: 20, large: 28, padding: 2 };
}

/** Line advance: Vietnamese stacks two marks above capitals (Ễ), so leave generous leading. */
function lineHeight(size: number): number {
  return Math.round(size * 1.5);
}

/** Baseline offset inside a line: room above for stacked diacritics, below for descenders and dots. */
function baseline(size: number): number {
  return Math.round(size * 1.15);
}

class BlockLayout {
  readonly ops: DrawOp[] = [];
  y = 0;

  constructor(
    private readonly ctx: SKRSContext2D,
    readonly width: number,
    readonly m: Metrics,
  ) {}

  get inner(): number {
    return this.width - 2 * this.m.padding;
  }

  measure(text: string, font: string): number {
    this.ctx.font = font;
    return this.ctx.measureText(text).width;
  }

  /** Greedy word wrap; words longer than a line are broken between characters. */
  wrap(text: string, font: string, maxWidth: number): string[] {
    const lines: string[] = [];
    let current = '';
    for (const word of text.split(/\s+/u).filter((w) => w.length > 0)) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (this.measure(candidate, font) <= maxWidth) {
        current = candidate;
        continue;
      }
      if (current !== '') lines.push(current);
      let piece = '';
      for (const ch of word) {
        if (this.measure(piece + ch, font) > maxWidth && piece !== '') {
          lines.push(piece);
          piece = '';
        }
        piece += ch;
      }
      current = piece;
    }
    if (current !== '' || lines.length === 0) lines.push(current);
    return lines;
  }

  xFor(align: ReceiptAlign, textWidth: number): number {
    switch (align) {
      case 'left':
        return this.m.padding;
      case 'center':
        return Math.round((this.width - textWidth) / 2);
      case 'right':
        return Math.round(this.width - this.m.padding - textWidth);
      default: {
        const never: never = align;
        throw new Error(`Unknown alignment ${String(never)}`);
      }
    }
  }

  text(text: string, opts: { readonly bold: boolean; readonly size: number; readonly align: ReceiptAlign }): void {
    const font = receiptFont(opts.size, opts.bold);
    for (const line of this.wrap(text, font, this.inner)) {
      const w = this.measure(line, font);
      this.ops.push({ op: 'text', text: line, x: this.xFor(opts.align, w), y: this.y + baseline(opts.size), font, color: '#000' });
      this.y += lineHeight(opts.size);
    }
  }

  pair(label: string, value: string): void {
    const size = this.m.normal;
    const labelFont = receiptFont(size, false);
    const valueFont = receiptFont(size, true);
    const gap = size / 2;
    const lw = this.measure(label, labelFont);
    const vw = this.measure(value, valueFont);
    if (lw + gap + vw <= this.inner) {
      this.ops.push({ op: 'text', text: label, x: this.m.padding, y: this.y + baseline(size), font: labelFont, color: '#000' });
      this.ops.push({ op: 'text', text: value, x: this.xFor('right', vw), y: this.y + baseline(size), font: valueFont, color: '#000' });
      this.y += lineHeight(size);
      return;
    }
    // Too long for one line: label on its own line(s), the value right-aligned below it.
    this.text(label, { bold: false, size, align: 'left' });
    this.text(value, { bold: true, size, align: 'right' });
  }

  rule(): void {
    const h = lineHeight(this.m.normal);
    this.ops.push({ op: 'rect', x: this.m.padding, y: this.y + Math.round(h / 2) - 1, w: this.inner, h: 2 });
    this.y += h;
  }

  banner(text: string): void {
    const size = this.m.large;
    const font = receiptFont(size, true);
    const h = lineHeight(size) + 8;
    this.ops.push({ op: 'rect', x: this.m.padding, y: this.y, w: this.inner, h });
    const w = this.measure(text, font);
    this.ops.push({ op: 'text', text, x: this.xFor('center', w), y: this.y + 4 + baseline(size), font, color: '#fff' });
    this.y += h + Math.round(size / 3);
  }
}

function paint(ops: readonly DrawOp[], width: number, height: number): Uint8ClampedArray {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';
  for (const op of ops) {
    switch (op.op) {
      case 'text':
        ctx.font = op.font;
        ctx.fillStyle = op.color;
        ctx.fillText(op.text, op.x, op.y);
        break;
      case 'rect':
        ctx.fillStyle = '#000';
        ctx.fillRect(op.x, op.y, op.w, op.h);
        break;
      default: {
        const never: never = op;
        throw new Error(`Unknown draw op ${JSON.stringify(never)}`);
      }
    }
  }
  return ctx.getImageData(0, 0, width, height).data;
}

/** Lays a receipt out as images (runs of text) separated by native QR codes. */
export function renderReceiptBlocks(receipt: Receipt, width: number): RasterBlock[] {
  ensureReceiptFonts();
  const m = metricsFor(width);
  const scratch = createCanvas(8, 8).getContext('2d');
  const blocks: RasterBlock[] = [];
  let layout = new BlockLayout(scratch, width, m);

  const flush = (): void => {
    if (layout.ops.length === 0 && layout.y === 0) return;
    const height = Math.max(8, Math.ceil(layout.y / 8) * 8);
    blocks.push({ kind: 'image', width, height, rgba: paint(layout.ops, width, height) });
    layout = new BlockLayout(scratch, width, m);
  };

  if (receipt.reprint === true) layout.banner(REPRINT_BANNER);
  layout.text(receipt.title.normalize('NFC'), { bold: true, size: m.large, align: 'center' });
  layout.y += Math.round(m.normal / 3);
  for (const line of receipt.lines) {
    switch (line.kind) {
      case 'text':
        layout.text(line.text.normalize('NFC'), {
          bold: line.bold === true,
          size: line.size === 'large' ? m.large : m.normal,
          align: line.align ?? 'left',
        });
        break;
      case 'pair':
        layout.pair(line.label.normalize('NFC'), line.value.normalize('NFC'));
        break;
      case 'qr':
        flush();
        blocks.push({ kind: 'qr', data: line.data.normalize('NFC') });
        break;
      case 'rule':
        layout.rule();
        break;
      case 'feed':
        layout.y += lineHeight(m.normal) * Math.max(0, Math.floor(line.lines));
        break;
      default: {
        const never: never = line;
        throw new Error(`Unknown receipt line ${JSON.stringify(never)}`);
      }
    }
  }
  if (receipt.footer !== undefined) {
    layout.y += Math.round(m.normal / 2);
    layout.text(receipt.footer.normalize('NFC'), { bold: false, size: m.normal, align: 'center' });
  }
  flush();
  return blocks;
}
