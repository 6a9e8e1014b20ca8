import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { createSqliteNewsRepository } from '../../../../../main/db/repositories/sqlite-support-repository';
import { createNewsService } from '../../../../../main/services/news/news-service';
import { runNewsAdd, runNewsList, runNewsRemove } from '../../../../../main/admin/commands/news';

let db: Database;
let out: string[];
let err: string[];
const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };

beforeEach(() => {
  db = openDatabase(':memory:');
  out = [];
  err = [];
});
afterEach(() => db.close());

describe('news admin commands', () => {
  it('the migration seeds three Vietnamese demo announcements, one pinned', () => {
    const all = createSqliteNewsRepository(db).listAll();
    expect(all).toHaveLength(3);
    expect(all.filter((n) => n.pinned)).toHaveLength(1);
    expect(all.map((n) => n.title).join(' ')).toContain('VssID');
  });

  it('adds, lists and removes; pinned items come first; expired items disappear after their day', () => {
    const at = new Date('2025-09-10T05:00:00Z');
    expect(
      runNewsAdd(
        ['--title', 'Nghỉ lễ Quốc khánh', '--body', 'Cơ quan nghỉ ngày 2/9.', '--pinned', '--expires', '2025-09-10'],
        io,
        db,
        () => at,
      ),
    ).toBe(0);
    const added = JSON.parse(out[0] ?? '{}') as { id: number; pinned: boolean };
    expect(added.pinned).toBe(true);

    const news = (now: string) => createNewsService(createSqliteNewsRepository(db), () => new Date(now));
    const onDay = news('2025-09-10T16:00:00Z').listCurrent(0, 10); // 23:00 in Vietnam: still 10/9
    expect(onDay.items.map((n) => n.id)).toContain(added.id);
    expect(onDay.items.slice(0, 2).every((n) => n.pinned)).toBe(true);
    expect(onDay.items.slice(2).some((n) => n.pinned)).toBe(false);
    const after = news('2025-09-10T17:30:00Z').listCurrent(0, 10); // 00:30 on 11/9 in Vietnam
    expect(after.items.map((n) => n.id)).not.toContain(added.id);
    expect(after.items).toHaveLength(3);

    out = [];
    expect(runNewsList([], io, db)).toBe(0);
    expect(out).toHaveLength(4);
    expect(runNewsRemove([String(added.id)], io, db)).toBe(0);
    expect(createSqliteNewsRepository(db).listAll()).toHaveLength(3);
    expect(runNewsRemove([String(added.id)], io, db)).toBe(1);
  });

  it('rejects bad input with usage (64) or rejected-input (2) codes', () => {
    expect(runNewsAdd(['--body', 'x'], io, db)).toBe(64);
    expect(runNewsAdd(['--title', 'T', '--body', 'B', '--expires', '2025-02-30'], io, db)).toBe(2);
    expect(runNewsAdd(['--title', 'T', '--body', 'B', '--color', 'red'], io, db)).toBe(64);
    expect(runNewsAdd(['--title', '   ', '--body', 'B'], io, db)).toBe(2);
    expect(runNewsRemove(['abc'], io, db)).toBe(64);
    expect(err.length).toBe(5);
    expect(createSqliteNewsRepository(db).listAll()).toHaveLength(3);
  });

  it('pages the current list', () => {
    const svc = createNewsService(createSqliteNewsRepository(db));
    const p1 = svc.listCurrent(0, 2);
    expect(p1.items).toHaveLength(2);
    expect(p1.hasMore).toBe(true);
    expect(svc.listCurrent(2, 2)).toMatchObject({ hasMore: false, items: [expect.anything()] });
  });
});
