/**
 * Fits text into a box of `maxLines` lines of `maxWidth` points: wrap at the largest size that fits,
 * shrinking in small steps down to `minSize`; only text that cannot fit even then is cut with "…".
 * Widths are measured with the embedded font itself, so what fits here fits on paper.
 */

/** The one thing we need from a font; pdf-lib's PDFFont satisfies it. */
export type MeasuringFont = { readonly widthOfTextAtSize: (text: string, size: number) => number };

export type FitTextInput = {
  readonly text: string;
  readonly font: MeasuringFont;
  /** Line width in points. */
  readonly maxWidth: number;
  readonly maxLines: number;
  readonly maxSize: number;
  readonly minSize: number;
  /** Width already used on the first line (e.g. by an inline label) at a given size. */
  readonly firstLineIndent?: (size: number) => number;
  readonly step?: number;
};

export type FittedText = {
  readonly size: number;
  /** Line texts; the first may be '' when an inline label leaves no room for the first word. */
  readonly lines: readonly string[];
  /** True only when the text was cut with an ellipsis (nothing else would fit). */
  readonly truncated: boolean;
};

const ELLIPSIS = '…';

function splitWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/**
 * pdf-lib measures a string as the sum of its glyphs' advance widths (no kerning), linear in size,
 * so a line is exactly its words plus its spaces. Measuring each word once per call, at size 1,
 * avoids re-running fontkit's shaping for every candidate line and every candidate size.
 */
function unitMeasurer(font: MeasuringFont): (s: string) => number {
  const memo = new Map<string, number>();
  return (s) => {
    let w = memo.get(s);
    if (w === undefined) {
      w = font.widthOfTextAtSize(s, 1);
      memo.set(s, w);
    }
    return w;
  };
}

/** Greedy word wrap; returns null when it needs more than maxLines lines or a word is too long. */
function wrapWords(
  words: readonly string[],
  unitWidth: (s: string) => number,
  size: number,
  widthOfLine: (i: number) => number,
  maxLines: number,
  allowHardBreaks: boolean,
): string[] | null {
  const lines: string[] = [];
  const space = unitWidth(' ');
  let current = '';
  let currentUnits = 0;
  const fitsUnits = (units: number): boolean => units * size <= widthOfLine(lines.length) + 1e-9;
  const pushLine = (): boolean => {
    lines.push(current);
    current = '';
    currentUnits = 0;
    return lines.length < maxLines;
  };
  for (const word of words) {
    const wordUnits = unitWidth(word);
    const candidateUnits = current === '' ? wordUnits : currentUnits + space + wordUnits;
    if (fitsUnits(candidateUnits)) {
      current = current === '' ? word : `${current} ${word}`;
      currentUnits = candidateUnits;
      continue;
    }
    if (current !== '' || (lines.length === 0 && widthOfLine(0) < widthOfLine(1))) {
      // Start a new line (also when an inline label leaves too little room for the first word).
      if (!pushLine()) return null;
      if (fitsUnits(wordUnits)) {
        current = word;
        currentUnits = wordUnits;
        continue;
      }
    }
    if (!allowHardBreaks) return null;
    // A single word wider than a whole line: break it between characters.
    for (const ch of word) {
      const chUnits = unitWidth(ch);
      if (current !== '' && !fitsUnits(currentUnits + chUnits)) {
        if (!pushLine()) return null;
      }
      current += ch;
      currentUnits += chUnits;
    }
  }
  lines.push(current);
  return lines.length <= maxLines ? lines : null;
}

function ellipsize(line: string, font: MeasuringFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(ELLIPSIS, size) > width) return '';
  let chars = [...line];
  while (chars.length > 0 && font.widthOfTextAtSize(chars.join('').trimEnd() + ELLIPSIS, size) > width) {
    chars = chars.slice(0, -1);
  }
  return chars.join('').trimEnd() + ELLIPSIS;
}

export function fitText(input: FitTextInput): FittedText {
  const { font, maxWidth, maxLines, maxSize, minSize } = input;
  const step = input.step ?? 0.25;
  const words = splitWords(input.text);
  const unitWidth = unitMeasurer(font);
  if (words.length === 0) return { size: maxSize, lines: [''], truncated: false };
  const widthAt = (size: number) => (i: number) => Math.max(0, i === 0 ? maxWidth - (input.firstLineIndent?.(size) ?? 0) : maxWidth);

  // Sizes are computed from an integer counter so repeated subtraction does not drift (8 - 0.25·n).
  for (let n = 0; maxSize - n * step >= minSize - 1e-9; n++) {
    const size = Math.max(minSize, maxSize - n * step);
    const lines = wrapWords(words, unitWidth, size, widthAt(size), maxLines, false);
    if (lines) return { size, lines, truncated: false };
  }
  const hard = wrapWords(words, unitWidth, minSize, widthAt(minSize), maxLines, true);
  if (hard) return { size: minSize, lines: hard, truncated: false };

  // Last resort: fill maxLines lines, then cut the last one.
  const all = wrapWords(words, unitWidth, minSize, widthAt(minSize), Number.MAX_SAFE_INTEGER, true) ?? [''];
  const kept = all.slice(0, maxLines);
  const lastIndex = kept.length - 1;
  kept[lastIndex] = ellipsize(kept[lastIndex] ?? '', font, minSize, widthAt(minSize)(lastIndex));
  return { size: minSize, lines: kept, truncated: true };
}
