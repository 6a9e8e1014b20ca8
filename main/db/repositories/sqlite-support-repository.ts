/** SQLite storage for citizen feedback and office announcements (tables of migration 0030). */
import type { Database } from '../open-database';

export interface FeedbackRecord {
  readonly topic: string;
  readonly message: string;
  readonly phone: string | null;
  readonly createdAt: string;
}

export interface StoredFeedback extends FeedbackRecord {
  readonly id: number;
  readonly status: 'new' | 'handled';
}

export interface NewsRecord {
  readonly id: number;
  readonly title: string;
  readonly body: string;
  readonly publishedAt: string;
  readonly expiresAt: string | null;
  readonly pinned: boolean;
}

export interface FeedbackRepository {
  add(record: FeedbackRecord): number;
  list(limit: number): readonly StoredFeedback[];
}

export interface NewsRepository {
  add(item: Omit<NewsRecord, 'id'>): number;
  /** Items not expired on `today` ('YYYY-MM-DD'), pinned first then newest; `limit + 1` rows from `offset`. */
  listCurrent(today: string, offset: number, limit: number): readonly NewsRecord[];
  /** Every item, expired included (for the administrator). */
  listAll(): readonly NewsRecord[];
  remove(id: number): boolean;
}

interface NewsRow {
  id: number;
  title: string;
  body: string;
  published_at: string;
  expires_at: string | null;
  pinned: number;
}
const toNews = (r: NewsRow): NewsRecord => ({
  id: r.id,
  title: r.title,
  body: r.body,
  publishedAt: r.published_at,
  expiresAt: r.expires_at,
  pinned: r.pinned === 1,
});

export function createSqliteFeedbackRepository(db: Database): FeedbackRepository {
  const insert = db.prepare<[string, string, string | null, string]>(
    'INSERT INTO feedback (topic, message, phone, created_at) VALUES (?, ?, ?, ?)',
  );
  const recent = db.prepare<
    [number],
    { id: number; topic: string; message: string; phone: string | null; created_at: string; status: 'new' | 'handled' }
  >('SELECT id, topic, message, phone, created_at, status FROM feedback ORDER BY id DESC LIMIT ?');
  return {
    add: (r) => Number(insert.run(r.topic, r.message, r.phone, r.createdAt).lastInsertRowid),
    list: (limit) =>
      recent
        .all(limit)
        .map((r) => ({ id: r.id, topic: r.topic, message: r.message, phone: r.phone, createdAt: r.created_at, status: r.status })),
  };
}

export function createSqliteNewsRepository(db: Database): NewsRepository {
  const insert = db.prepare<[string, string, string, string | null, number]>(
    'INSERT INTO news (title, body, published_at, expires_at, pinned) VALUES (?, ?, ?, ?, ?)',
  );
  const current = db.prepare<[string, number, number], NewsRow>(
    `SELECT id, title, body, published_at, expires_at, pinned FROM news
     WHERE expires_at IS NULL OR expires_at >= ?
     ORDER BY pinned DESC, published_at DESC, id DESC LIMIT ? OFFSET ?`,
  );
  const all = db.prepare<[], NewsRow>('SELECT id, title, body, published_at, expires_at, pinned FROM news ORDER BY id');
  const del = db.prepare<[number]>('DELETE FROM news WHERE id = ?');
  return {
    add: (n) => Number(insert.run(n.title, n.body, n.publishedAt, n.expiresAt, n.pinned ? 1 : 0).lastInsertRowid),
    listCurrent: (today, offset, limit) => current.all(today, limit + 1, offset).map(toNews),
    listAll: () => all.all().map(toNews),
    remove: (id) => del.run(id).changes > 0,
  };
}
