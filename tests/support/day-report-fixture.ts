/**
 * A known day for the report tests (issue #18), small enough to check by hand. 4 December 2026, Vietnam time
 * (UTC+7; 02:00Z = 09:00). No people: tickets, ratings, decisions and card prints as bare rows.
 *
 * Service B, waits (issued → called) 300, 600, 1200, 60 s; service times (called → done) 300, 120, 480, 60 s; B5 still
 * waiting, B6 a withdrawn (abandoned) reservation. Service A: one Form 01 ticket, wait 1800 s, service 600 s.
 */
import type { Database } from '../../main/db/open-database';

export const REPORT_DAY = '2026-12-04';

export function seedReportDay(db: Database): void {
  const reg = db.prepare(
    `INSERT INTO registrations (code, office_code, source, created_at, state, decided_at, decided_by, reject_reason_code)
     VALUES (?, 'BHXH-HN', 'portal', '2026-12-01T01:00:00Z', ?, ?, ?, ?)`,
  );
  const a = Number(reg.run('F01-TEST-0001', 'approved', '2026-12-04T03:00:00.000Z', 'officer:1', null).lastInsertRowid);
  reg.run('F01-TEST-0002', 'rejected', '2026-12-04T16:59:00.000Z', 'officer:1', 'unsigned-form'); // 23:59 on the 4th
  reg.run('F01-TEST-0003', 'rejected', '2026-12-04T17:00:00.000Z', 'officer:1', 'duplicate'); // 00:00 on the 5th
  db.prepare(
    "INSERT INTO registration_checks (registration_id, ref, at, overall, outcome) VALUES (?, 'R-A1', '2026-12-04T00:59:00Z', 'match', '{}')",
  ).run(a);

  const ticket = db.prepare(
    `INSERT INTO queue_tickets (day, service, number, counter, registration_id, check_ref, state, created_at, called_at, done_at)
     VALUES ('${REPORT_DAY}', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  ticket.run('A', 1, '1', a, 'R-A1', 'done', '2026-12-04T01:00:00.000Z', '2026-12-04T01:30:00.000Z', '2026-12-04T01:40:00.000Z');
  ticket.run('B', 1, '2', null, null, 'done', '2026-12-04T02:00:00.000Z', '2026-12-04T02:05:00.000Z', '2026-12-04T02:10:00.000Z');
  ticket.run('B', 2, '2', null, null, 'done', '2026-12-04T02:01:00.000Z', '2026-12-04T02:11:00.000Z', '2026-12-04T02:13:00.000Z');
  ticket.run('B', 3, '3', null, null, 'done', '2026-12-04T02:02:00.000Z', '2026-12-04T02:22:00.000Z', '2026-12-04T02:30:00.000Z');
  ticket.run('B', 4, '3', null, null, 'done', '2026-12-04T02:03:00.000Z', '2026-12-04T02:04:00.000Z', '2026-12-04T02:05:00.000Z');
  ticket.run('B', 5, null, null, null, 'issued', '2026-12-04T02:04:00.000Z', null, null);
  ticket.run('B', 6, null, null, null, 'abandoned', '2026-12-04T02:05:00.000Z', null, null);

  const rating = db.prepare('INSERT INTO ticket_ratings (day, hour, service, counter, level, reasons) VALUES (?, 9, ?, ?, ?, ?)');
  rating.run(REPORT_DAY, 'B', '2', 'very-satisfied', '[]');
  rating.run(REPORT_DAY, 'B', '2', 'very-satisfied', '[]');
  rating.run(REPORT_DAY, 'B', '3', 'dissatisfied', '["long-wait","unclear-guidance"]');
  rating.run(REPORT_DAY, 'A', '1', 'neutral', '["long-wait"]');
  rating.run('2026-12-03', 'B', '2', 'dissatisfied', '["other"]'); // another day

  const card = db.prepare(
    "INSERT INTO card_prints (insurance_number, card_issue_date, copy_number, actor, destination, printed_at) VALUES ('0123456789', '2026-01-01', ?, 'officer:1', 'cups:the', ?)",
  );
  card.run(1, '2026-12-04T05:00:00.000Z');
  card.run(2, '2026-12-03T05:00:00.000Z');
}
