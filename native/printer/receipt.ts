// Receipt data model, independent of how it is printed (raster or code-page text).
// All strings are expected in NFC; the encoder normalises again defensively.

export type ReceiptAlign = 'left' | 'center' | 'right';

export type ReceiptLine =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly bold?: boolean;
      readonly align?: ReceiptAlign;
      readonly size?: 'normal' | 'large';
    }
  | { readonly kind: 'pair'; readonly label: string; readonly value: string }
  | { readonly kind: 'qr'; readonly data: string }
  | { readonly kind: 'rule' }
  | { readonly kind: 'feed'; readonly lines: number };

export type Receipt = {
  readonly title: string;
  readonly lines: readonly ReceiptLine[];
  /** A reprint carries a prominent REPRINT_BANNER so it cannot pass as the original. */
  readonly reprint?: boolean;
  readonly footer?: string;
};

export const REPRINT_BANNER = 'BẢN IN LẠI';

/** Plain-text rendering of the printed content, in print order (for tests and logs-free previews).
 *  Pairs are "label value", rules "---", QR codes "[QR] data", feeds blank lines. */
export function receiptPlainText(receipt: Receipt): string {
  const out: string[] = [];
  if (receipt.reprint === true) out.push(REPRINT_BANNER);
  out.push(receipt.title);
  for (const line of receipt.lines) {
    switch (line.kind) {
      case 'text':
        out.push(line.text);
        break;
      case 'pair':
        out.push(`${line.label} ${line.value}`);
        break;
      case 'qr':
        out.push(`[QR] ${line.data}`);
        break;
      case 'rule':
        out.push('---');
        break;
      case 'feed':
        for (let i = 0; i < line.lines; i++) out.push('');
        break;
      default: {
        const never: never = line;
        throw new Error(`Unknown receipt line ${JSON.stringify(never)}`);
      }
    }
  }
  if (receipt.footer !== undefined) out.push(receipt.footer);
  return out.join('\n').normalize('NFC');
}

/** Layout-insensitive form used to compare printed text with `receiptPlainText`: padding for
 *  alignment, word wrapping and blank lines differ by paper width, so whitespace is collapsed and
 *  any run of rule characters becomes "---". */
export function normalizeReceiptText(text: string): string {
  return text
    .normalize('NFC')
    .split(/\s+/u)
    .filter((token) => token.length > 0)
    .map((token) => (/^[-─━═_]{3,}$/u.test(token) ? '---' : token))
    .join(' ');
}
