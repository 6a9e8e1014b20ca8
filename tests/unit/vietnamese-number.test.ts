/** Numbers read the Vietnamese way (main/domain/voice/vietnamese-number.ts), checked against a table a person wrote. */
import { describe, expect, it } from 'vitest';
import { readNumberVi, readTicketNumberVi } from '../../main/domain/voice/vietnamese-number';

const said = (n: number): string => readNumberVi(n).join(' ');

const TABLE: ReadonlyArray<readonly [number, string]> = [
  [0, 'không'],
  [1, 'một'],
  [4, 'bốn'],
  [5, 'năm'],
  [7, 'bảy'],
  [10, 'mười'],
  [11, 'mười một'],
  [14, 'mười bốn'],
  [15, 'mười lăm'],
  [19, 'mười chín'],
  [20, 'hai mươi'],
  [21, 'hai mươi mốt'],
  [24, 'hai mươi tư'],
  [25, 'hai mươi lăm'],
  [31, 'ba mươi mốt'],
  [44, 'bốn mươi tư'],
  [50, 'năm mươi'],
  [55, 'năm mươi lăm'],
  [99, 'chín mươi chín'],
  [100, 'một trăm'],
  [101, 'một trăm linh một'],
  [104, 'một trăm linh bốn'],
  [105, 'một trăm linh năm'],
  [110, 'một trăm mười'],
  [111, 'một trăm mười một'],
  [115, 'một trăm mười lăm'],
  [121, 'một trăm hai mươi mốt'],
  [124, 'một trăm hai mươi tư'],
  [205, 'hai trăm linh năm'],
  [500, 'năm trăm'],
  [555, 'năm trăm năm mươi lăm'],
  [910, 'chín trăm mười'],
  [999, 'chín trăm chín mươi chín'],
  [1000, 'một nghìn'],
  [1005, 'một nghìn không trăm linh năm'],
  [1015, 'một nghìn không trăm mười lăm'],
  [2021, 'hai nghìn không trăm hai mươi mốt'],
  [15_300, 'mười lăm nghìn ba trăm'],
];

describe('readNumberVi', () => {
  it.each(TABLE)('%i is "%s"', (n, words) => {
    expect(said(n)).toBe(words);
  });

  it('follows the rules for every number from 0 to 999', () => {
    const seen = new Set<string>();
    for (let n = 0; n <= 999; n++) {
      const w = readNumberVi(n);
      const s = w.join(' ');
      seen.add(s);
      const u = n % 10;
      const t = Math.floor(n / 10) % 10;
      // mốt, tư and lăm stand only after mười/mươi; "mươi mốt"/"mươi tư" only from 20 on.
      w.forEach((word, i) => {
        if (word === 'mốt' || word === 'tư') expect(w[i - 1], `${n}: ${s}`).toBe('mươi');
        if (word === 'lăm') expect(['mười', 'mươi'], `${n}: ${s}`).toContain(w[i - 1]);
      });
      if (t >= 2 && u === 1) expect(s, String(n)).toMatch(/mươi mốt$/);
      if (t === 1 && u === 1) expect(s, String(n)).toMatch(/mười một$/);
      if (t >= 2 && u === 4) expect(s, String(n)).toMatch(/mươi tư$/);
      if (t >= 1 && u === 5) expect(s, String(n)).toMatch(/lăm$/);
      if (n >= 100 && t === 0 && u > 0) expect(s, String(n)).toMatch(/trăm linh \S+$/);
      if (n < 100) expect(s, String(n)).not.toContain('trăm');
    }
    // Two numbers are never said alike.
    expect(seen.size).toBe(1000);
  });

  it('refuses what it cannot read', () => {
    expect(() => readNumberVi(-1)).toThrow(RangeError);
    expect(() => readNumberVi(1.5)).toThrow(RangeError);
    expect(() => readNumberVi(1_000_000)).toThrow(RangeError);
  });
});

describe('readTicketNumberVi', () => {
  it.each([
    [15, 'không trăm mười lăm'],
    [1, 'không trăm linh một'],
    [5, 'không trăm linh năm'],
    [10, 'không trăm mười'],
    [21, 'không trăm hai mươi mốt'],
    [24, 'không trăm hai mươi tư'],
    [100, 'một trăm'],
    [115, 'một trăm mười lăm'],
    [999, 'chín trăm chín mươi chín'],
    [1001, 'một nghìn không trăm linh một'],
  ] as const)('ticket %i is "%s"', (n, words) => {
    expect(readTicketNumberVi(n).join(' ')).toBe(words);
  });

  it('reads every ticket below 100 with "không trăm"', () => {
    for (let n = 1; n < 100; n++) expect(readTicketNumberVi(n).slice(0, 2), String(n)).toEqual(['không', 'trăm']);
  });
});
