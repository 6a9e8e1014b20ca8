/**
 * The one database handle type used across storage code (better-sqlite3 12). Its own module so that the migrations,
 * which open-database applies, can name it without importing open-database back (an import cycle).
 */
import type BetterSqlite3 from 'better-sqlite3';

export type Database = BetterSqlite3.Database;
