/**
 * The PostgreSQL migration registry (issue #13): numbered on their own, since an office database starts empty and
 * gets the office schema whole; the next one takes the last number plus one. The aggregates move here one port at a
 * time as they become async (docs/storage.md); SQLite stays the default store of one machine.
 */
import type { PgMigration } from './migration';
import { pgRateLimitsMigration } from './0001-rate-limits';

export type { PgMigration };

export const PG_MIGRATIONS: readonly PgMigration[] = [pgRateLimitsMigration];
