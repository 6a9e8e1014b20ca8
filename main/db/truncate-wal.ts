/**
 * Empties the write-ahead log after secrets were blanked. WAL frames are whole page images: a row rewritten to drop
 * a secret (an OTP or initial-password SMS body once sent) still sits in older frames of the -wal file until they
 * are overwritten, which can take a long time on a quiet kiosk. A TRUNCATE checkpoint copies the current pages into
 * the main file (where secure_delete zeroes the freed bytes) and cuts the WAL to zero length.
 *
 * Best effort and never blocking: the busy timeout is lifted for the call, so when another connection is reading
 * (an admin import, say) SQLite answers "busy" at once and the frames go at the next checkpoint instead of the
 * kiosk's event loop waiting for the reader.
 */
import type { Database } from './open-database';

/** Returns true when the WAL was emptied (or the database has none). */
export function truncateWal(db: Database): boolean {
  const previous = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false;
  } finally {
    db.pragma(`busy_timeout = ${previous}`);
  }
}
