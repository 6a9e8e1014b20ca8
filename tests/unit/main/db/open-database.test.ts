import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../main/db/migrations/index';
import { SchemaTooNewError, migrate, schemaVersion } from '../../../../main/db/migrate';
import { openDatabase } from '../../../../main/db/open-database';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kiosk-db-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates parent folders and an owner-only file (and sidecars) in WAL mode', () => {
    const file = join(tempDir(), 'nested', 'deeper', 'kiosk.sqlite');
    const db = openDatabase(file);
    db.prepare('INSERT INTO provinces (code, name, short_name, kind, name_key) VALUES (?,?,?,?,?)').run('01', 'A', 'A', 'tinh', 'a');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const s of ['-wal', '-shm']) if (existsSync(file + s)) expect(statSync(file + s).mode & 0o777).toBe(0o600);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    db.close();
  });

  it('applies every migration to an empty database and records them', () => {
    const db = openDatabase(':memory:');
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const t of [
      'provinces',
      'wards',
      'legacy_provinces',
      'persons',
      'bhyt_cards',
      'employers',
      'participation',
      'benefits',
      'medical_visits',
      'offices',
      'facilities',
      'collection_points',
    ]) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('re-opening an up-to-date database applies nothing', () => {
    const file = join(tempDir(), 'kiosk.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(migrate(db).applied).toEqual([]);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database written by a newer version, without modifying it', () => {
    const file = join(tempDir(), 'kiosk.sqlite');
    const db = openDatabase(file);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(999, 'future', 'x');
    db.close();
    expect(() => openDatabase(file)).toThrow(SchemaTooNewError);
    expect(() => openDatabase(file)).toThrow(/schema version 999 is newer than this application supports/);
  });

  it('rolls back a failing migration and keeps the previous version', () => {
    const db = openDatabase(':memory:', { migrate: false });
    const bad = [
      ...MIGRATIONS,
      { version: 1000, name: 'broken', up: (d: typeof db) => d.exec('CREATE TABLE half (x); SELECT * FROM no_such_table') },
    ];
    expect(() => migrate(db, bad)).toThrow(/no such table/);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });
});
