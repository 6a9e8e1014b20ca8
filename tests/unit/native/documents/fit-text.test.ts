import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText, type MeasuringFont } from '../../../../native/documents/fit-text.js';

/** Every character is 0.5 em wide: easy arithmetic. */
const mono: MeasuringFont = { widthOfTextAtSize: (t, size) => [...t].length * 0.5 * size };

function width(line: string, size: number): number {
  return mono.widthOfTextAtSize(line, size);
}

describe('fitText', () => {
  it('keeps the largest size when the text fits on one line', () => {
    const r = fitText({ text: 'NGUYỄN THỊ LAN ANH', font: mono, maxWidth: 100, maxLines: 1, maxSize: 10, minSize: 5 });
    expect(r).toEqual({ size: 10, lines: ['NGUYỄN THỊ LAN ANH'], truncated: false });
  });

  it('wraps before it shrinks when more lines are allowed', () => {
    // 18 chars × 5 pt = 90 pt > 60 pt: two lines at full size.
    const r = fitText({ text: 'NGUYỄN THỊ LAN ANH', font: mono, maxWidth: 60, maxLines: 2, maxSize: 10, minSize: 5 });
    expect(r.size).toBe(10);
    expect(r.lines).toEqual(['NGUYỄN THỊ', 'LAN ANH']);
  });

  it('shrinks in steps until the text fits in the allowed lines', () => {
    const r = fitText({ text: 'NGUYỄN THỊ LAN ANH', font: mono, maxWidth: 60, maxLines: 1, maxSize: 10, minSize: 5 });
    expect(r.size).toBeLessThan(10);
    expect(r.size).toBeGreaterThanOrEqual(5);
    expect(r.lines).toEqual(['NGUYỄN THỊ LAN ANH']);
    expect(width('NGUYỄN THỊ LAN ANH', r.size)).toBeLessThanOrEqual(60);
    // The next larger step would not have fitted.
    expect(width('NGUYỄN THỊ LAN ANH', r.size + 0.25)).toBeGreaterThan(60);
  });

  it('leaves room for an inline label on the first line', () => {
    const r = fitText({
      text: 'Bệnh viện Đa khoa',
      font: mono,
      maxWidth: 60,
      maxLines: 2,
      maxSize: 10,
      minSize: 10,
      firstLineIndent: (size) => 8 * 0.5 * size, // "Label: " at the same size = 40 pt
    });
    // 60 − 40 = 20 pt on the first line: four characters at 5 pt each.
    expect(r).toEqual({ size: 10, lines: ['Bệnh', 'viện Đa khoa'], truncated: false });
  });

  it('normalizes to NFC and collapses whitespace', () => {
    const r = fitText({ text: '  Nguyễn   Thị '.normalize('NFD'), font: mono, maxWidth: 500, maxLines: 1, maxSize: 10, minSize: 10 });
    expect(r.lines).toEqual(['Nguyễn Thị']);
  });

  it('breaks a single over-long word between characters rather than overflowing', () => {
    const r = fitText({ text: 'lananh.nguyen.rat.dai@example.vn', font: mono, maxWidth: 50, maxLines: 4, maxSize: 10, minSize: 10 });
    expect(r.truncated).toBe(false);
    expect(r.lines.join('')).toBe('lananh.nguyen.rat.dai@example.vn');
    for (const l of r.lines) expect(width(l, 10)).toBeLessThanOrEqual(50);
  });

  it('cuts with an ellipsis when nothing else fits', () => {
    const r = fitText({ text: 'a b c d e f g h i j k l m n o p', font: mono, maxWidth: 20, maxLines: 1, maxSize: 10, minSize: 8 });
    expect(r.truncated).toBe(true);
    expect(r.size).toBe(8);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/…$/);
    expect(width(r.lines[0] ?? '', 8)).toBeLessThanOrEqual(20);
  });

  it('never returns a line wider than its box (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-ZàáạảãăằắặẳẵâầấậẩẫđĐêềếệểễơờớợởỡưừứựửữ]{1,14}$/), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 30, max: 200 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 40 }),
        (words, maxWidth, maxLines, indent) => {
          const r = fitText({
            text: words.join(' '),
            font: mono,
            maxWidth,
            maxLines,
            maxSize: 10,
            minSize: 5,
            firstLineIndent: () => indent,
          });
          expect(r.lines.length).toBeLessThanOrEqual(maxLines);
          r.lines.forEach((l, i) => {
            expect(width(l, r.size)).toBeLessThanOrEqual(Math.max(0, maxWidth - (i === 0 ? indent : 0)) + 1e-6);
          });
          if (!r.truncated) expect(r.lines.join(' ').replace(/\s+/g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});
