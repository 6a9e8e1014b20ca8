/**
 * Numbers read aloud the Vietnamese way, for the call board's voice (docs/call-board.md). Pure: words only, no audio.
 *
 * The rules a plain digit-by-digit reading gets wrong:
 * - 10 is "mười", the tens from 20 on are "<digit> mươi" (20 "hai mươi");
 * - 1 after "mươi" is "mốt" (21 "hai mươi mốt"), but after "mười" it stays "một" (11 "mười một");
 * - 5 after "mười"/"mươi" is "lăm" (15 "mười lăm", 25 "hai mươi lăm"), but "năm" elsewhere (105 "một trăm linh năm");
 * - 4 after "mươi" is "tư" (24 "hai mươi tư"), but "bốn" after "mười" (14 "mười bốn") and after "linh";
 * - a zero tens digit after hundreds is "linh" (101 "một trăm linh một");
 * - a queue ticket is a three-digit number and is read with its hundreds: 15 → "không trăm mười lăm".
 * Numbers from 1,000 on read each group of three after "nghìn" in full (1005 "một nghìn không trăm linh năm").
 */

export const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** The largest number readNumberVi reads (a ticket number of one day never comes near). */
export const MAX_READ_NUMBER = 999_999;

const digit = (d: number): string => DIGIT_WORDS[d] ?? 'không';

/** The units digit after "mươi" (20–99): mốt, tư, lăm, or the plain digit; nothing for 0. */
function unitsAfterMuoi(u: number): string[] {
  if (u === 0) return [];
  if (u === 1) return ['mốt'];
  if (u === 4) return ['tư'];
  if (u === 5) return ['lăm'];
  return [digit(u)];
}

/** 0–999; `withHundreds` reads "không trăm" and "linh" even when the hundreds digit is 0 (tickets, groups after nghìn). */
function readTriple(n: number, withHundreds: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const hundreds = withHundreds || h > 0;
  const words: string[] = hundreds ? [digit(h), 'trăm'] : [];
  if (t === 0) {
    if (u === 0) return words.length === 0 ? [digit(0)] : words;
    return hundreds ? [...words, 'linh', digit(u)] : [digit(u)];
  }
  if (t === 1) return [...words, 'mười', ...(u === 0 ? [] : [u === 5 ? 'lăm' : digit(u)])];
  return [...words, digit(t), 'mươi', ...unitsAfterMuoi(u)];
}

function requireWhole(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_READ_NUMBER) {
    throw new RangeError(`expected a whole number from 0 to ${MAX_READ_NUMBER}, got ${String(n)}`);
  }
}

/** The words of a number as said (0 "không", 21 "hai mươi mốt", 1005 "một nghìn không trăm linh năm"). */
export function readNumberVi(n: number): string[] {
  requireWhole(n);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 0) return readTriple(rest, false);
  return [...readTriple(thousands, false), 'nghìn', ...(rest === 0 ? [] : readTriple(rest, true))];
}

/**
 * A queue ticket's number as the board calls it: three digits read with their hundreds (15 "không trăm mười lăm",
 * 5 "không trăm linh năm"); from 1,000 on as a plain number.
 */
export function readTicketNumberVi(n: number): string[] {
  requireWhole(n);
  if (n === 0) return [digit(0)];
  return n < 1000 ? readTriple(n, true) : readNumberVi(n);
}
