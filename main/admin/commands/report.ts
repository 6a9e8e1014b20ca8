/**
 * `npm run admin -- report --date YYYY-MM-DD [--data-dir DIR]`
 * Prints the office's day in numbers as CSV on stdout (docs/services-and-ratings.md › report): tickets per service,
 * waiting and service times (p50/p90) per service and counter, ratings, decisions, cards printed. No personal data.
 * Exit codes: 0 done, 2 a date that is not a real YYYY-MM-DD, 64 usage error.
 */
import type { Database } from '../../db/open-database';
import { dayReportCsv } from '../../services/reports/day-report-csv';
import { computeDayReport } from '../../services/reports/day-report';
import { parseFlags, type CommandIo } from './command';

export const REPORT_USAGE = 'Usage: npm run admin -- report --date YYYY-MM-DD [--data-dir DIR]';

const isRealDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function runReport(args: readonly string[], io: CommandIo, deps: { readonly db: Database }): Promise<number> {
  const { flags, words } = parseFlags(args);
  const usage = (problem: string): Promise<number> => {
    io.err(`report: ${problem}\n${REPORT_USAGE}`);
    return Promise.resolve(64);
  };
  if (flags.has('help')) {
    io.out(REPORT_USAGE);
    return Promise.resolve(0);
  }
  const unknown = [...flags.keys()].filter((k) => k !== 'date');
  if (unknown.length > 0) return usage(`unknown option ${unknown.map((k) => `--${k}`).join(', ')}`);
  if (words.length > 0) return usage(`unexpected argument "${words[0]}"`);
  const date = flags.get('date');
  if (typeof date !== 'string') return usage('--date is required');
  if (!isRealDate(date)) {
    io.err(`report: "${date}" is not a date; expected YYYY-MM-DD (Vietnam calendar day)`);
    return Promise.resolve(2);
  }
  io.out(dayReportCsv(computeDayReport(deps.db, date)));
  return Promise.resolve(0);
}
