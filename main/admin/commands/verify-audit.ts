/**
 * `npm run admin -- verify-audit [--expect-head <seq>:<sha256>]`: recompute the audit log's hash chain.
 * Exit 0 with "audit log OK: N entries" (then the head to write down, so later truncation can be detected with
 * --expect-head), or exit 1 naming the first broken entry and whether it was edited, deleted or reordered.
 * 64 on a usage error.
 */
import type { Database } from '../../db/open-database';
import { auditHead, verifyAudit, type AuditHead } from '../../services/audit/audit-log';
import { parseFlags, type CommandIo } from './command';

export const VERIFY_AUDIT_USAGE = 'Usage: npm run admin -- verify-audit [--expect-head <seq>:<sha256>]';

export interface VerifyAuditDeps {
  readonly db: Database;
}

export function runVerifyAudit(args: readonly string[], io: CommandIo, deps: VerifyAuditDeps): Promise<number> {
  const { flags, words } = parseFlags(args);
  const usage = (problem: string): Promise<number> => {
    io.err(`verify-audit: ${problem}\n${VERIFY_AUDIT_USAGE}`);
    return Promise.resolve(64);
  };
  if (flags.has('help')) {
    io.out(VERIFY_AUDIT_USAGE);
    return Promise.resolve(0);
  }
  const unknown = [...flags.keys()].filter((k) => k !== 'expect-head');
  if (unknown.length > 0) return usage(`unknown option ${unknown.map((k) => `--${k}`).join(', ')}`);
  if (words.length > 0) return usage(`unexpected argument "${words[0]}"`);
  let expectedHead: AuditHead | undefined;
  const head = flags.get('expect-head');
  if (head !== undefined) {
    const m = typeof head === 'string' ? /^(\d+):([0-9a-f]{64})$/i.exec(head) : null;
    if (!m) return usage('--expect-head must be <seq>:<64 hex digits>');
    expectedHead = { seq: Number(m[1]), hash: (m[2] ?? '').toLowerCase() };
  }
  const result = verifyAudit(deps.db, expectedHead === undefined ? {} : { expectedHead });
  if (result.ok) {
    io.out(`audit log OK: ${result.entries} entries`);
    const current = auditHead(deps.db);
    if (current !== null) io.out(`head: ${current.seq}:${current.hash}`);
    return Promise.resolve(0);
  }
  io.err(`audit log FAILED at entry ${result.seq} (${result.problem}): ${result.message}`);
  return Promise.resolve(1);
}
