/**
 * Telex input (the usual Unikey behaviour), as a pure function of the text typed so far.
 *
 *   aa â · aw ă · ee ê · oo ô · ow ơ · uw ư · uow ươ · dd đ
 *   s sắc · f huyền · r hỏi · x ngã · j nặng · z removes the tone
 *
 * Choices, documented because Telex dialects differ:
 * - A bare "w" (no vowel yet in the word) types "ư", as Unikey does by default: "Ddwcs" → "Đức",
 *   "w" → "ư". Typing "w" again undoes the horn: "ww" → "uw" (the engine is stateless, so it cannot
 *   tell a bare "w" from "uw").
 * - Marks may come later in the word ("tranaf" → "trần", "dungd" → "đung" – any d initial).
 * - Typing a mark key twice removes the mark and types the key itself: "aaa" → "aa", "ass" → "as",
 *   "ddd" → "dd", "oww" → "ow".
 * - Tone placement is the one of vi-syllable.ts: "hòa", "thủy", "khỏe" (same as canonicalText()).
 * - Words that are not Vietnamese syllables are left alone ("Hello" stays "Hello"); a real syllable
 *   followed by a tone letter takes the tone ("Bus" → "Bú"), as with any Telex.
 */
import { applyKeystroke } from './vi-syllable';
import type { Action } from './vi-syllable';

const TELEX: Readonly<Record<string, Action>> = {
  s: { kind: 'tone', tone: 1 },
  f: { kind: 'tone', tone: 2 },
  r: { kind: 'tone', tone: 3 },
  x: { kind: 'tone', tone: 4 },
  j: { kind: 'tone', tone: 5 },
  z: { kind: 'tone', tone: 0 },
  a: { kind: 'circumflex', base: 'a' },
  e: { kind: 'circumflex', base: 'e' },
  o: { kind: 'circumflex', base: 'o' },
  w: { kind: 'horn-or-breve' },
  d: { kind: 'stroke' },
};

/** Applies one key (or each character of a longer string, e.g. a paste) to `buffer`; returns NFC text. */
export function applyTelexKey(buffer: string, key: string): string {
  let out = buffer.normalize('NFC');
  for (const ch of key) out = applyKeystroke(out, ch, TELEX[ch.toLowerCase()] ?? null);
  return out.normalize('NFC');
}

/** The text produced by typing `keys` one by one from empty: telexToText("Vawn") === "Văn". */
export function telexToText(keys: string): string {
  return applyTelexKey('', keys);
}
