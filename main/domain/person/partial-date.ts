/**
 * Dates of birth that may be partial. Many elderly citizens have only a birth year on their papers (some a month and
 * year), and the CCCD records exactly that. A date of birth is therefore 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', and two
 * of them agree when they agree on every part both of them have (docs/domain/partial-dates.md).
 */

export type DatePrecision = 'year' | 'month' | 'day';

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True for 'YYYY', 'YYYY-MM' (month 01–12) and real calendar dates 'YYYY-MM-DD' from 1800 on. */
export function isPartialDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1800) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysIn(year, month);
}

export function precisionOf(iso: string): DatePrecision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/** Compared on the parts both dates have: '1950' agrees with '1950-03-15', '1950-04' does not. */
export function partialDatesAgree(a: string, b: string): boolean {
  if (!isPartialDate(a) || !isPartialDate(b)) return false;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/**
 * What a person types or a file holds, read leniently: 'YYYY', 'MM/YYYY', 'DD/MM/YYYY' (one-digit day and month
 * allowed, '/', '-' or '.' between parts) or the ISO forms. Returns the ISO partial date, or null when it is not one.
 */
export function parsePartialDate(raw: string): string | null {
  const s = raw.trim();
  if (isPartialDate(s)) return s;
  const m = /^(?:(?:(\d{1,2})[/.-])?(\d{1,2})[/.-])?(\d{4})$/.exec(s);
  if (!m) return null;
  const [, day, month, year = ''] = m;
  const iso =
    month === undefined
      ? year
      : day === undefined
        ? `${year}-${month.padStart(2, '0')}`
        : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isPartialDate(iso) ? iso : null;
}

/** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' → 'dd/mm/yyyy' | 'mm/yyyy' | 'yyyy', as Vietnamese papers write them. */
export function displayPartialDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}
