/**
 * The office's day in numbers (issue #18): tickets per service, waiting time (issued → called) and service time
 * (called → done) per service and per counter, ratings per level and reason, Form 01 decisions with their reasons and
 * BHYT cards printed. Counts and durations only: no name, code, mã số or ticket is part of it, so it may be shown on
 * the supervisor screen and exported as CSV (docs/services-and-ratings.md › report).
 */
import type { DayReport } from '../../../preload/contract/day-report';
import type { RatingLevel, RatingReason } from '../../../preload/contract/channels/rating';
import { RATING_LEVELS, RATING_REASONS } from '../../../preload/contract/channels/rating';
import { SERVICES, type ServiceCode } from '../../../preload/contract/ticket-label';
import type { Database } from '../../db/open-database';
import { percentile } from './percentile';

interface TicketTimes {
  readonly service: ServiceCode;
  readonly counter: string | null;
  readonly state: string;
  readonly created_at: string;
  readonly called_at: string | null;
  readonly done_at: string | null;
}

const VN_OFFSET_MS = 7 * 3_600_000;
/** The UTC instants that bound a Vietnam calendar day. */
export function vietnamDayBounds(day: string): { readonly from: string; readonly to: string } {
  const start = Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS;
  return { from: new Date(start).toISOString(), to: new Date(start + 86_400_000).toISOString() };
}

const secondsBetween = (from: string, to: string): number => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

function timings(rows: readonly TicketTimes[]) {
  const waits = rows.filter((r) => r.called_at !== null).map((r) => secondsBetween(r.created_at, r.called_at ?? r.created_at));
  const services = rows
    .filter((r) => r.called_at !== null && r.done_at !== null)
    .map((r) => secondsBetween(r.called_at ?? '', r.done_at ?? ''));
  return {
    waitP50: percentile(waits, 50),
    waitP90: percentile(waits, 90),
    serviceP50: percentile(services, 50),
    serviceP90: percentile(services, 90),
  };
}

const countBy = <K extends string>(keys: readonly K[], values: readonly K[]): { key: K; count: number }[] =>
  keys.map((key) => ({ key, count: values.filter((v) => v === key).length }));

export function computeDayReport(db: Database, day: string): DayReport {
  const tickets = db
    .prepare(
      "SELECT service, counter, state, created_at, called_at, done_at FROM queue_tickets WHERE day = ? AND state IN ('issued', 'called', 'done') ORDER BY created_at, id",
    )
    .all(day) as TicketTimes[];
  const counters = [...new Set(tickets.map((t) => t.counter).filter((c): c is string => c !== null && c !== ''))].sort(
    (a, b) => Number(a) - Number(b) || a.localeCompare(b),
  );
  const ratings = db.prepare('SELECT level, reasons FROM ticket_ratings WHERE day = ?').all(day) as {
    level: RatingLevel;
    reasons: string;
  }[];
  const reasons = ratings.flatMap((r) => JSON.parse(r.reasons) as RatingReason[]);
  const { from, to } = vietnamDayBounds(day);
  const decisions = db
    .prepare(
      "SELECT state, reject_reason_code FROM registrations WHERE decided_at >= ? AND decided_at < ? AND decided_by LIKE 'officer:%' AND state IN ('approved', 'rejected')",
    )
    .all(from, to) as { state: 'approved' | 'rejected'; reject_reason_code: string | null }[];
  const rejectCodes = decisions.filter((d) => d.state === 'rejected').map((d) => d.reject_reason_code ?? 'other');
  const { n: cardsPrinted } = db
    .prepare('SELECT COUNT(*) AS n FROM card_prints WHERE printed_at >= ? AND printed_at < ?')
    .get(from, to) as {
    n: number;
  };

  const called = tickets.filter((t) => t.called_at !== null);
  const waits = called.map((t) => {
    const at = Date.parse(t.called_at ?? '') + VN_OFFSET_MS;
    const minute = Math.floor((at % 86_400_000) / 60_000);
    return { minute, waitSeconds: secondsBetween(t.created_at, t.called_at ?? ''), service: t.service };
  });
  const hours = [...new Set(waits.map((w) => Math.floor(w.minute / 60)))].sort((a, b) => a - b);

  return {
    day,
    services: SERVICES.map((service) => {
      const rows = tickets.filter((t) => t.service === service);
      return { service, tickets: rows.length, served: rows.filter((t) => t.state === 'done').length, ...timings(rows) };
    }),
    counters: counters.map((counter) => {
      const rows = tickets.filter((t) => t.counter === counter);
      return { counter, served: rows.filter((t) => t.state === 'done').length, ...timings(rows) };
    }),
    ratings: countBy(
      RATING_LEVELS,
      ratings.map((r) => r.level),
    ),
    ratingReasons: countBy(RATING_REASONS, reasons),
    approved: decisions.filter((d) => d.state === 'approved').length,
    rejected: rejectCodes.length,
    rejectReasons: [...new Set(rejectCodes)].sort().map((key) => ({ key, count: rejectCodes.filter((c) => c === key).length })),
    cardsPrinted,
    waits,
    hourly: hours.map((hour) => {
      const inHour = waits.filter((w) => Math.floor(w.minute / 60) === hour).map((w) => w.waitSeconds);
      return { hour, count: inHour.length, p50: percentile(inHour, 50) ?? 0, p90: percentile(inHour, 90) ?? 0 };
    }),
  };
}
