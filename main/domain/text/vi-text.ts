/**
 * Vietnamese text at every entrance (design decision 5): NFC for storage, a folded key for matching,
 * and a canonical form for strict comparison. Pure; runs anywhere.
 */

/** Control characters a scanner or paste may add (CR, LF, NUL, …); removed before parsing. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** NFC, control characters removed, whitespace collapsed, trimmed. Use on every incoming string. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** Unify look-alike characters that appear in official data: apostrophes, Icelandic eth for Đ. */
function unifyLookalikes(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\u00d0/g, '\u0110')
    .replace(/\u00f0/g, '\u0111');
}

/**
 * Diacritic-insensitive search key: lower case, no tone or vowel marks, đ→d (NFD does not decompose
 * đ, and FTS5's remove_diacritics does not fold it either), single spaces.
 */
export function foldKey(s: string): string {
  return unifyLookalikes(cleanText(s))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/*
 * Old ("oà, oá, uỳ") versus new ("òa, óa, ùy") tone placement: both are NFC, yet differ in code points.
 * We canonicalise to the new style (tone on the main vowel) for the pairs oa, oe, uy when they end a syllable.
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

function canonicalSyllable(syl: string): string {
  const nfd = syl.normalize('NFD');
  const tones = [...nfd].filter((c) => TONE_MARKS.test(c));
  if (tones.length !== 1) return syl;
  const bare = [...nfd]
    .filter((c) => !TONE_MARKS.test(c))
    .join('')
    .normalize('NFC');
  const m = /^(.*?)(oa|oe|uy)$/i.exec(bare);
  if (!m) return syl;
  const [, head = '', pair = ''] = m;
  // In a final oa/oe/uy the tone belongs on the first vowel ("hòa", "thủy"), unless preceded by "q" (quý).
  if (/q$/i.test(head)) return syl;
  const first = (pair[0] ?? '') + tones[0];
  return (head + first + pair.slice(1)).normalize('NFC');
}

/** Strict-comparison form: NFC, look-alikes unified, case-folded, tone placement canonicalised. */
export function canonicalText(s: string): string {
  return unifyLookalikes(cleanText(s)).toLowerCase().split(' ').map(canonicalSyllable).join(' ');
}

export type TextComparison = 'equal' | 'diacritics-only' | 'different';

/** Compare two names or addresses: exactly equal (after canonicalisation), equal only without marks, or different. */
export function compareVietnamese(a: string, b: string): TextComparison {
  if (canonicalText(a) === canonicalText(b)) return 'equal';
  if (foldKey(a) === foldKey(b)) return 'diacritics-only';
  return 'different';
}
