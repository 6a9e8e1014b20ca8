import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { createSqliteStationRepository } from '../../../../../main/db/repositories/sqlite-station-repository';

let dir: string;
let a: Database;
let b: Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stations-'));
  // Two hosts of one office on one data folder: two connections on the same WAL database.
  a = openDatabase(join(dir, 'kiosk.sqlite'));
  b = openDatabase(join(dir, 'kiosk.sqlite'));
});
afterEach(() => {
  a.close();
  b.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStationRepository', () => {
  it('registers a station once and updates its role, counter, version and last start afterwards', () => {
    const repo = createSqliteStationRepository(a);
    const first = repo.register({ id: 'counter:3', role: 'counter', counter: 3 }, '0.1.0', new Date('2026-01-01T01:00:00Z'));
    expect(first).toEqual({
      id: 'counter:3',
      role: 'counter',
      counter: 3,
      version: '0.1.0',
      firstStartedAt: '2026-01-01T01:00:00.000Z',
      lastStartedAt: '2026-01-01T01:00:00.000Z',
    });
    const again = repo.register({ id: 'counter:3', role: 'counter', counter: 3 }, '0.2.0', new Date('2026-01-02T01:00:00Z'));
    expect(again).toMatchObject({
      version: '0.2.0',
      firstStartedAt: '2026-01-01T01:00:00.000Z',
      lastStartedAt: '2026-01-02T01:00:00.000Z',
    });
    expect(repo.list()).toHaveLength(1);
  });

  it('sees the stations another host on the same folder registered', () => {
    createSqliteStationRepository(a).register({ id: 'kiosk', role: 'kiosk', counter: null }, '0.1.0', new Date());
    createSqliteStationRepository(b).register({ id: 'counter:1', role: 'counter', counter: 1 }, '0.1.0', new Date());
    expect(
      createSqliteStationRepository(a)
        .list()
        .map((s) => [s.id, s.role, s.counter]),
    ).toEqual([
      ['counter:1', 'counter', 1],
      ['kiosk', 'kiosk', null],
    ]);
    expect(createSqliteStationRepository(b).get('nobody')).toBeNull();
  });

  it('refuses a counter without a number and a kiosk with one (the table checks what the config promises)', () => {
    const repo = createSqliteStationRepository(a);
    expect(() => repo.register({ id: 'counter:x', role: 'counter', counter: null }, '0.1.0', new Date())).toThrow(/CHECK/);
    expect(() => repo.register({ id: 'kiosk', role: 'kiosk', counter: 2 }, '0.1.0', new Date())).toThrow(/CHECK/);
  });
});
