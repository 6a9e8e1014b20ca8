import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

// Be Vietnam Pro is bundled (OFL) so receipts never depend on system fonts; registered once per
// process under our own family names so a system "Be Vietnam Pro" cannot shadow it.
export const RECEIPT_FONT_REGULAR = 'BHXH Receipt Regular';
export const RECEIPT_FONT_BOLD = 'BHXH Receipt Bold';

let registered = false;

function fontDirectory(): string {
  const resolveFrom = createRequire(import.meta.url);
  return dirname(resolveFrom.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
}

/** Registers the receipt fonts with @napi-rs/canvas (idempotent). Throws if the TTFs are missing,
 *  because printing Vietnamese with a fallback font would silently drop diacritics. */
export function ensureReceiptFonts(): void {
  if (registered) return;
  const dir = fontDirectory();
  const regular = GlobalFonts.registerFromPath(join(dir, '400Regular', 'BeVietnamPro_400Regular.ttf'), RECEIPT_FONT_REGULAR);
  const bold = GlobalFonts.registerFromPath(join(dir, '700Bold', 'BeVietnamPro_700Bold.ttf'), RECEIPT_FONT_BOLD);
  if (regular === null || bold === null) throw new Error(`Could not register receipt fonts from ${dir}`);
  registered = true;
}

export function receiptFont(sizePx: number, bold: boolean): string {
  return `${Math.round(sizePx)}px "${bold ? RECEIPT_FONT_BOLD : RECEIPT_FONT_REGULAR}"`;
}
