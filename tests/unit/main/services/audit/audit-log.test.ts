import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import {
  appendAudit,
  auditEntryHash,
  auditHead,
  canonicalJson,
  readAudit,
  verifyAudit,
} from '../../../../../main/services/audit/audit-log';

let db: Database;
const at = (i: number): Date => new Date(Date.UTC(2025, 2, 1, 8, 0, i));

beforeEach(() => {
  db = openDatabase(':memory:');
  for (let i = 1; i <= 5; i++) {
    appendAudit(db, {
      at: at(i),
      actor: 'officer:1',
      action: 'registration.approved',
      subjectRef: `reg-${i}`,
      details: { step: i, reason: null, ok: true },
    });
  }
});
afterEach(() => db.close());

const dropTriggers = (): void => {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
};

describe('audit log', () => {
  it('chains entries and verifies an untouched log', () => {
    const entries = readAudit(db);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(entries[0]?.details).toEqual({ ok: true, reason: null, step: 1 });
    expect(verifyAudit(db)).toEqual({ ok: true, entries: 5 });
    expect(auditHead(db)).toEqual({ seq: 5, hash: entries[4]?.hash });
  });

  it('serializes details canonically: key order does not change the hash', () => {
    const a = appendAudit(db, { at: at(9), actor: 'system', action: 'x', details: { b: 1, a: 2 } });
    const other = openDatabase(':memory:');
    for (let i = 1; i <= 5; i++) {
      appendAudit(other, {
        at: at(i),
        actor: 'officer:1',
        action: 'registration.approved',
        subjectRef: `reg-${i}`,
        details: { ok: true, reason: null, step: i },
      });
    }
    const b = appendAudit(other, { at: at(9), actor: 'system', action: 'x', details: { a: 2, b: 1 } });
    other.close();
    expect(b.hash).toBe(a.hash);
  });

  it('refuses UPDATE and DELETE through triggers', () => {
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('joins a caller transaction and rolls back with it', () => {
    expect(() =>
      db.transaction(() => {
        appendAudit(db, { at: at(6), actor: 'system', action: 'x' });
        throw new Error('abort');
      })(),
    ).toThrow('abort');
    expect(auditHead(db)?.seq).toBe(5);
  });

  it('detects an edited entry (trigger dropped, raw UPDATE)', () => {
    dropTriggers();
    db.prepare(`UPDATE audit_log SET details = '{"ok":false,"reason":null,"step":3}' WHERE seq = 3`).run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 3, problem: 'edited' });
  });

  it('detects an edit whose hash was recomputed, at the entry that was rewritten', () => {
    dropTriggers();
    const e = readAudit(db)[1]!;
    const forged = auditEntryHash({
      seq: 2,
      at: e.at,
      actor: 'officer:2',
      action: e.action,
      subjectRef: e.subjectRef,
      detailsJson: canonicalJson(e.details),
      prevHash: e.prevHash,
    });
    db.prepare("UPDATE audit_log SET actor = 'officer:2', hash = ? WHERE seq = 2").run(forged);
    // Entry 2 is self-consistent now, but entry 3 still names the original hash.
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 2, problem: 'edited' });
  });

  it('detects a deleted entry and says which', () => {
    dropTriggers();
    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    const result = verifyAudit(db);
    expect(result).toMatchObject({ ok: false, seq: 3, problem: 'deleted' });
    expect(result.ok ? '' : result.message).toMatch(/entry 3 is missing/);
  });

  it('detects deletion of the first entry', () => {
    dropTriggers();
    db.prepare('DELETE FROM audit_log WHERE seq = 1').run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 1, problem: 'deleted' });
  });

  it('detects a deletion hidden by renumbering the following entries', () => {
    dropTriggers();
    db.exec('DELETE FROM audit_log WHERE seq = 3; UPDATE audit_log SET seq = seq - 1 WHERE seq > 3;');
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 3, problem: 'deleted' });
  });

  it('detects two swapped entries as reordered', () => {
    dropTriggers();
    db.exec(
      'UPDATE audit_log SET seq = 100 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 100;',
    );
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 3, problem: 'reordered' });
  });

  it('detects truncation of the newest entries against a recorded head', () => {
    const head = auditHead(db)!;
    dropTriggers();
    db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    expect(verifyAudit(db)).toEqual({ ok: true, entries: 4 });
    expect(verifyAudit(db, { expectedHead: head })).toMatchObject({ ok: false, seq: 5, problem: 'deleted' });
  });
});
