/**
 * Pure model of DateEntry: a date assembled from day, month and year choices that can never be
 * impossible. Lists shrink to what exists (29 Feb only in leap years) and to the allowed range,
 * and every change clamps the other parts instead of producing an invalid date.
 */

export interface DateParts {
  readonly day: number | null;
  readonly month: number | null;
  readonly year: number | null;
}

export interface DateRange {
  readonly minYear: number;
  /** The latest allowed date, 'YYYY-MM-DD' (e.g. today for a date of birth). */
  readonly max: string;
  /** Year a stepper starts from when no year is chosen yet (default: the newest allowed year). */
  readonly startYear?: number;
}

export const EMPTY_PARTS: DateParts = { day: null, month: null, year: null };

/** Days in month `m` (1–12) of year `y`, Gregorian leap years: daysInMonth(2024, 2) === 29. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Local-calendar date as 'YYYY-MM-DD' (not toISOString, which would shift by the time zone). */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function maxParts(range: DateRange): { readonly y: number; readonly m: number; readonly d: number } {
  const [y = '9999', m = '12', d = '31'] = range.max.split('-');
  return { y: Number(y), m: Number(m), d: Number(d) };
}

const span = (from: number, to: number): readonly number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Years offered, newest first (most citizens are adults, so scrolling starts near the likely answer). */
export function yearOptions(range: DateRange): readonly number[] {
  return [...span(range.minYear, maxParts(range).y)].reverse();
}

export function monthOptions(year: number | null, range: DateRange): readonly number[] {
  const max = maxParts(range);
  return span(1, year === max.y ? max.m : 12);
}

/** With the month or year not chosen yet, 31 days are offered and clamped once both are known. */
export function dayOptions(year: number | null, month: number | null, range: DateRange): readonly number[] {
  const max = maxParts(range);
  let last = month === null ? 31 : daysInMonth(year ?? 2000, month);
  if (year === max.y && month === max.m) last = Math.min(last, max.d);
  return span(1, last);
}

const clampTo = (v: number | null, options: readonly number[]): number | null => {
  if (v === null || options.length === 0) return options.length === 0 ? null : v;
  const lo = Math.min(...options);
  const hi = Math.max(...options);
  return Math.min(hi, Math.max(lo, v));
};

/** Brings every part inside what the other parts and the range allow. */
export function clampParts(p: DateParts, range: DateRange): DateParts {
  const year = clampTo(p.year, yearOptions(range));
  const month = clampTo(p.month, monthOptions(year, range));
  const day = clampTo(p.day, dayOptions(year, month, range));
  return { day, month, year };
}

/** 'YYYY-MM-DD' once all three parts are chosen, else null. */
export function partsToIso(p: DateParts): string | null {
  if (p.day === null || p.month === null || p.year === null) return null;
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/**
 * A date of birth that may be partial: 'YYYY' with only the year chosen, 'YYYY-MM' with month and year, the full
 * date with all three. A day without its month (or anything without a year) is not a date: null.
 */
export function partsToPartialIso(p: DateParts): string | null {
  if (p.year === null) return null;
  const year = String(p.year).padStart(4, '0');
  if (p.month === null) return p.day === null ? year : null;
  const month = `${year}-${String(p.month).padStart(2, '0')}`;
  return p.day === null ? month : partsToIso(p);
}

/** Inverse of partsToPartialIso; full dates as isoToParts. */
export function partialIsoToParts(iso: string | null): DateParts {
  const m = iso === null ? null : /^(\d{4})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return isoToParts(iso);
  const month = m[2] === undefined ? null : Number(m[2]);
  if (month !== null && (month < 1 || month > 12)) return EMPTY_PARTS;
  return { day: null, month, year: Number(m[1]) };
}

/** Parses 'YYYY-MM-DD'; anything else (or an impossible date) gives empty parts. */
export function isoToParts(iso: string | null): DateParts {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return EMPTY_PARTS;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return EMPTY_PARTS;
  return { day, month, year };
}

export type DatePart = 'day' | 'month' | 'year';

/** Sets one part and clamps the others. */
export function setPart(p: DateParts, part: DatePart, value: number | null, range: DateRange): DateParts {
  return clampParts({ ...p, [part]: value }, range);
}

/**
 * Steps one part by `delta` within its options; an unset day or month starts at 1, an unset year at
 * `range.startYear` (else the newest year). Stops at the ends, never wraps.
 */
export function stepPart(p: DateParts, part: DatePart, delta: 1 | -1 | 10 | -10, range: DateRange): DateParts {
  const options = [...optionsFor(p, part, range)].sort((a, b) => a - b);
  const lo = options[0];
  const hi = options[options.length - 1];
  if (lo === undefined || hi === undefined) return p;
  const cur = p[part];
  let next: number;
  if (cur === null) next = part === 'year' ? (range.startYear ?? hi) : lo;
  else next = Math.min(hi, Math.max(lo, cur + delta));
  return setPart(p, part, next, range);
}

export function optionsFor(p: DateParts, part: DatePart, range: DateRange): readonly number[] {
  switch (part) {
    case 'day':
      return dayOptions(p.year, p.month, range);
    case 'month':
      return monthOptions(p.year, range);
    case 'year':
      return yearOptions(range);
    default: {
      const never: never = part;
      return never;
    }
  }
}
