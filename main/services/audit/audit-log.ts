/**
 * Append-only, hash-chained audit log. Each entry's hash covers its own fields and the previous entry's hash, so
 * editing, deleting or reordering a stored entry breaks the chain at a point `verifyAudit` can name.
 *
 * The table's triggers refuse UPDATE and DELETE, but anyone with write access to the database file can drop a
 * trigger (or rewrite the file); the triggers stop accidents, the chain detects tampering. Truncating the newest
 * entries leaves a valid shorter chain: compare `auditHead` against a copy kept elsewhere (printed, exported) to
 * detect that, via `verifyAudit(db, { expectedHead })`.
 *
 * Keyed (audit-key.ts): once a database has its key (`useAuditKey`, at every open by the core and the admin CLI),
 * entries from the key's `fromSeq` on are HMAC-SHA-256 under it, so recomputing the hashes after an edit needs the
 * key file too, which is kept outside the database.
 *
 * Entries hold no personal data: actors and subjects are references ('officer:3', 'citizen:<account ref>',
 * a registration id), never names, ID numbers, phones or e-mail addresses.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Database } from '../../db/open-database';
import type { AuditKey } from './audit-key';

export type AuditDetailValue = string | number | boolean | null;
export type AuditDetails = Readonly<Record<string, AuditDetailValue>>;

export interface AuditEntryInput {
  readonly at: Date;
  /** 'officer:<id>' | 'kiosk' | 'kiosk:<station>' | 'system' | 'admin-cli' | 'citizen:<account ref>' */
  readonly actor: string;
  /** Dotted verb, e.g. 'account.created', 'registration.approved'. */
  readonly action: string;
  readonly subjectRef?: string | null;
  readonly details?: AuditDetails;
}

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subjectRef: string | null;
  readonly details: AuditDetails;
  readonly prevHash: string;
  readonly hash: string;
}

export type AuditProblem = 'edited' | 'deleted' | 'reordered';

export type AuditVerification =
  | { readonly ok: true; readonly entries: number }
  | { readonly ok: false; readonly seq: number; readonly problem: AuditProblem; readonly message: string };

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subject_ref: string | null;
  readonly details: string;
  readonly prev_hash: string;
  readonly hash: string;
}

/** JSON with object keys sorted, so the same details always serialize (and hash) the same way. */
export function canonicalJson(value: AuditDetails): string {
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(value[k] ?? null)}`).join(',')}}`;
}

const keys = new WeakMap<Database, AuditKey>();

/** Every later append and verification on this connection uses the key (entries from key.fromSeq on). */
export function useAuditKey(db: Database, key: AuditKey): void {
  keys.set(db, key);
}

/** The next seq this database's log will write: what a new key's fromSeq is. */
export function nextAuditSeq(db: Database): number {
  return (auditHead(db)?.seq ?? 0) + 1;
}

interface HashFields {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subjectRef: string | null;
  readonly detailsJson: string;
  readonly prevHash: string;
}

/** The entry hash this database uses for an entry at e.seq: keyed from the key's fromSeq on, plain before. */
function hashOn(db: Database): (e: HashFields) => string {
  const key = keys.get(db);
  return (e) => (key !== undefined && e.seq >= key.fromSeq ? auditEntryHash(e, key.key) : auditEntryHash(e));
}

/**
 * SHA-256 (or HMAC-SHA-256 under `key`) over a JSON array of the fields in a fixed order: unambiguous, with no
 * delimiter-injection games.
 */
export function auditEntryHash(e: HashFields, key?: Buffer): string {
  const canonical = JSON.stringify([e.seq, e.at, e.actor, e.action, e.subjectRef, e.detailsJson, e.prevHash]);
  return (key === undefined ? createHash('sha256') : createHmac('sha256', key)).update(canonical, 'utf8').digest('hex');
}

/**
 * Appends one entry. Safe inside a caller's transaction (it then joins it, so the entry commits or rolls back with
 * the business change); otherwise it opens an IMMEDIATE transaction so two connections cannot both claim a seq.
 */
export function appendAudit(db: Database, entry: AuditEntryInput): AuditEntry {
  const write = (): AuditEntry => {
    const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const at = entry.at.toISOString();
    const subjectRef = entry.subjectRef ?? null;
    const details = entry.details ?? {};
    const detailsJson = canonicalJson(details);
    const hash = hashOn(db)({ seq, at, actor: entry.actor, action: entry.action, subjectRef, detailsJson, prevHash });
    db.prepare('INSERT INTO audit_log (seq, at, actor, action, subject_ref, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      seq,
      at,
      entry.actor,
      entry.action,
      subjectRef,
      detailsJson,
      prevHash,
      hash,
    );
    return { seq, at, actor: entry.actor, action: entry.action, subjectRef, details, prevHash, hash };
  };
  return db.inTransaction ? write() : db.transaction(write).immediate();
}

export function auditHead(db: Database): AuditHead | null {
  const row = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as AuditHead | undefined;
  return row ?? null;
}

export function readAudit(db: Database, options: { readonly afterSeq?: number; readonly limit?: number } = {}): readonly AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?')
    .all(options.afterSeq ?? 0, options.limit ?? 1000) as AuditRow[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    subjectRef: r.subject_ref,
    details: JSON.parse(r.details) as AuditDetails,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/**
 * Walks the whole chain in seq order and reports the first break:
 * - 'deleted': a seq number is missing (or the first entry is not seq 1), or an entry's prev_hash names no entry
 *   we have seen (its predecessor was removed and the rest renumbered);
 * - 'edited': an entry's stored hash does not match its content;
 * - 'reordered': an entry's prev_hash is the hash of an entry other than its predecessor.
 */
export function verifyAudit(db: Database, options: { readonly expectedHead?: AuditHead } = {}): AuditVerification {
  const seen = new Map<string, number>();
  let previous: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH };
  let count = 0;
  const hash = hashOn(db);
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    if (row.seq !== previous.seq + 1) {
      const missing = previous.seq + 1;
      const range = row.seq - 1 === missing ? `entry ${missing} is` : `entries ${missing}–${row.seq - 1} are`;
      return {
        ok: false,
        seq: missing,
        problem: 'deleted',
        message: `${range} missing (sequence jumps from ${previous.seq} to ${row.seq})`,
      };
    }
    const recomputed = hash({
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      action: row.action,
      subjectRef: row.subject_ref,
      detailsJson: row.details,
      prevHash: row.prev_hash,
    });
    if (recomputed !== row.hash) return explainHashMismatch(db, row, previous.seq);
    if (row.prev_hash !== previous.hash) {
      const linked = seen.get(row.prev_hash);
      if (linked !== undefined) {
        return {
          ok: false,
          seq: row.seq,
          problem: 'reordered',
          message: `entry ${row.seq} follows entry ${linked} in the chain but is stored after entry ${previous.seq}`,
        };
      }
      const message =
        previous.seq === 0
          ? `entry ${row.seq} was edited: it does not start from the genesis hash`
          : `entry ${row.seq} does not link to entry ${previous.seq}: entry ${previous.seq} was rewritten (and re-hashed), or entries were removed and the rest renumbered`;
      return { ok: false, seq: previous.seq === 0 ? row.seq : previous.seq, problem: 'edited', message };
    }
    seen.set(row.hash, row.seq);
    previous = { seq: row.seq, hash: row.hash };
    count++;
  }
  const expected = options.expectedHead;
  if (expected !== undefined) {
    if (previous.seq < expected.seq) {
      return {
        ok: false,
        seq: previous.seq + 1,
        problem: 'deleted',
        message: `entries ${previous.seq + 1}–${expected.seq} are missing from the end of the log`,
      };
    }
    const atExpected = [...seen.entries()].find(([, s]) => s === expected.seq)?.[0];
    if (atExpected !== expected.hash) {
      return { ok: false, seq: expected.seq, problem: 'edited', message: `entry ${expected.seq} differs from the recorded head hash` };
    }
  }
  return { ok: true, entries: count };
}

const RENUMBER_SEARCH = 1000;

/**
 * A stored hash that does not match its row is usually an edit. But seq is part of the hash, so an entry that was
 * moved to another seq (rows deleted and the rest renumbered, or two rows swapped) also mismatches; we recognise
 * that when the row hashes correctly under a nearby original seq, and tell deletion from reordering by whether the
 * row's predecessor (prev_hash) is still somewhere in the table.
 */
function explainHashMismatch(db: Database, row: AuditRow, previousSeq: number): AuditVerification {
  const fields = {
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectRef: row.subject_ref,
    detailsJson: row.details,
    prevHash: row.prev_hash,
  };
  let originalSeq: number | null = null;
  const auditEntryHash = hashOn(db);
  for (let k = 1; k <= RENUMBER_SEARCH && originalSeq === null; k++) {
    if (auditEntryHash({ ...fields, seq: row.seq + k }) === row.hash) originalSeq = row.seq + k;
    else if (row.seq - k >= 1 && auditEntryHash({ ...fields, seq: row.seq - k }) === row.hash) originalSeq = row.seq - k;
  }
  if (originalSeq === null) {
    const keyed = keys.has(db) ? ' (or its hash was recomputed without the audit key)' : '';
    return {
      ok: false,
      seq: row.seq,
      problem: 'edited',
      message: `entry ${row.seq} was edited: its content does not match its hash${keyed}`,
    };
  }
  const predecessor = db.prepare('SELECT seq FROM audit_log WHERE hash = ?').get(row.prev_hash) as { seq: number } | undefined;
  if (predecessor !== undefined || originalSeq < row.seq) {
    return {
      ok: false,
      seq: row.seq,
      problem: 'reordered',
      message: `entry ${row.seq} was originally entry ${originalSeq}: entries were moved (stored after entry ${previousSeq})`,
    };
  }
  return {
    ok: false,
    seq: row.seq,
    problem: 'deleted',
    message: `entry ${row.seq} was originally entry ${originalSeq}: ${originalSeq - row.seq} entr${originalSeq - row.seq === 1 ? 'y was' : 'ies were'} removed and the rest renumbered`,
  };
}
