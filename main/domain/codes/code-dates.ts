/** Date helpers for the two QR date styles: CCCD `ddmmyyyy` (or `mmyyyy`/`yyyy`), BHYT `dd/mm/yyyy` (or `yyyy`). */

/** Years outside this window are treated as corrupt scans, not as real dates. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2399;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO 'YYYY-MM-DD' when the triple is a real calendar date, else null (31/02 → null). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isoYear(year: number): string | null {
  return year >= MIN_YEAR && year <= MAX_YEAR ? pad(year, 4) : null;
}

/** CCCD date of birth: 8 digits → full date, 6 → 'YYYY-MM', 4 → 'YYYY'. */
export function parseCccdPartialDate(s: string): string | null {
  if (/^\d{8}$/.test(s)) return isoDate(Number(s.slice(4)), Number(s.slice(2, 4)), Number(s.slice(0, 2)));
  if (/^\d{6}$/.test(s)) {
    const year = isoYear(Number(s.slice(2)));
    const month = Number(s.slice(0, 2));
    return year !== null && month >= 1 && month <= 12 ? `${year}-${pad(month, 2)}` : null;
  }
  if (/^\d{4}$/.test(s)) return isoYear(Number(s));
  return null;
}

/** CCCD issue date: exactly `ddmmyyyy`. */
export function parseCccdFullDate(s: string): string | null {
  return /^\d{8}$/.test(s) ? parseCccdPartialDate(s) : null;
}

/** BHYT `dd/mm/yyyy` (one-digit day/month tolerated). */
export function parseBhytFullDate(s: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return null;
  return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** BHYT date of birth: `dd/mm/yyyy` or `yyyy` when only the year is known. */
export function parseBhytBirthDate(s: string): string | null {
  return /^\d{4}$/.test(s) ? isoYear(Number(s)) : parseBhytFullDate(s);
}

/** The year of an ISO date or partial date ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'). */
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
