/**
 * Every process that opens the kiosk database and may append to or verify the audit log (the host's core, the admin
 * CLI) attaches the data folder's audit key first, so that no entry is ever written unkeyed by one process while
 * another writes keyed ones.
 */
import type { Database } from '../../db/open-database';
import { defaultAuditKeyFile, loadAuditKey } from './audit-key';
import { nextAuditSeq, useAuditKey } from './audit-log';

export function attachAuditKey(
  db: Database,
  dataDir: string,
  file: string = defaultAuditKeyFile(dataDir),
): 'read' | 'created' | 'tightened' {
  const key = loadAuditKey(file, () => nextAuditSeq(db));
  useAuditKey(db, key);
  return key.outcome;
}
