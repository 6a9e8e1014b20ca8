/**
 * The durable print queue. Jobs are stored before anything is sent, printed one at a time when the
 * printer can print, and only marked 'printed' after the printer answered a status request AFTER
 * the data (device-manager.print). Paper out / cover open / disconnect → 'needs-attention'; the
 * next kick (any device state change) retries them, so the job resumes when the printer is ready.
 *
 * Delivery is AT-LEAST-ONCE, never silently twice: when the bytes may already have reached the
 * printer (a crash while 'printing', a failure after sending, the device process dying mid-job),
 * the job is printed again as a marked reprint ("BẢN IN LẠI", Receipt.reprint = true) with
 * copy_number + 1. A citizen may thus hold an original and a marked reprint, but never two
 * receipts that both look original. Losing a receipt silently was judged worse than a marked copy.
 */
import type { Database } from '../../db/open-database';
import type { PrintOutcome } from '../../../native/devices/device-state';
import type { Receipt } from '../../../native/printer/receipt';
import type { Logger } from '../../logging/logger';

export type PrintJobState = 'queued' | 'printing' | 'printed' | 'failed' | 'needs-attention';

export interface PrintJobView {
  readonly id: number;
  readonly kind: string;
  readonly state: PrintJobState;
  readonly attempts: number;
  readonly copyNumber: number;
  /** English reason code/message; never personal data. */
  readonly lastError: string | null;
}

export interface PrinterPort {
  /** Rejects when the device process is unavailable (the bytes may or may not have been sent). */
  print(receipt: Receipt): Promise<PrintOutcome>;
}

export interface PrintQueueOptions {
  readonly db: Database;
  readonly printer: PrinterPort;
  readonly onJob: (job: PrintJobView) => void;
  readonly logger: Logger;
  readonly maxAttempts?: number;
  readonly now?: () => Date;
  /**
   * The station whose printer this queue drives (default `kiosk`). Hosts of one office share the database: each
   * prints and recovers only its own station's jobs, so a kiosk's ticket never comes out of a counter's printer.
   */
  readonly stationId?: string;
}

export interface PrintQueue {
  enqueue(input: { readonly kind: string; readonly receipt: Receipt; readonly idempotencyKey: string }): PrintJobView;
  get(id: number): PrintJobView | null;
  /** At start-up: jobs left in 'printing' by a crash become queued marked reprints. Returns how many. */
  recover(): number;
  /** Print whatever can be printed now; resolves when the worker is idle or blocked. */
  kick(): Promise<void>;
  /** Withdraws a job that has not started printing ('no print, no ticket' must not print later). True if withdrawn. */
  cancel(id: number): boolean;
}

interface Row {
  id: number;
  kind: string;
  payload: string;
  state: PrintJobState;
  attempts: number;
  copy_number: number;
  last_error: string | null;
}

const view = (r: Row): PrintJobView => ({
  id: r.id,
  kind: r.kind,
  state: r.state,
  attempts: r.attempts,
  copyNumber: r.copy_number,
  lastError: r.last_error,
});

export function createPrintQueue(options: PrintQueueOptions): PrintQueue {
  const { db, printer, logger } = options;
  const maxAttempts = options.maxAttempts ?? 3;
  const now = (): string => (options.now ?? (() => new Date()))().toISOString();
  const byId = db.prepare('SELECT * FROM print_jobs WHERE id = ?');
  const byKey = db.prepare('SELECT * FROM print_jobs WHERE idempotency_key = ?');
  const insert = db.prepare(
    "INSERT INTO print_jobs (idempotency_key, kind, payload, state, created_at, updated_at, station_id) VALUES (?, ?, ?, 'queued', ?, ?, ?)",
  );
  const stationId = options.stationId ?? 'kiosk';
  const next = db.prepare("SELECT * FROM print_jobs WHERE state IN ('queued', 'needs-attention') AND station_id = ? ORDER BY id LIMIT 1");
  const setState = db.prepare('UPDATE print_jobs SET state = ?, attempts = ?, last_error = ?, updated_at = ? WHERE id = ?');
  const markReprint = db.prepare(
    'UPDATE print_jobs SET payload = ?, copy_number = copy_number + 1, state = ?, last_error = ?, updated_at = ? WHERE id = ?',
  );
  const stuck = db.prepare("SELECT * FROM print_jobs WHERE state = 'printing' AND station_id = ?");

  const get = (id: number): Row | undefined => byId.get(id) as Row | undefined;
  const announce = (id: number): void => {
    const r = get(id);
    if (r) options.onJob(view(r));
  };
  const reprint = (r: Row, state: PrintJobState, error: string): void => {
    const receipt = JSON.parse(r.payload) as Receipt;
    markReprint.run(JSON.stringify({ ...receipt, reprint: true }), state, error, now(), r.id);
  };

  let running: Promise<void> | null = null;
  let again = false;

  async function work(): Promise<void> {
    for (;;) {
      const r = next.get(stationId) as Row | undefined;
      if (!r) return;
      const attempts = r.attempts + 1;
      setState.run('printing', attempts, r.last_error, now(), r.id);
      announce(r.id);
      let outcome: PrintOutcome;
      try {
        outcome = await printer.print(JSON.parse(r.payload) as Receipt);
      } catch (e) {
        // The device process died or hung: we cannot know whether bytes went out.
        outcome = { ok: false, reason: 'disconnected', sent: true, message: e instanceof Error ? e.message : 'device unavailable' };
      }
      if (outcome.ok) {
        setState.run('printed', attempts, null, now(), r.id);
        logger.info('print.printed', { job: r.id, kind: r.kind, copy: r.copy_number });
        announce(r.id);
        continue;
      }
      const attention = outcome.reason !== 'timeout' && outcome.reason !== 'error';
      const state: PrintJobState = attention ? 'needs-attention' : attempts >= maxAttempts ? 'failed' : 'queued';
      // A refusal before sending is not an attempt at paper: only count attempts that sent bytes.
      const counted = outcome.sent ? attempts : r.attempts;
      if (outcome.sent) reprint({ ...r, attempts: counted }, state, outcome.reason);
      setState.run(state, counted, outcome.reason, now(), r.id);
      logger.warn('print.not-printed', { job: r.id, reason: outcome.reason, sent: outcome.sent, state });
      announce(r.id);
      return;
    }
  }

  const kick = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    // The worker lets go in the same step as its loop ends (the finally inside, not a .finally() callback, which runs
    // microtasks later): a job enqueued in between found a worker still "running" that would not look again, and
    // waited for the next device event.
    running = (async () => {
      try {
        do {
          again = false;
          await work();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    enqueue({ kind, receipt, idempotencyKey }) {
      const existing = byKey.get(idempotencyKey) as Row | undefined;
      if (existing) return view(existing);
      const t = now();
      const id = Number(insert.run(idempotencyKey, kind, JSON.stringify(receipt), t, t, stationId).lastInsertRowid);
      const r = get(id);
      if (!r) throw new Error('print job vanished');
      options.onJob(view(r));
      void kick();
      return view(r);
    },
    get: (id) => {
      const r = get(id);
      return r ? view(r) : null;
    },
    recover() {
      const rows = stuck.all(stationId) as Row[];
      for (const r of rows) reprint(r, 'queued', 'interrupted');
      if (rows.length > 0) logger.warn('print.recovered', { jobs: rows.length });
      return rows.length;
    },
    kick,
    cancel(id) {
      const r = db
        .prepare(
          "UPDATE print_jobs SET state = 'failed', last_error = 'cancelled', updated_at = ? WHERE id = ? AND state IN ('queued', 'needs-attention')",
        )
        .run(now(), id);
      if (r.changes === 1) announce(id);
      return r.changes === 1;
    },
  };
}
