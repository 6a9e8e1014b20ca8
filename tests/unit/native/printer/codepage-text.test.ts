import { describe, expect, it } from 'vitest';
import { benchReceipts } from '../../../bench/bench-receipts.js';
import { codepageNumber, encodeCodepageLine, visibleLength, wrapVisible } from '../../../../native/printer/codepage-text.js';
import { EscPosEmulator } from '../../../../native/printer/escpos-emulator.js';
import { toCp1258Form } from '../../../../native/printer/vietnamese-codepage.js';

// Every Vietnamese letter: 12 vowels x 6 tones, plus đ, in both cases.
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'].join('');
const ALL = `${LOWER} ${LOWER.toUpperCase()}`;

function printLine(bytes: Uint8Array): string {
  const e = new EscPosEmulator({ paperWidthDots: 576 * 8 }); // wide enough for one line
  e.write(Uint8Array.from([...bytes, 0x0a, 0x1d, 0x56, 0x00]));
  return e.receipts()[0]?.text ?? '';
}

describe('Vietnamese code-page text', () => {
  it.each(['windows1258', 'tcvn3'] as const)('%s round-trips every Vietnamese letter through the emulator', (mode) => {
    const bytes = encodeCodepageLine(ALL, mode, 'epson-tm-t20iii');
    expect(bytes).not.toContain(0x3f); // no "?" substitutions
    expect(printLine(bytes)).toBe(ALL);
  });

  it('uses the model database for ESC t numbers', () => {
    expect(codepageNumber('epson-tm-t20iii', 'windows1258')).toBe(52);
    expect(codepageNumber('pos-5890', 'windows1258')).toBe(27);
    expect(codepageNumber('epson-tm-t20iii', 'tcvn3')).toBe(30);
  });

  it('decomposes only tone marks for CP1258 and counts visible cells', () => {
    expect(toCp1258Form('Đức')).toBe('Đư\u0301c');
    expect(toCp1258Form('Nguyễn')).toBe('Nguyê\u0303n');
    expect(visibleLength('Nguyễn')).toBe(6);
    expect(wrapVisible('Bảo hiểm xã hội Việt Nam', 10)).toEqual(['Bảo hiểm', 'xã hội', 'Việt Nam']);
  });

  it('benchReceipts reports plausible numbers', () => {
    const b = benchReceipts();
    expect(b.rasterBytes).toBeGreaterThan(5000);
    expect(b.codepageBytes).toBeLessThan(b.rasterBytes);
    expect(b.hid10kMs).toBeGreaterThanOrEqual(0);
  });
});
