/**
 * Draws "Label: value" into a fixed box: the label inline on the first line in its own font, the
 * value fitted by `fitText`. Baselines follow the CSS line-box model (half-leading above the ascent)
 * so the on-screen preview, laid out by the browser, lands on the same lines.
 */
import { rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { fitText, type FittedText } from './fit-text.js';
import type { TextAlign } from './card-layout.js';

export type TextBox = {
  readonly label: string | null;
  readonly value: string;
  readonly valueFont: PDFFont;
  readonly labelFont: PDFFont;
  /** Left edge, points. */
  readonly x: number;
  /** Top of the first line box, points from the bottom of the page. */
  readonly top: number;
  readonly width: number;
  readonly maxLines: number;
  readonly maxSize: number;
  readonly minSize: number;
  /** Fixed label size; when absent the label shrinks together with the value. */
  readonly labelSize?: number;
  readonly lineHeight: number;
  readonly align: TextAlign;
  readonly color: RGB;
  readonly labelColor: RGB;
};

export type DrawnTextBox = FittedText & {
  /** Bottom of the last line box, points from the bottom of the page. */
  readonly bottom: number;
};

export function hexToRgb(hex: string): RGB {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 0xff) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255);
}

function labelPrefix(label: string | null): string {
  return label === null ? '' : `${label.normalize('NFC')} `;
}

/** Lays out without drawing (same result `drawTextBox` would draw). */
export function fitTextBox(box: TextBox): FittedText {
  const prefix = labelPrefix(box.label);
  // Widths are linear in size, so the label is measured once.
  const labelUnits = prefix === '' ? 0 : box.labelFont.widthOfTextAtSize(prefix, 1);
  return fitText({
    text: box.value,
    font: box.valueFont,
    maxWidth: box.width,
    maxLines: box.maxLines,
    maxSize: box.maxSize,
    minSize: box.minSize,
    firstLineIndent: (size) => labelUnits * (box.labelSize ?? size),
  });
}

export function drawTextBox(page: PDFPage, box: TextBox): DrawnTextBox {
  const fitted = fitTextBox(box);
  const { size } = fitted;
  const prefix = labelPrefix(box.label);
  const labelUnits = prefix === '' ? 0 : box.labelFont.widthOfTextAtSize(prefix, 1);
  const lineBox = size * box.lineHeight;
  const ascent = box.valueFont.heightAtSize(size, { descender: false });
  const glyphHeight = box.valueFont.heightAtSize(size);
  const firstBaseline = box.top - (lineBox - glyphHeight) / 2 - ascent;

  fitted.lines.forEach((line, i) => {
    const labelSize = box.labelSize ?? size;
    const labelWidth = i === 0 ? labelUnits * labelSize : 0;
    const lineWidth = labelWidth + box.valueFont.widthOfTextAtSize(line, size);
    const shift = box.align === 'left' ? 0 : box.align === 'center' ? (box.width - lineWidth) / 2 : box.width - lineWidth;
    const x = box.x + Math.max(0, shift);
    const y = firstBaseline - i * lineBox;
    if (labelWidth > 0) page.drawText(prefix, { x, y, size: labelSize, font: box.labelFont, color: box.labelColor });
    if (line !== '') page.drawText(line, { x: x + labelWidth, y, size, font: box.valueFont, color: box.color });
  });
  return { ...fitted, bottom: box.top - fitted.lines.length * lineBox };
}
