/**
 * `npm run admin -- report --date YYYY-MM-DD --data-dir DIR` on a real SQLite database in a data folder: the CSV a
 * spreadsheet reads, row by row, for the known day of tests/support/day-report-fixture.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdmin } from '../../main/admin/cli';
import { openTempDatabase, type TempDatabase } from '../support/service-test-kit';
import { REPORT_DAY, seedReportDay } from '../support/day-report-fixture';

let t: TempDatabase;
let out: string[];
let err: string[];
const io = [(s: string) => void out.push(s), (s: string) => void err.push(s)] as const;

beforeEach(() => {
  t = openTempDatabase('kiosk-report-cli-');
  seedReportDay(t.db);
  t.db.close(); // the command opens the data folder's database itself
  out = [];
  err = [];
});
afterEach(() => t.close());

describe('admin report', () => {
  it('prints the day as CSV: services, counters, ratings, decisions, cards', async () => {
    expect(await runAdmin(['report', '--date', REPORT_DAY, '--data-dir', t.dir], ...io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('').trimEnd().split('\n')).toEqual([
      'day,section,key,count,wait_p50_s,wait_p90_s,service_p50_s,service_p90_s',
      '2026-12-04,service,A,1,1800,1800,600,600',
      '2026-12-04,service,B,5,300,1200,120,480',
      '2026-12-04,service,C,0,,,,',
      '2026-12-04,service,D,0,,,,',
      '2026-12-04,served,A,1,,,,',
      '2026-12-04,served,B,4,,,,',
      '2026-12-04,served,C,0,,,,',
      '2026-12-04,served,D,0,,,,',
      '2026-12-04,counter,1,1,1800,1800,600,600',
      '2026-12-04,counter,2,2,300,600,120,300',
      '2026-12-04,counter,3,2,60,1200,60,480',
      '2026-12-04,rating,very-satisfied,2,,,,',
      '2026-12-04,rating,satisfied,0,,,,',
      '2026-12-04,rating,neutral,1,,,,',
      '2026-12-04,rating,dissatisfied,1,,,,',
      '2026-12-04,rating-reason,long-wait,2,,,,',
      '2026-12-04,rating-reason,officer-attitude,0,,,,',
      '2026-12-04,rating-reason,unclear-guidance,1,,,,',
      '2026-12-04,rating-reason,complex-procedure,0,,,,',
      '2026-12-04,rating-reason,other,0,,,,',
      '2026-12-04,decision,approved,1,,,,',
      '2026-12-04,decision,rejected,1,,,,',
      '2026-12-04,reject-reason,unsigned-form,1,,,,',
      '2026-12-04,cards,printed,1,,,,',
    ]);
  });

  it('refuses a missing or impossible date with a clear message', async () => {
    expect(await runAdmin(['report', '--data-dir', t.dir], ...io)).toBe(64);
    expect(err.at(-1)).toMatch(/^report: --date is required\nUsage: npm run admin -- report --date YYYY-MM-DD/);
    expect(await runAdmin(['report', '--date', '2026-02-30', '--data-dir', t.dir], ...io)).toBe(2);
    expect(err.at(-1)).toBe('report: "2026-02-30" is not a date; expected YYYY-MM-DD (Vietnam calendar day)');
  });
});
