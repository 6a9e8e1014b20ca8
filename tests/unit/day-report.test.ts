/**
 * The office's day in numbers (issue #18) on a known data set (tests/support/day-report-fixture.ts), every figure
 * worked out by hand with the nearest-rank rule: sort, take the ⌈p·n/100⌉-th value.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeDayReport, vietnamDayBounds } from '../../main/services/reports/day-report';
import { percentile } from '../../main/services/reports/percentile';
import { openTempDatabase, type TempDatabase } from '../support/service-test-kit';
import { REPORT_DAY, seedReportDay } from '../support/day-report-fixture';

describe('nearest-rank percentiles', () => {
  it('takes the ⌈p·n/100⌉-th of the sorted values', () => {
    expect(percentile([50, 15, 40, 20, 35], 50)).toBe(35); // rank ⌈2.5⌉ = 3
    expect(percentile([50, 15, 40, 20, 35], 90)).toBe(50); // rank ⌈4.5⌉ = 5
    expect(percentile([60, 300, 600, 1200], 50)).toBe(300); // rank 2, not the 450 an interpolation gives
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('the day report', () => {
  let t: TempDatabase;
  beforeEach(() => {
    t = openTempDatabase('kiosk-report-');
    seedReportDay(t.db);
  });
  afterEach(() => t.close());

  it('counts tickets per service and times waits and service per service and per counter', () => {
    const r = computeDayReport(t.db, REPORT_DAY);
    expect(r.services).toEqual([
      { service: 'A', tickets: 1, served: 1, waitP50: 1800, waitP90: 1800, serviceP50: 600, serviceP90: 600 },
      // waits 60 300 600 1200 → p50 rank 2 = 300, p90 rank ⌈3.6⌉ = 4 = 1200; service 60 120 300 480 → 120, 480.
      // B5 waits (counted, not timed); B6 was never printed (not counted).
      { service: 'B', tickets: 5, served: 4, waitP50: 300, waitP90: 1200, serviceP50: 120, serviceP90: 480 },
      { service: 'C', tickets: 0, served: 0, waitP50: null, waitP90: null, serviceP50: null, serviceP90: null },
      { service: 'D', tickets: 0, served: 0, waitP50: null, waitP90: null, serviceP50: null, serviceP90: null },
    ]);
    expect(r.counters).toEqual([
      { counter: '1', served: 1, waitP50: 1800, waitP90: 1800, serviceP50: 600, serviceP90: 600 },
      { counter: '2', served: 2, waitP50: 300, waitP90: 600, serviceP50: 120, serviceP90: 300 },
      { counter: '3', served: 2, waitP50: 60, waitP90: 1200, serviceP50: 60, serviceP90: 480 },
    ]);
  });

  it('counts ratings, reasons, decisions and cards of that Vietnam day only', () => {
    const r = computeDayReport(t.db, REPORT_DAY);
    expect(r.ratings).toEqual([
      { key: 'very-satisfied', count: 2 },
      { key: 'satisfied', count: 0 },
      { key: 'neutral', count: 1 },
      { key: 'dissatisfied', count: 1 },
    ]);
    expect(r.ratingReasons.filter((x) => x.count > 0)).toEqual([
      { key: 'long-wait', count: 2 },
      { key: 'unclear-guidance', count: 1 },
    ]);
    // 16:59Z is 23:59 on the 4th in Vietnam; 17:00Z is already the 5th.
    expect([r.approved, r.rejected, r.rejectReasons]).toEqual([1, 1, [{ key: 'unsigned-form', count: 1 }]]);
    expect(r.cardsPrinted).toBe(1);
    expect(vietnamDayBounds(REPORT_DAY)).toEqual({ from: '2026-12-03T17:00:00.000Z', to: '2026-12-04T17:00:00.000Z' });
  });

  it('gives the chart each wait at its Vietnam call time and the hourly p50/p90', () => {
    const r = computeDayReport(t.db, REPORT_DAY);
    expect(r.waits).toEqual([
      { minute: 8 * 60 + 30, waitSeconds: 1800, service: 'A' },
      { minute: 9 * 60 + 5, waitSeconds: 300, service: 'B' },
      { minute: 9 * 60 + 11, waitSeconds: 600, service: 'B' },
      { minute: 9 * 60 + 22, waitSeconds: 1200, service: 'B' },
      { minute: 9 * 60 + 4, waitSeconds: 60, service: 'B' },
    ]);
    expect(r.hourly).toEqual([
      { hour: 8, count: 1, p50: 1800, p90: 1800 },
      { hour: 9, count: 4, p50: 300, p90: 1200 },
    ]);
  });

  it('holds nothing personal', () => {
    const json = JSON.stringify(computeDayReport(t.db, REPORT_DAY));
    expect(json).not.toMatch(/F01-|R-A1|0123456789/);
  });
});
