import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { CODEPAGE_HIGH_HALF, type EmulatorCodepage } from './codepage-tables.js';
import { encoderModel } from './printer-profile.js';
import { asciiPunctuation, toCp1258Form, toTcvn3Form } from './vietnamese-codepage.js';

// Byte-level encoding of Vietnamese text for the code-page text modes. We lay lines out ourselves
// (by visible characters) instead of using the encoder's line composer, because the composer counts
// CP1258's combining tone marks as columns: centred text drifted left and lines wrapped early.

export type VietnameseCodepageMode = 'windows1258' | 'tcvn3';

const reverseTables = new Map<EmulatorCodepage, ReadonlyMap<string, number>>();

function reverseTable(cp: EmulatorCodepage): ReadonlyMap<string, number> {
  let table = reverseTables.get(cp);
  if (table === undefined) {
    const map = new Map<string, number>();
    CODEPAGE_HIGH_HALF[cp].forEach((codepoint, i) => {
      if (codepoint !== 0xfffd && !map.has(String.fromCodePoint(codepoint))) map.set(String.fromCodePoint(codepoint), 0x80 + i);
    });
    table = map;
    reverseTables.set(cp, table);
  }
  return table;
}

function byteFor(cp: EmulatorCodepage, ch: string): number | undefined {
  const code = ch.codePointAt(0) ?? 0x3f;
  if (code >= 0x20 && code < 0x7f) return code;
  return reverseTable(cp).get(ch);
}

const numberCache = new Map<string, number>();

/** The `ESC t n` number the model uses for a code page, as the encoder's model database says. */
export function codepageNumber(model: string, cp: 'windows1258' | 'tcvn3' | 'tcvn3capitals'): number {
  const key = `${model}/${cp}`;
  const cached = numberCache.get(key);
  if (cached !== undefined) return cached;
  const probe = new ReceiptPrinterEncoder({ printerModel: encoderModel(model) }).initialize().codepage(cp).text('a').encode();
  for (let i = 0; i + 2 < probe.length; i++) {
    if (probe[i] === 0x1b && probe[i + 1] === 0x74) {
      const n = probe[i + 2] ?? 0;
      numberCache.set(key, n);
      return n;
    }
  }
  throw new Error(`Printer model "${model}" has no ${cp} code page`);
}

/** Text as it will be sent, still as a string (CP1258 form decomposes tones; TCVN3 swaps Đ). */
export function prepareCodepageText(text: string, mode: VietnameseCodepageMode): string {
  const clean = asciiPunctuation(text.normalize('NFC'));
  return mode === 'windows1258' ? toCp1258Form(clean) : toTcvn3Form(clean);
}

/** Encodes one line (no LF) including the `ESC t` switches it needs; unmappable characters become "?". */
export function encodeCodepageLine(text: string, mode: VietnameseCodepageMode, model: string): Uint8Array {
  const prepared = prepareCodepageText(text, mode);
  const out: number[] = [];
  if (mode === 'windows1258') {
    out.push(0x1b, 0x74, codepageNumber(model, 'windows1258'));
    for (const ch of prepared) out.push(byteFor('windows1258', ch) ?? 0x3f);
    return Uint8Array.from(out);
  }
  // TCVN-3 spreads Vietnamese over a lower-case and a capitals page: switch per character.
  let current: 'tcvn3' | 'tcvn3capitals' | null = null;
  for (const ch of prepared) {
    const lower = byteFor('tcvn3', ch);
    const page: 'tcvn3' | 'tcvn3capitals' = lower !== undefined || byteFor('tcvn3capitals', ch) === undefined ? 'tcvn3' : 'tcvn3capitals';
    if (page !== current) {
      out.push(0x1b, 0x74, codepageNumber(model, page));
      current = page;
    }
    out.push(byteFor(page, ch) ?? 0x3f);
  }
  if (current === null) out.push(0x1b, 0x74, codepageNumber(model, 'tcvn3'));
  return Uint8Array.from(out);
}

/** Number of printed cells: combining marks overstrike the previous character. */
export function visibleLength(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Greedy word wrap by visible characters; over-long words are split. */
export function wrapVisible(text: string, columns: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text
    .normalize('NFC')
    .split(/\s+/u)
    .filter((w) => w.length > 0)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (visibleLength(candidate) <= columns) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    const chars = [...word];
    while (chars.length > columns) lines.push(chars.splice(0, columns).join(''));
    current = chars.join('');
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}
