/**
 * Opens the kiosk's embedded SQLite database (design decision 4): owner-only file permissions because
 * the file holds personal data, WAL so the kiosk UI can read while an admin import writes, and the
 * numbered migrations applied before anyone else touches it.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from './database-handle';
import { migrate } from './migrate';

export type { Database };

const OWNER_ONLY = 0o600;

export interface OpenDatabaseOptions {
  /** Skip migrations (tests of the migrator itself). */
  readonly migrate?: boolean;
  /** Milliseconds a writer waits for a lock held by another connection before SQLITE_BUSY. */
  readonly busyTimeoutMs?: number;
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  const inMemory = file === ':memory:';
  if (!inMemory) {
    const path = resolve(file);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Create the file ourselves so it never exists, even briefly, with umask-derived permissions.
    if (!existsSync(path)) closeSync(openSync(path, 'a', OWNER_ONLY));
    chmodSync(path, OWNER_ONLY);
  }
  const db = new BetterSqlite3(file);
  try {
    if (!inMemory) db.pragma('journal_mode = WAL');
    // NORMAL is durable under WAL except for the last transactions on power loss; acceptable for a kiosk.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Freed bytes are zeroed, so a secret blanked in place (a sent OTP SMS body) leaves no copy in the file.
    db.pragma('secure_delete = ON');
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    if (!inMemory) restrictSidecarFiles(resolve(file));
    if (options.migrate !== false) migrate(db);
    if (!inMemory) restrictSidecarFiles(resolve(file));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLite copies the main file's mode to -wal/-shm, but files left by older versions may be wider. */
function restrictSidecarFiles(path: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) {
    const sidecar = path + suffix;
    if (existsSync(sidecar)) chmodSync(sidecar, OWNER_ONLY);
  }
}
