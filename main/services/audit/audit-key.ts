/**
 * The audit chain's key (issue #14): entries are HMAC-SHA-256 under a key kept outside the database, in a 0600 file
 * (`<data dir>/audit-key`, or the path of `--audit-key-file` / `KIOSK_AUDIT_KEY_FILE`, e.g. on a mount the kiosk
 * user can read but a database backup never contains). Someone who can write the database can still edit a row and
 * recompute plain SHA-256 hashes; without the key they cannot produce hashes that verify.
 *
 * File format: `v1 <64 hex key> <fromSeq>`. `fromSeq` is the first entry written under the key: a database that
 * already had entries when the key was made keeps its older, unkeyed entries verifiable as they were. It lives in
 * the key file, not the database, so rewriting the database cannot move it.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const AUDIT_KEY_FILE = 'audit-key';

export interface AuditKey {
  readonly key: Buffer;
  /** Entries with seq ≥ fromSeq are keyed; earlier ones are the plain SHA-256 chain of before. */
  readonly fromSeq: number;
}

export function defaultAuditKeyFile(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.KIOSK_AUDIT_KEY_FILE;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : join(dataDir, AUDIT_KEY_FILE);
}

/**
 * Reads the key file, or creates it (mode 0600, never overwriting) with `fromSeq = nextSeq()`. A damaged file is an
 * error, never silently replaced: a new key would make every keyed entry fail verification.
 */
export function loadAuditKey(file: string, nextSeq: () => number): AuditKey & { readonly outcome: 'read' | 'created' | 'tightened' } {
  let st;
  try {
    st = lstatSync(file);
  } catch {
    const key = randomBytes(32);
    const fromSeq = nextSeq();
    writeFileSync(file, `v1 ${key.toString('hex')} ${fromSeq}\n`, { mode: 0o600, flag: 'wx' });
    return { key, fromSeq, outcome: 'created' };
  }
  if (!st.isFile()) throw new Error(`audit key ${file} is not a regular file`);
  const m = /^v1 ([0-9a-f]{64}) (\d{1,15})\s*$/.exec(readFileSync(file, 'utf8'));
  if (!m?.[1] || !m[2])
    throw new Error(`audit key ${file} is damaged; restore it from its backup (the audit log cannot be verified without it)`);
  const key = { key: Buffer.from(m[1], 'hex'), fromSeq: Number(m[2]) };
  if ((st.mode & 0o077) !== 0) {
    chmodSync(file, 0o600);
    return { ...key, outcome: 'tightened' };
  }
  return { ...key, outcome: 'read' };
}
