/** Opens the kiosk database of the data folder (`--data-dir` or the default) for one command run. */
import { join } from 'node:path';
import { openDatabase } from '../../db/open-database';
import type { Database } from '../../db/open-database';
import { attachAuditKey } from '../../services/audit/attach-audit-key';

/** Removes `--data-dir X` from the arguments and returns the folder to use. */
export function takeDataDir(args: readonly string[], fallback: string): { dataDir: string; rest: string[] } {
  const rest: string[] = [];
  let dataDir = fallback;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--data-dir' && args[i + 1] !== undefined) dataDir = args[++i] ?? fallback;
    else if (a.startsWith('--data-dir=')) dataDir = a.slice('--data-dir='.length);
    else rest.push(a);
  }
  return { dataDir, rest };
}

export async function withDatabase<T>(dataDir: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = openDatabase(join(dataDir, 'kiosk.sqlite'));
  try {
    // The same key as the host's (KIOSK_AUDIT_KEY_FILE or <data dir>/audit-key), so that the CLI's entries (an
    // officer unlocked, a registration imported) extend the keyed chain and verify-audit checks it.
    attachAuditKey(db, dataDir);
    return await fn(db);
  } finally {
    db.close();
  }
}

export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
