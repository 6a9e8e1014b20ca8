/**
 * Fault test: a process approving registrations is SIGKILLed at varied points (between approvals, while hashing,
 * inside the transaction); after each kill the database is reopened and checked, and a last run finishes the work.
 * Invariant at every point: for each registration, approved ⇔ its account exists ⇔ its SMS and e-mail rows exist,
 * and never more than one of each.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/logging/logger';
import { verifyAudit } from '../../../../../main/services/audit/audit-log';
import { openDatabase } from '../../../../../main/db/open-database';
import { createRegistrationImporter } from '../../../../../main/services/registrations/import-registrations';
import { deterministicRandom, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';

const CHILD = fileURLToPath(new URL('../../../../support/approval-fault-child.ts', import.meta.url));
const REGISTRATIONS = 24;

let t: TestDatabase;

beforeEach(() => {
  t = openTestDatabase();
  const createdAt = new Date().toISOString();
  const lines = Array.from({ length: REGISTRATIONS }, (_, i) =>
    importLine({ externalId: `R${i}`, insuranceNumber: String(1_000_000_000 + i), idNumber: `001190${String(100_000 + i)}`, createdAt }),
  );
  expect(
    createRegistrationImporter({ db: t.db, clock: () => new Date(), random: deterministicRandom(), logger: silentLogger }).importLines(
      lines.join('\n'),
    ).imported,
  ).toBe(REGISTRATIONS);
  t.db.close(); // the child owns the file while it runs
});
afterEach(() => t.close());

/** Runs the child; kills it with SIGKILL right after its `killAfter`-th progress line (null: let it finish). */
function runChild(killAfter: number | null, extraDelayMs: number): Promise<{ killed: boolean; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, t.file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let killing = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const progress = lines.length - 1; // lines after 'ready'
      if (killAfter !== null && !killing && progress >= killAfter) {
        killing = true;
        const kill = (): void => void (child.pid !== undefined && process.kill(child.pid, 'SIGKILL'));
        if (extraDelayMs === 0) kill();
        else setTimeout(kill, extraDelayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, lines });
      else if (code === 0) resolve({ killed: false, lines });
      else reject(new Error(`child exited with ${String(code)}: ${stderr}`));
    });
  });
}

function checkInvariant(): { approved: number } {
  const db = openDatabase(t.file);
  try {
    const rows = db
      .prepare(
        `SELECT r.id, r.state,
           (SELECT COUNT(*) FROM accounts a WHERE a.creation_key = 'approve:' || r.id) AS accounts,
           (SELECT COUNT(*) FROM notification_outbox o WHERE o.idempotency_key = 'approve:' || r.id || ':sms') AS sms,
           (SELECT COUNT(*) FROM notification_outbox o WHERE o.idempotency_key = 'approve:' || r.id || ':email') AS email,
           (SELECT COUNT(*) FROM audit_log l WHERE l.action = 'registration.approved' AND l.subject_ref = 'registration:' || r.id) AS audits
         FROM registrations r ORDER BY r.id`,
      )
      .all() as { id: number; state: string; accounts: number; sms: number; email: number; audits: number }[];
    for (const r of rows) {
      const expected = r.state === 'approved' ? 1 : 0;
      expect({ id: r.id, accounts: r.accounts, sms: r.sms, email: r.email, audits: r.audits }).toEqual({
        id: r.id,
        accounts: expected,
        sms: expected,
        email: expected,
        audits: expected,
      });
    }
    expect((db.prepare('SELECT COUNT(*) AS n FROM accounts').get() as { n: number }).n).toBe(
      rows.filter((r) => r.state === 'approved').length,
    );
    expect(verifyAudit(db).ok).toBe(true);
    return { approved: rows.filter((r) => r.state === 'approved').length };
  } finally {
    db.close();
  }
}

describe('approval under SIGKILL', () => {
  it('leaves all or nothing of each approval, and a resumed run completes exactly once', { timeout: 120_000 }, async () => {
    const rng = deterministicRandom(20250302);
    const interrupted: number[] = [];
    for (let round = 0; round < 6; round++) {
      const [a = 0, b = 0] = rng(2);
      const result = await runChild(a % 4, b % 3);
      const { approved } = checkInvariant();
      if (!result.killed) break;
      interrupted.push(approved);
    }
    // The kills really interrupted work part-way (not only before the first or after the last approval).
    expect(interrupted.some((n) => n > 0 && n < REGISTRATIONS)).toBe(true);
    const final = await runChild(null, 0);
    expect(final.lines.at(-1)).toBe('done');
    expect(checkInvariant().approved).toBe(REGISTRATIONS);
  });
});
