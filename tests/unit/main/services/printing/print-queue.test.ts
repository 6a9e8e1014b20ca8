import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { migrate } from '../../../../../main/db/migrate';
import type { Database as Db } from '../../../../../main/db/open-database';
import type { PrintOutcome } from '../../../../../native/devices/device-state';
import type { Receipt } from '../../../../../native/printer/receipt';
import { createPrintQueue } from '../../../../../main/services/printing/print-queue';
import type { PrintJobView } from '../../../../../main/services/printing/print-queue';

const logger = { debug() {}, info() {}, warn() {}, error() {} };
const receipt: Receipt = { title: 'IN THỬ', lines: [] };

function setup(outcomes: PrintOutcome[]) {
  const db = new Database(':memory:') as unknown as Db;
  migrate(db);
  const printed: Receipt[] = [];
  const jobs: PrintJobView[] = [];
  const q = createPrintQueue({
    db,
    logger,
    onJob: (j) => jobs.push(j),
    printer: {
      print: async (r) => {
        const o = outcomes.shift() ?? { ok: true };
        if (o.ok) printed.push(r);
        return o;
      },
    },
  });
  return { db, q, printed, jobs };
}

describe('print queue', () => {
  it('is idempotent per key', async () => {
    const { q, printed } = setup([]);
    const a = q.enqueue({ kind: 'test', receipt, idempotencyKey: 'k1' });
    const b = q.enqueue({ kind: 'test', receipt, idempotencyKey: 'k1' });
    await q.kick();
    expect(b.id).toBe(a.id);
    expect(printed).toHaveLength(1);
    expect(q.get(a.id)?.state).toBe('printed');
  });

  it('paper out → needs-attention → printed exactly once after restore', async () => {
    const { q, printed, jobs } = setup([{ ok: false, reason: 'paper-out', sent: false, message: 'paper out' }]);
    const j = q.enqueue({ kind: 'test', receipt, idempotencyKey: 'k2' });
    await vi.waitFor(() => expect(jobs.at(-1)?.state).toBe('needs-attention'));
    expect(q.get(j.id)?.lastError).toBe('paper-out');
    expect(printed).toHaveLength(0);
    await q.kick();
    await q.kick();
    expect(q.get(j.id)).toMatchObject({ state: 'printed', copyNumber: 1 });
    expect(printed).toEqual([receipt]);
  });

  it('a job left in printing by a crash is reprinted marked as a reprint', async () => {
    const { db, q, printed } = setup([]);
    db.prepare(
      "INSERT INTO print_jobs (idempotency_key, kind, payload, state, created_at, updated_at) VALUES ('k3','test',?,'printing','t','t')",
    ).run(JSON.stringify(receipt));
    expect(q.recover()).toBe(1);
    await q.kick();
    expect(printed).toEqual([{ ...receipt, reprint: true }]);
    expect(q.get(1)).toMatchObject({ state: 'printed', copyNumber: 2 });
  });
});

describe('print queues of two stations on one database', () => {
  it('each prints and recovers only its own station’s jobs', async () => {
    const { db, q: kiosk, printed: kioskPrinted } = setup([]);
    const counterPrinted: Receipt[] = [];
    const counter = createPrintQueue({
      db,
      logger,
      stationId: 'counter:1',
      onJob: () => {},
      printer: {
        print: async (r) => {
          counterPrinted.push(r);
          return { ok: true };
        },
      },
    });
    counter.enqueue({ kind: 'test', receipt: { title: 'QUẦY', lines: [] }, idempotencyKey: 'c1' });
    await kiosk.kick();
    expect(kioskPrinted).toEqual([]);
    kiosk.enqueue({ kind: 'test', receipt: { title: 'KIOSK', lines: [] }, idempotencyKey: 'k1' });
    await counter.kick();
    expect(counterPrinted.map((r) => r.title)).toEqual(['QUẦY']);
    await kiosk.kick();
    expect(kioskPrinted.map((r) => r.title)).toEqual(['KIOSK']);
    // A job the counter left mid-print is the counter's to recover, not the kiosk's.
    const stuck = counter.enqueue({ kind: 'test', receipt, idempotencyKey: 'c2' });
    db.prepare("UPDATE print_jobs SET state = 'printing' WHERE id = ?").run(stuck.id);
    expect(kiosk.recover()).toBe(0);
    expect(counter.recover()).toBe(1);
  });
});

describe('print queue worker hand-over', () => {
  // A job enqueued just as the worker finished (after its loop ended, before it let go) used to be left queued until
  // the next device event: the queue saw a worker still "running" and only asked it to go again, which it no longer
  // would. With an instant printer, a second tap right after a slip printed then waited for nothing (30 s timeout).
  it.each(Array.from({ length: 12 }, (_, k) => k))(
    'a job enqueued %i microtasks after the previous one printed is printed without another kick',
    async (ticks) => {
      const db = new Database(':memory:') as unknown as Db;
      migrate(db);
      const jobs: PrintJobView[] = [];
      let onPrinted: (() => void) | null = null;
      const q = createPrintQueue({
        db,
        logger,
        onJob: (j) => {
          jobs.push(j);
          if (j.state === 'printed' && onPrinted !== null) {
            const run = onPrinted;
            onPrinted = null;
            run();
          }
        },
        printer: { print: async () => ({ ok: true }) },
      });
      let second: PrintJobView | null = null;
      onPrinted = () => {
        void (async () => {
          for (let i = 0; i < ticks; i++) await Promise.resolve();
          second = q.enqueue({ kind: 'test', receipt, idempotencyKey: 'b' });
        })();
      };
      q.enqueue({ kind: 'test', receipt, idempotencyKey: 'a' });
      await vi.waitFor(() => expect(second).not.toBeNull());
      const id = (second as PrintJobView | null)?.id;
      await vi.waitFor(() => expect(jobs.some((j) => j.id === id && j.state === 'printed')).toBe(true), { timeout: 1_000 });
    },
  );
});
