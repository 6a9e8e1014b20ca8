import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { appendAudit, auditHead } from '../../../../../main/services/audit/audit-log';
import { runVerifyAudit } from '../../../../../main/admin/commands/verify-audit';

let db: Database;
let out: string[];
let err: string[];
const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };

beforeEach(() => {
  db = openDatabase(':memory:');
  out = [];
  err = [];
  for (let i = 1; i <= 3; i++)
    appendAudit(db, { at: new Date(Date.UTC(2025, 0, i)), actor: 'officer:1', action: 'registration.approved', subjectRef: `reg-${i}` });
});
afterEach(() => db.close());

describe('verify-audit', () => {
  it('exits 0 and reports the entry count and head', async () => {
    expect(await runVerifyAudit([], io, { db })).toBe(0);
    expect(out[0]).toBe('audit log OK: 3 entries');
    expect(out[1]).toBe(`head: 3:${auditHead(db)?.hash}`);
  });

  it('exits 1 naming an edited entry', async () => {
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET subject_ref = 'reg-99' WHERE seq = 2;");
    expect(await runVerifyAudit([], io, { db })).toBe(1);
    expect(err[0]).toMatch(/^audit log FAILED at entry 2 \(edited\)/);
  });

  it('exits 1 naming a deleted entry', async () => {
    db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;');
    expect(await runVerifyAudit([], io, { db })).toBe(1);
    expect(err[0]).toMatch(/^audit log FAILED at entry 2 \(deleted\): entry 2 is missing/);
  });

  it('detects truncation with --expect-head and rejects a malformed head', async () => {
    const head = auditHead(db)!;
    db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 3;');
    expect(await runVerifyAudit(['--expect-head', `${head.seq}:${head.hash}`], io, { db })).toBe(1);
    expect(err[0]).toMatch(/\(deleted\)/);
    expect(await runVerifyAudit(['--expect-head', 'nonsense'], io, { db })).toBe(64);
    expect(await runVerifyAudit(['--bogus'], io, { db })).toBe(64);
  });
});
