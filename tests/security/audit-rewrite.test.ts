/**
 * Issue #14, "Records that cannot be quietly rewritten": someone who can write the database file edits an audit entry
 * and recomputes every hash from there on, exactly as the hash function is published in the source. Before the chain
 * was keyed, `verify-audit` then said "OK". With the key in a 0600 file outside the database it names the edited
 * entry.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../main/admin/commands/index';
import { withDatabase } from '../../main/admin/commands/with-database';
import { appendAudit, auditEntryHash } from '../../main/services/audit/audit-log';

let dir: string;
let out: string[];
let err: string[];
const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };

const verify = (): Promise<number> => commands['verify-audit']!.run(['--data-dir', dir], io);

async function writeEntries(n: number, from = 1): Promise<void> {
  await withDatabase(dir, (db) => {
    for (let i = from; i < from + n; i++)
      appendAudit(db, { at: new Date(Date.UTC(2026, 0, i)), actor: 'officer:1', action: 'registration.approved', subjectRef: `reg-${i}` });
    return Promise.resolve();
  });
}

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject_ref: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The attacker: changes entry `seq`, then rewrites prev_hash/hash of it and every later entry with plain SHA-256. */
function rewriteFrom(seq: number): void {
  const db = new Database(join(dir, 'kiosk.sqlite'));
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    db.prepare('UPDATE audit_log SET actor = ? WHERE seq = ?').run('officer:2', seq);
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];
    let prev = rows.find((r) => r.seq === seq - 1)?.hash;
    for (const r of rows.filter((x) => x.seq >= seq)) {
      const prevHash = prev ?? r.prev_hash;
      const hash = auditEntryHash({
        seq: r.seq,
        at: r.at,
        actor: r.actor,
        action: r.action,
        subjectRef: r.subject_ref,
        detailsJson: r.details,
        prevHash,
      });
      db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prevHash, hash, r.seq);
      prev = hash;
    }
  } finally {
    db.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-rewrite-'));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('audit chain keyed outside the database', () => {
  it('an entry edited and re-hashed without the key fails verify-audit, which names it', async () => {
    await writeEntries(5);
    expect(await verify()).toBe(0);
    rewriteFrom(3);
    expect(await verify()).toBe(1);
    expect(err[0]).toMatch(/^audit log FAILED at entry 3 \(edited\).*without the audit key/);
  });

  it('keeps the key in a 0600 file of the data folder, never in the database', async () => {
    await writeEntries(1);
    const key = join(dir, 'audit-key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const db = new Database(join(dir, 'kiosk.sqlite'), { readonly: true });
    const blob = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    db.close();
    const hex = /^v1 ([0-9a-f]{64}) /.exec(readFileSync(key, 'utf8'))?.[1];
    expect(hex).toBeDefined();
    expect(blob).not.toContain(hex);
  });

  it('entries written before the key existed still verify, and tampering with them is still caught by the keyed ones', async () => {
    // A database from before the key: plain SHA-256 entries, no key file.
    const file = join(dir, 'kiosk.sqlite');
    const { openDatabase } = await import('../../main/db/open-database');
    const legacy = openDatabase(file);
    for (let i = 1; i <= 3; i++)
      appendAudit(legacy, { at: new Date(Date.UTC(2025, 0, i)), actor: 'officer:1', action: 'legacy', subjectRef: `r${i}` });
    legacy.close();
    await writeEntries(2, 10); // the first keyed open creates the key with fromSeq 4
    expect(await verify()).toBe(0);
    expect(out[0]).toBe('audit log OK: 5 entries');
    rewriteFrom(2);
    expect(await verify()).toBe(1);
    expect(err[0]).toMatch(/FAILED at entry 4/);
  });

  it('refuses a damaged key file instead of replacing it', async () => {
    writeFileSync(join(dir, 'audit-key'), 'v1 nothex 1\n', { mode: 0o600 });
    await expect(writeEntries(1)).rejects.toThrow(/audit key .* is damaged/);
  });
});
