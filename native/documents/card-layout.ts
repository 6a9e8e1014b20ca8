/**
 * The BHYT card layout as data (resources/card-layout/bhyt-1666.json). The PDF renderer and the
 * on-screen preview both draw from this one file, so the two can never drift apart.
 */
import { z } from 'zod';
import bhytLayoutJson from '../../resources/card-layout/bhyt-1666.json' with { type: 'json' };

/** Millimetres to PDF points. */
export const MM_TO_PT = 72 / 25.4;

const hexColor = z.string().regex(/^#[0-9A-Fa-f]{6}$/);

export const paletteSchema = z.object({
  background: hexColor,
  tint: hexColor,
  band: hexColor,
  bandAccent: hexColor,
  bandText: hexColor,
  highlight: hexColor,
  ink: hexColor,
  label: hexColor,
  accent: hexColor,
});
export type CardPalette = z.infer<typeof paletteSchema>;
export type CardColor = keyof CardPalette;
const colorKey = paletteSchema.keyof();

/** Printable values a card element can show; produced by `bhytCardText`. */
export const BHYT_CARD_FIELDS = [
  'insuranceNumber',
  'fullName',
  'dateOfBirth',
  'gender',
  'benefitCode',
  'livingAreaCode',
  'facilityCode',
  'facilityName',
  'validity',
  'fiveYearsContinuousFrom',
  'issuedBy',
  'issueDate',
  'copyLabel',
] as const;
export type BhytCardField = (typeof BHYT_CARD_FIELDS)[number];

const mm = z.number().min(0).max(200);
const pt = z.number().positive().max(72);

export const textSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('static'), text: z.string().min(1) }),
  z.object({ kind: z.literal('field'), field: z.enum(BHYT_CARD_FIELDS) }),
]);
export type TextSource = z.infer<typeof textSourceSchema>;

export const fontWeightSchema = z.enum(['regular', 'bold']);
export type FontWeight = z.infer<typeof fontWeightSchema>;

export const textAlignSchema = z.enum(['left', 'center', 'right']);
export type TextAlign = z.infer<typeof textAlignSchema>;

export const cardElementSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
    /** Vietnamese label; printed inline before the value when showLabel is true. */
    label: z.string().min(1),
    source: textSourceSchema,
    showLabel: z.boolean(),
    xMm: mm,
    yMm: mm,
    widthMm: z.number().positive().max(200),
    fontSizePt: pt,
    minFontSizePt: pt,
    /** Inline label size; fixed (does not shrink). Defaults to the value's fitted size. */
    labelFontSizePt: pt.optional(),
    weight: fontWeightSchema,
    maxLines: z.number().int().min(1).max(10),
    lineHeight: z.number().min(1).max(2).default(1.2),
    align: textAlignSchema,
    color: colorKey,
    labelColor: colorKey.default('label'),
  })
  .refine((e) => e.minFontSizePt <= e.fontSizePt, { message: 'minFontSizePt must not exceed fontSizePt' });
export type CardElement = z.infer<typeof cardElementSchema>;

export const decorationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rect'), xMm: mm, yMm: mm, widthMm: mm, heightMm: mm, color: colorKey }),
  z.object({ kind: z.literal('circle'), cxMm: mm, cyMm: mm, rMm: mm, color: colorKey }),
  z.object({ kind: z.literal('cross'), cxMm: mm, cyMm: mm, sizeMm: mm, thicknessMm: mm, color: colorKey }),
]);
export type Decoration = z.infer<typeof decorationSchema>;

export const qrBoxSchema = z.object({
  xMm: mm,
  yMm: mm,
  sizeMm: z.number().positive().max(100),
  /** White border around the symbol, in modules, drawn inside sizeMm. */
  quietZoneModules: z.number().int().min(0).max(8),
  errorCorrectionLevel: z.enum(['L', 'M', 'Q', 'H']),
});
export type QrBox = z.infer<typeof qrBoxSchema>;

export const cardSideSchema = z.object({
  decorations: z.array(decorationSchema).readonly(),
  qr: qrBoxSchema.nullable(),
  elements: z.array(cardElementSchema).readonly(),
});
export type CardSide = z.infer<typeof cardSideSchema>;

export const bhytCardLayoutSchema = z
  .object({
    version: z.literal(1),
    template: z.string().min(1),
    notes: z.array(z.string()).readonly(),
    card: z.object({ widthMm: z.number().positive().max(300), heightMm: z.number().positive().max(300) }),
    palette: paletteSchema,
    front: cardSideSchema,
    back: cardSideSchema,
  })
  .superRefine((layout, ctx) => {
    const { widthMm, heightMm } = layout.card;
    for (const side of ['front', 'back'] as const) {
      const ids = new Set<string>();
      for (const el of layout[side].elements) {
        if (ids.has(el.id)) ctx.addIssue({ code: 'custom', message: `duplicate element id ${el.id}`, path: [side] });
        ids.add(el.id);
        if (el.xMm + el.widthMm > widthMm + 1e-6) {
          ctx.addIssue({ code: 'custom', message: `element ${el.id} is wider than the card`, path: [side] });
        }
        const boxHeightMm = (el.maxLines * el.fontSizePt * el.lineHeight) / MM_TO_PT;
        if (el.yMm + boxHeightMm > heightMm + 1e-6) {
          ctx.addIssue({ code: 'custom', message: `element ${el.id} runs below the card`, path: [side] });
        }
      }
      const qr = layout[side].qr;
      if (qr && (qr.xMm + qr.sizeMm > widthMm || qr.yMm + qr.sizeMm > heightMm)) {
        ctx.addIssue({ code: 'custom', message: 'QR box is outside the card', path: [side, 'qr'] });
      }
    }
  });
export type BhytCardLayout = z.infer<typeof bhytCardLayoutSchema>;

let cached: BhytCardLayout | undefined;

/**
 * Parses the bundled layout (or `raw`, for tests and previews of edited layouts). The bundled one
 * is parsed once; a malformed file throws a ZodError at first use rather than printing a broken card.
 */
export function loadBhytCardLayout(raw?: unknown): BhytCardLayout {
  if (raw !== undefined) return bhytCardLayoutSchema.parse(raw);
  cached ??= bhytCardLayoutSchema.parse(bhytLayoutJson);
  return cached;
}
