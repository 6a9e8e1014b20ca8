/**
 * BHYT card (1666 template) as a two-page PDF: page 1 the front, page 2 the back, each page exactly
 * the card size from resources/card-layout/bhyt-1666.json. Be Vietnam Pro is embedded as a subset.
 */
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { loadBhytCardLayout, MM_TO_PT, type BhytCardLayout, type CardSide, type Decoration } from './card-layout.js';
import { bhytCardText, type BhytCardData } from './bhyt-card-text.js';
import { documentFonts, type FontSet } from './document-fonts.js';
import { drawTextBox, hexToRgb } from './draw-text-box.js';
import { drawQr } from './draw-qr.js';

export type { BhytCardData } from './bhyt-card-text.js';

const VIETNAMESE_LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz';

/**
 * Every letter of Vietnamese in both cases, digits and the punctuation names and addresses use.
 * Preloading it gives every card the same font subset, whose encoded program is then reused from
 * card to card (see document-fonts.ts) instead of being rebuilt for each name: about 20 kB more
 * per card, several milliseconds less. Characters outside it are still added as needed.
 */
export const CARD_REPERTOIRE = `${VIETNAMESE_LOWER}${VIETNAMESE_LOWER.toUpperCase()}0123456789 .,:;/-–()'"…`;

/** Where each element ended up; lets tests and the preview check fitting without parsing the PDF. */
export type PlacedCardElement = {
  readonly side: 'front' | 'back';
  readonly id: string;
  readonly sizePt: number;
  readonly fontSizePt: number;
  readonly lines: readonly string[];
  readonly truncated: boolean;
  /** The area the drawn lines occupy, mm from the top-left corner: the declared width × the used line boxes. */
  readonly box: { readonly xMm: number; readonly yMm: number; readonly widthMm: number; readonly heightMm: number };
};

export type RenderedBhytCard = {
  readonly pdf: Uint8Array;
  readonly placed: readonly PlacedCardElement[];
  /** Size of one QR module in mm (print-quality check: ≥ 0.25 mm reads reliably). */
  readonly qrModuleMm: number;
};

function drawDecoration(page: PDFPage, d: Decoration, layout: BhytCardLayout): void {
  const h = page.getHeight();
  const color = hexToRgb(layout.palette[d.color]);
  switch (d.kind) {
    case 'rect':
      page.drawRectangle({
        x: d.xMm * MM_TO_PT,
        y: h - (d.yMm + d.heightMm) * MM_TO_PT,
        width: d.widthMm * MM_TO_PT,
        height: d.heightMm * MM_TO_PT,
        color,
      });
      return;
    case 'circle':
      page.drawCircle({ x: d.cxMm * MM_TO_PT, y: h - d.cyMm * MM_TO_PT, size: d.rMm * MM_TO_PT, color });
      return;
    case 'cross': {
      const s = d.sizeMm * MM_TO_PT;
      const t = d.thicknessMm * MM_TO_PT;
      const cx = d.cxMm * MM_TO_PT;
      const cy = h - d.cyMm * MM_TO_PT;
      page.drawRectangle({ x: cx - s / 2, y: cy - t / 2, width: s, height: t, color });
      page.drawRectangle({ x: cx - t / 2, y: cy - s / 2, width: t, height: s, color });
      return;
    }
    default: {
      const unreachable: never = d;
      throw new Error(`unknown decoration ${JSON.stringify(unreachable)}`);
    }
  }
}

async function drawSide(
  page: PDFPage,
  sideName: 'front' | 'back',
  side: CardSide,
  layout: BhytCardLayout,
  values: ReturnType<typeof bhytCardText>,
  qrPayload: string,
  fonts: FontSet,
): Promise<{ placed: PlacedCardElement[]; qrModuleMm: number }> {
  const h = page.getHeight();
  for (const d of side.decorations) drawDecoration(page, d, layout);

  let qrModuleMm = 0;
  if (side.qr) {
    const moduleSize = drawQr(page, qrPayload, {
      x: side.qr.xMm * MM_TO_PT,
      top: h - side.qr.yMm * MM_TO_PT,
      size: side.qr.sizeMm * MM_TO_PT,
      quietZoneModules: side.qr.quietZoneModules,
      errorCorrectionLevel: side.qr.errorCorrectionLevel,
    });
    qrModuleMm = moduleSize / MM_TO_PT;
  }

  const labelFont = await fonts.get('regular');
  const placed: PlacedCardElement[] = [];
  for (const el of side.elements) {
    const value = el.source.kind === 'static' ? el.source.text : values[el.source.field];
    if (value === null) continue;
    const drawn = drawTextBox(page, {
      label: el.showLabel ? el.label : null,
      value,
      valueFont: await fonts.get(el.weight),
      labelFont,
      x: el.xMm * MM_TO_PT,
      top: h - el.yMm * MM_TO_PT,
      width: el.widthMm * MM_TO_PT,
      maxLines: el.maxLines,
      maxSize: el.fontSizePt,
      minSize: el.minFontSizePt,
      ...(el.labelFontSizePt === undefined ? {} : { labelSize: el.labelFontSizePt }),
      lineHeight: el.lineHeight,
      align: el.align,
      color: hexToRgb(layout.palette[el.color]),
      labelColor: hexToRgb(layout.palette[el.labelColor]),
    });
    placed.push({
      side: sideName,
      id: el.id,
      sizePt: drawn.size,
      fontSizePt: el.fontSizePt,
      lines: drawn.lines,
      truncated: drawn.truncated,
      box: {
        xMm: el.xMm,
        yMm: el.yMm,
        widthMm: el.widthMm,
        heightMm: (drawn.lines.length * drawn.size * el.lineHeight) / MM_TO_PT,
      },
    });
  }
  return { placed, qrModuleMm };
}

/** Renders and also reports how every element was fitted. */
export async function renderBhytCard(card: BhytCardData, layout: BhytCardLayout = loadBhytCardLayout()): Promise<RenderedBhytCard> {
  const values = bhytCardText(card);
  const doc = await PDFDocument.create({ updateMetadata: false });
  // No personal data in document metadata: a reprint kept in a spool folder should not index by name.
  doc.setTitle('Thẻ bảo hiểm y tế');
  doc.setProducer('BHXH Kiosk');
  const fonts = documentFonts(doc, { preload: CARD_REPERTOIRE });
  const size: [number, number] = [layout.card.widthMm * MM_TO_PT, layout.card.heightMm * MM_TO_PT];

  const front = await drawSide(doc.addPage(size), 'front', layout.front, layout, values, card.qrPayload, fonts);
  const back = await drawSide(doc.addPage(size), 'back', layout.back, layout, values, card.qrPayload, fonts);
  // Object streams cost a second deflate pass for ~3 kB; not worth it on the print path.
  const pdf = await doc.save({ useObjectStreams: false });
  return { pdf, placed: [...front.placed, ...back.placed], qrModuleMm: front.qrModuleMm || back.qrModuleMm };
}

export async function renderBhytCardPdf(card: BhytCardData): Promise<Uint8Array> {
  return (await renderBhytCard(card)).pdf;
}
