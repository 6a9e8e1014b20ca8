/**
 * The day report as one CSV table (`npm run admin -- report --date YYYY-MM-DD`): a `section` column says what each
 * row counts, so a spreadsheet can filter it. Times in seconds; an empty cell = no ticket to measure.
 */
import type { DayReport } from '../../../preload/contract/day-report';

export const DAY_REPORT_CSV_HEADER = 'day,section,key,count,wait_p50_s,wait_p90_s,service_p50_s,service_p90_s';

const cell = (v: number | string | null): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function dayReportCsv(r: DayReport): string {
  const rows: (number | string | null)[][] = [];
  for (const s of r.services) rows.push(['service', s.service, s.tickets, s.waitP50, s.waitP90, s.serviceP50, s.serviceP90]);
  for (const s of r.services) rows.push(['served', s.service, s.served, null, null, null, null]);
  for (const c of r.counters) rows.push(['counter', c.counter, c.served, c.waitP50, c.waitP90, c.serviceP50, c.serviceP90]);
  for (const x of r.ratings) rows.push(['rating', x.key, x.count, null, null, null, null]);
  for (const x of r.ratingReasons) rows.push(['rating-reason', x.key, x.count, null, null, null, null]);
  rows.push(['decision', 'approved', r.approved, null, null, null, null]);
  rows.push(['decision', 'rejected', r.rejected, null, null, null, null]);
  for (const x of r.rejectReasons) rows.push(['reject-reason', x.key, x.count, null, null, null, null]);
  rows.push(['cards', 'printed', r.cardsPrinted, null, null, null, null]);
  return [DAY_REPORT_CSV_HEADER, ...rows.map((row) => [r.day, ...row].map(cell).join(','))].join('\n') + '\n';
}
