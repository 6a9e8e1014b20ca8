/**
 * Migrations are numbered so the next one is obvious and no existing database can skip one (issue #19): a file's
 * number is its version, every file is in the registry, numbers from 0090 on are consecutive, and migrate() refuses a
 * migration inserted below a database's version instead of silently never applying it.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, SkippedMigrationError } from '../../../main/db/migrate';
import { MIGRATIONS } from '../../../main/db/migrations/index';
import type { Migration } from '../../../main/db/migrations/migration';

const folder = fileURLToPath(new URL('../../../main/db/migrations/', import.meta.url));
/** Below this the numbers kept the gaps of the old reserved ranges; from here on each is the previous plus one. */
const CONSECUTIVE_FROM = 90;

describe('migration numbering', () => {
  it('lists every migration file under the number in its name', () => {
    const files = readdirSync(folder)
      .filter((f) => /^\d{4}-.+\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => Number(f.slice(0, 4)))
      .sort((a, b) => a - b);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(files);
  });

  it('numbers migrations consecutively from 0090, so the next one is the last plus one', () => {
    const recent = MIGRATIONS.map((m) => m.version).filter((v) => v >= CONSECUTIVE_FROM);
    expect(recent[0]).toBe(CONSECUTIVE_FROM);
    recent.forEach((v, i) => expect(v).toBe(CONSECUTIVE_FROM + i));
  });

  it('refuses a migration inserted below an existing database’s version, before applying anything', () => {
    const db = new Database(':memory:');
    const made = (version: number, table: string): Migration => ({
      version,
      name: table,
      up: (d) => d.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY)`),
    });
    migrate(db, [made(10, 'a'), made(20, 'b')]);
    const inserted = [made(10, 'a'), made(15, 'late'), made(20, 'b'), made(21, 'next')];
    expect(() => migrate(db, inserted)).toThrow(SkippedMigrationError);
    expect(() => migrate(db, inserted)).toThrow(/Migration 15 \(late\).*never applied.*next number/);
    // Nothing was applied: not the inserted one, not the legitimate one after it.
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('late', 'next')").all();
    expect(tables).toEqual([]);
    // The legitimate next migration alone applies.
    expect(migrate(db, [made(10, 'a'), made(20, 'b'), made(21, 'next')]).applied).toEqual([21]);
    db.close();
  });
});
