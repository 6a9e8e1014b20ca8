/**
 * VNI input, as a pure function of the text typed so far.
 *
 *   1 sắc · 2 huyền · 3 hỏi · 4 ngã · 5 nặng · 0 removes the tone
 *   6 circumflex (â ê ô) · 7 horn (ơ ư, "uo7" → ươ) · 8 breve (ă) · 9 đ
 *
 * A digit that has nothing to mark is typed as a digit ("123" stays "123"); typing the same mark
 * twice removes it and types the digit ("a11" → "a1"). Tone placement as in vi-syllable.ts.
 */
import { applyKeystroke } from './vi-syllable';
import type { Action } from './vi-syllable';

const VNI: Readonly<Record<string, Action>> = {
  '1': { kind: 'tone', tone: 1 },
  '2': { kind: 'tone', tone: 2 },
  '3': { kind: 'tone', tone: 3 },
  '4': { kind: 'tone', tone: 4 },
  '5': { kind: 'tone', tone: 5 },
  '0': { kind: 'tone', tone: 0 },
  '6': { kind: 'circumflex', base: 'any' },
  '7': { kind: 'horn' },
  '8': { kind: 'breve' },
  '9': { kind: 'stroke' },
};

/** Applies one key (or each character of a longer string) to `buffer`; returns NFC text. */
export function applyVniKey(buffer: string, key: string): string {
  let out = buffer.normalize('NFC');
  for (const ch of key) out = applyKeystroke(out, ch, VNI[ch] ?? null);
  return out.normalize('NFC');
}

/** The text produced by typing `keys` one by one from empty: vniToText("Va8n") === "Văn". */
export function vniToText(keys: string): string {
  return applyVniKey('', keys);
}
