import ReceiptPrinterEncoder, { type ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';
import { z } from 'zod';

export type PrinterTextMode = 'raster' | 'windows1258' | 'tcvn3';

export type PrinterProfile = {
  readonly paperWidthMm: 58 | 80;
  /** 'raster' renders text on the host (works on every printer); the code-page modes need the
   *  printer to support CP1258 / TCVN-3, which many clones do not. */
  readonly textMode: PrinterTextMode;
  /** receipt-printer-encoder printerModel id, e.g. 'epson-tm-t20iii' or 'pos-5890'. */
  readonly model: string;
};

const knownModels: ReadonlySet<string> = new Set(ReceiptPrinterEncoder.printerModels.map((m) => m.id));

export type EncoderPrinterModel = NonNullable<ReceiptPrinterEncoderOptions['printerModel']>;

/** Narrows a profile's model id to the encoder's union; throws on ids the encoder does not know. */
export function encoderModel(model: string): EncoderPrinterModel {
  if (!knownModels.has(model)) throw new Error(`Unknown printer model "${model}"`);
  return model as EncoderPrinterModel;
}

/** The encoder code page(s) a text mode needs; undefined for raster. */
export function codepagesForMode(mode: PrinterTextMode): readonly ('windows1258' | 'tcvn3' | 'tcvn3capitals')[] {
  switch (mode) {
    case 'raster':
      return [];
    case 'windows1258':
      return ['windows1258'];
    case 'tcvn3':
      return ['tcvn3', 'tcvn3capitals'];
    default: {
      const never: never = mode;
      throw new Error(`Unknown text mode ${String(never)}`);
    }
  }
}

/** Why a model cannot print in a mode (English, for logs/config validation), or null if it can. */
export function profileSupportProblem(profile: PrinterProfile): string | null {
  if (!knownModels.has(profile.model)) return `Unknown printer model "${profile.model}"`;
  for (const cp of codepagesForMode(profile.textMode)) {
    try {
      new ReceiptPrinterEncoder({ printerModel: encoderModel(profile.model) }).codepage(cp);
    } catch {
      return `Printer model "${profile.model}" has no ${cp} code page; use textMode "raster"`;
    }
  }
  return null;
}

export const printerProfileSchema = z
  .object({
    paperWidthMm: z.union([z.literal(58), z.literal(80)]),
    textMode: z.enum(['raster', 'windows1258', 'tcvn3']),
    model: z.string().min(1),
  })
  .readonly()
  .superRefine((profile, ctx) => {
    const problem = profileSupportProblem(profile);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, path: ['model'] });
  });

export const DEFAULT_PRINTER_PROFILE: PrinterProfile = Object.freeze({
  paperWidthMm: 80,
  textMode: 'raster',
  // TM-T20III: 576-dot printable width at 80 mm, and it has CP1258 and TCVN-3 for the text modes.
  model: 'epson-tm-t20iii',
});

/** Printable width in dots: 576 (80 mm) / 384 (58 mm) at 203 dpi, never wider than the model's. */
export function printableWidthDots(profile: PrinterProfile): number {
  const paper = profile.paperWidthMm === 80 ? 576 : 384;
  const modelWidth = new ReceiptPrinterEncoder({ printerModel: encoderModel(profile.model) }).printableWidth;
  const width = modelWidth > 0 ? Math.min(paper, modelWidth) : paper;
  return Math.floor(width / 8) * 8;
}
