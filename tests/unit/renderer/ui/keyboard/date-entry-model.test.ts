import { describe, expect, it } from 'vitest';
import {
  partialIsoToParts,
  partsToPartialIso,
  clampParts,
  dayOptions,
  daysInMonth,
  isoDate,
  isoToParts,
  monthOptions,
  partsToIso,
  setPart,
  stepPart,
  yearOptions,
} from '../../../../../renderer/ui/keyboard/date-entry-model';
import type { DateRange } from '../../../../../renderer/ui/keyboard/date-entry-model';

const RANGE: DateRange = { minYear: 1900, max: '2025-06-15' };

describe('daysInMonth', () => {
  it('knows month lengths and Gregorian leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 1)).toBe(31);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe('options', () => {
  it('offers years newest first within the range', () => {
    const ys = yearOptions(RANGE);
    expect(ys[0]).toBe(2025);
    expect(ys[ys.length - 1]).toBe(1900);
    expect(ys).toHaveLength(126);
  });
  it('shrinks the day list for the month and leap years', () => {
    expect(dayOptions(2023, 2, RANGE)).toHaveLength(28);
    expect(dayOptions(2024, 2, RANGE)).toHaveLength(29);
    expect(dayOptions(null, 2, RANGE)).toHaveLength(29);
    expect(dayOptions(null, null, RANGE)).toHaveLength(31);
  });
  it('does not offer dates after the maximum', () => {
    expect(monthOptions(2025, RANGE)).toHaveLength(6);
    expect(monthOptions(2024, RANGE)).toHaveLength(12);
    expect(dayOptions(2025, 6, RANGE)).toHaveLength(15);
  });
});

describe('clamping', () => {
  it('pulls 31 down to the last day when the month changes', () => {
    const p = setPart({ day: 31, month: 1, year: 2023 }, 'month', 2, RANGE);
    expect(partsToIso(p)).toBe('2023-02-28');
  });
  it('pulls 29 Feb down to 28 when a non-leap year is chosen', () => {
    const p = setPart({ day: 29, month: 2, year: 2024 }, 'year', 2023, RANGE);
    expect(partsToIso(p)).toBe('2023-02-28');
  });
  it('pulls a date after the maximum back to the maximum', () => {
    expect(partsToIso(clampParts({ day: 30, month: 12, year: 2025 }, RANGE))).toBe('2025-06-15');
  });
  it('never yields an impossible date over many random edits', () => {
    let p = clampParts({ day: null, month: null, year: null }, RANGE);
    let seed = 7;
    const rnd = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    for (let i = 0; i < 2000; i++) {
      const part = (['day', 'month', 'year'] as const)[rnd(3)] ?? 'day';
      const value = part === 'year' ? 1890 + rnd(150) : 1 + rnd(33);
      p = setPart(p, part, value, RANGE);
      const iso = partsToIso(p);
      if (iso !== null) {
        expect(isoToParts(iso)).toEqual(p);
        expect(iso <= RANGE.max).toBe(true);
        expect(iso >= '1900-01-01').toBe(true);
      }
    }
  });
});

describe('stepping', () => {
  it('starts unset parts sensibly and stops at the ends', () => {
    expect(stepPart({ day: null, month: null, year: null }, 'day', 1, RANGE).day).toBe(1);
    expect(stepPart({ day: null, month: null, year: null }, 'year', -1, { ...RANGE, startYear: 1980 }).year).toBe(1980);
    expect(stepPart({ day: 1, month: 1, year: 2000 }, 'day', -1, RANGE).day).toBe(1);
    expect(stepPart({ day: 1, month: 12, year: 2000 }, 'month', 1, RANGE).month).toBe(12);
    expect(stepPart({ day: 1, month: 1, year: 1905 }, 'year', -10, RANGE).year).toBe(1900);
  });
});

describe('iso conversion', () => {
  it('round-trips and rejects impossible or malformed dates', () => {
    expect(partsToIso(isoToParts('1985-03-07'))).toBe('1985-03-07');
    expect(partsToIso(isoToParts('2023-02-29'))).toBeNull();
    expect(partsToIso(isoToParts('07/03/1985'))).toBeNull();
    expect(partsToIso({ day: 1, month: null, year: 2000 })).toBeNull();
  });
  it('formats a local date without a time-zone shift', () => {
    expect(isoDate(new Date(2025, 0, 1, 0, 30))).toBe('2025-01-01');
  });
});

describe('partial dates of birth (year only, or month and year)', () => {
  it('a year alone or a month and year is a value; a day without its month is not', () => {
    expect(partsToPartialIso({ day: null, month: null, year: 1948 })).toBe('1948');
    expect(partsToPartialIso({ day: null, month: 7, year: 1952 })).toBe('1952-07');
    expect(partsToPartialIso({ day: 5, month: 7, year: 1952 })).toBe('1952-07-05');
    expect(partsToPartialIso({ day: 5, month: null, year: 1952 })).toBeNull();
    expect(partsToPartialIso({ day: null, month: 7, year: null })).toBeNull();
    // The full-date model still needs all three.
    expect(partsToIso({ day: null, month: null, year: 1948 })).toBeNull();
  });

  it('reads a partial value back into the pickers', () => {
    expect(partialIsoToParts('1948')).toEqual({ day: null, month: null, year: 1948 });
    expect(partialIsoToParts('1952-07')).toEqual({ day: null, month: 7, year: 1952 });
    expect(partialIsoToParts('1952-07-05')).toEqual({ day: 5, month: 7, year: 1952 });
    expect(partialIsoToParts('1952-13')).toEqual({ day: null, month: null, year: null });
  });
});
