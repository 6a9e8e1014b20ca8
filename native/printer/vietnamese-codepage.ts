// Vietnamese text preparation for the single-byte code pages, shared by the encoder and the
// emulator's decoder so both sides agree byte for byte.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** CP1258 has Ă Â Đ Ê Ô Ơ Ư precomposed but tone marks only as combining characters; the encoders
 *  turn a precomposed "ễ" into "?", so each toned letter becomes base (NFC) + combining tone. */
export function toCp1258Form(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => {
      const decomposed = [...ch.normalize('NFD')];
      const tones = decomposed.filter((c) => TONE_MARKS.test(c));
      if (tones.length === 0) return ch;
      return (
        decomposed
          .filter((c) => !TONE_MARKS.test(c))
          .join('')
          .normalize('NFC') + tones.join('')
      );
    })
    .join('');
}

/** The encoder's TCVN-3 tables carry capital D-stroke as U+00D0 (Ð) rather than U+0110 (Đ);
 *  Ð never occurs in Vietnamese, so the swap is lossless in both directions. */
export function toTcvn3Form(text: string): string {
  return text.normalize('NFC').replaceAll('\u0110', '\u00d0');
}

export function fromTcvn3Form(text: string): string {
  return text.replaceAll('\u00d0', '\u0110');
}

/** Typographic punctuation that none of the Vietnamese code pages carry, mapped to ASCII so it
 *  prints as something sensible instead of "?". */
const PUNCTUATION_FALLBACK: Readonly<Record<string, string>> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u2022': '*',
};

export function asciiPunctuation(text: string): string {
  return text.replace(/[\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0\u2022]/gu, (c) => PUNCTUATION_FALLBACK[c] ?? c);
}
