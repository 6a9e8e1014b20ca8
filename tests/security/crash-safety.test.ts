/**
 * Crash safety (issue #8): a writer process is SIGKILLed at many points while it appends audit entries, runs print
 * jobs through the durable queue and imports registrations into a real SQLite file (WAL, as the app opens it).
 * After every kill the file is reopened and must be whole: integrity check ok, the audit chain verifies and still
 * holds the previous head, every print job row is self-consistent, every import batch is all-or-nothing with
 * complete rows, counts never go down, and everything the child reported as committed is there.
 * Kill points come from a seeded PRNG (reproducible) and from progress lines: no sleeps.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/open-database';
import { auditHead, verifyAudit, type AuditHead } from '../../main/services/audit/audit-log';
import { seedPlaces } from '../support/registration-test-kit';
import type { Receipt } from '../../native/printer/receipt';
import { LOAD_IMPORT_BATCH, LOAD_RECEIPT_TITLE, LOAD_STEPS, loadExternalId, loadJobKey, type LoadStep } from '../support/write-load';

const CHILD = fileURLToPath(new URL('../support/write-load-child.ts', import.meta.url));
const KILLS = 16;
const MAX_ATTEMPTS = 3; // the print queue's default

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-crash-'));
  file = join(dir, 'kiosk.sqlite');
  const db = openDatabase(file);
  seedPlaces(db);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface RunResult {
  readonly killed: boolean;
  /** Recovered print jobs reported by the child's start-up. */
  readonly recovered: number;
  /** Highest iteration the child reported as committed (-1: none). */
  readonly lastProgress: number;
}

/** Where to kill: right after the child announced `step` of iteration `iteration` (null: let it finish). */
interface KillPoint {
  readonly iteration: number;
  readonly step: LoadStep;
}

function runChild(run: number, kill: KillPoint | null, iterations?: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', CHILD, file, String(run), ...(iterations !== undefined ? [String(iterations)] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let recovered = -1;
    let lastProgress = -1;
    let killing = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const ready = /^ready (\d+)$/.exec(line);
      const progress = /^progress (\d+)$/.exec(line);
      const step = /^step (\d+) (\w+)$/.exec(line);
      if (ready) recovered = Number(ready[1]);
      if (progress) lastProgress = Number(progress[1]);
      if (kill !== null && !killing && step && Number(step[1]) === kill.iteration && step[2] === kill.step) {
        killing = true;
        if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, recovered, lastProgress });
      else if (code === 0) resolve({ killed: false, recovered, lastProgress });
      else reject(new Error(`write-load child exited with ${String(code)}: ${stderr}`));
    });
  });
}

interface Snapshot {
  readonly audit: number;
  readonly jobs: number;
  readonly registrations: number;
  readonly printing: number;
  readonly head: AuditHead | null;
}

interface JobRow {
  idempotency_key: string;
  kind: string;
  payload: string;
  state: string;
  attempts: number;
  copy_number: number;
  last_error: string | null;
}

interface RegistrationRow {
  external_id: string;
  code: string;
  full_name: string | null;
  id_number: string | null;
  date_of_birth: string | null;
  gender: string | null;
  province_code: string | null;
  ward_code: string | null;
  street: string | null;
  phone: string | null;
  office_code: string;
  created_at: string;
  state: string;
}

/** Reopens the file as the app would and checks every invariant; `committed` lists [run, lastProgress] pairs. */
function inspect(previous: Snapshot, committed: readonly (readonly [number, number])[]): Snapshot {
  const db = openDatabase(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(verifyAudit(db, previous.head ? { expectedHead: previous.head } : {})).toMatchObject({ ok: true });

    const jobs = db.prepare('SELECT * FROM print_jobs ORDER BY id').all() as JobRow[];
    for (const j of jobs) {
      const receipt = JSON.parse(j.payload) as Receipt;
      expect(receipt.title, j.idempotency_key).toBe(LOAD_RECEIPT_TITLE);
      expect(receipt.lines.at(-1), j.idempotency_key).toEqual({ kind: 'qr', data: j.idempotency_key });
      expect(j.kind).toBe('test-print');
      // A possible second copy is always marked, and only then.
      expect(receipt.reprint === true, j.idempotency_key).toBe(j.copy_number > 1);
      expect(j.attempts).toBeGreaterThanOrEqual(0);
      expect(j.attempts).toBeLessThanOrEqual(MAX_ATTEMPTS);
      if (j.state === 'printed') expect(j.last_error).toBeNull();
      if (j.state === 'queued' || j.state === 'failed' || j.state === 'needs-attention') {
        if (j.attempts > 0 || j.copy_number > 1) expect(j.last_error).not.toBeNull();
      }
    }
    const printing = jobs.filter((j) => j.state === 'printing').length;
    expect(printing).toBeLessThanOrEqual(1); // one job at a time

    const regs = db.prepare('SELECT * FROM registrations ORDER BY id').all() as RegistrationRow[];
    const batches = new Map<string, number>();
    for (const r of regs) {
      for (const v of [r.full_name, r.id_number, r.date_of_birth, r.gender, r.province_code, r.ward_code, r.street, r.phone]) {
        expect(v, r.external_id).not.toBeNull();
      }
      expect(r.code).toMatch(/^F01-/);
      expect(r.state).toBe('submitted');
      const batch = r.external_id.replace(/-\d+$/, '');
      batches.set(batch, (batches.get(batch) ?? 0) + 1);
    }
    for (const [batch, n] of batches) expect(n, batch).toBe(LOAD_IMPORT_BATCH);
    const importAudits = db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'registration.imported'").pluck().get();
    expect(importAudits).toBe(batches.size);

    // Everything the child reported as committed survived the kill.
    const hasAudit = db.prepare(
      "SELECT 1 FROM audit_log WHERE action = 'lookup.insurance-number' AND json_extract(details, '$.run') = ? AND json_extract(details, '$.i') = ?",
    );
    const hasJob = db.prepare('SELECT 1 FROM print_jobs WHERE idempotency_key = ?');
    for (const [run, last] of committed) {
      for (let i = 0; i <= last; i++) {
        expect(hasAudit.get(run, i), `audit ${run}/${i}`).toBeDefined();
        expect(hasJob.get(loadJobKey(run, i)), `job ${run}/${i}`).toBeDefined();
        expect(batches.get(loadExternalId(run, i, 0).replace(/-\d+$/, '')), `import ${run}/${i}`).toBe(LOAD_IMPORT_BATCH);
      }
    }

    const now: Snapshot = {
      audit: db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number,
      jobs: jobs.length,
      registrations: regs.length,
      printing,
      head: auditHead(db),
    };
    expect(now.audit).toBeGreaterThanOrEqual(previous.audit);
    expect(now.jobs).toBeGreaterThanOrEqual(previous.jobs);
    expect(now.registrations).toBeGreaterThanOrEqual(previous.registrations);
    return now;
  } finally {
    db.close();
  }
}

function lookupAuditsOf(run: number): number {
  const db = openDatabase(file);
  try {
    return db
      .prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'lookup.insurance-number' AND json_extract(details, '$.run') = ?")
      .pluck()
      .get(run) as number;
  } finally {
    db.close();
  }
}

/** mulberry32: a seeded PRNG so a failing kill schedule can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('crash safety under SIGKILL', () => {
  it(`keeps the database whole through ${KILLS} kills during writes, and a clean run completes`, { timeout: 240_000 }, async () => {
    const random = seeded(20260826);
    const committed: [number, number][] = [];
    let snapshot: Snapshot = { audit: 0, jobs: 0, registrations: 0, printing: 0, head: null };
    let kills = 0;
    let interrupted = 0; // kills that landed after some writes of an unfinished iteration
    for (let run = 1; run <= KILLS; run++) {
      const kill: KillPoint = {
        iteration: Math.floor(random() * 6),
        step: LOAD_STEPS[Math.floor(random() * LOAD_STEPS.length)] ?? 'audit',
      };
      const result = await runChild(run, kill);
      expect(result.killed).toBe(true);
      // The start-up recovery turned every job the previous kill left mid-print into a marked reprint.
      expect(result.recovered).toBe(snapshot.printing);
      kills++;
      committed.push([run, result.lastProgress]);
      snapshot = inspect(snapshot, committed);
      if (lookupAuditsOf(run) > result.lastProgress + 1) interrupted++;
    }
    expect(kills).toBe(KILLS);
    // The kills landed while real work was going on, not only between iterations.
    expect(interrupted).toBeGreaterThan(0);

    const final = await runChild(KILLS + 1, null, 3);
    expect(final).toMatchObject({ killed: false, recovered: snapshot.printing, lastProgress: 2 });
    committed.push([KILLS + 1, 2]);
    snapshot = inspect(snapshot, committed);
    expect(snapshot.printing).toBe(0);
  });
});
