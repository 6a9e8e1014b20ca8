/** Office announcements: shown to citizens until their expiry day, managed by the administrator's CLI. */
import type { NewsRecord, NewsRepository } from '../../db/repositories/sqlite-support-repository';

export const NEWS_TITLE_MAX = 200;
export const NEWS_BODY_MAX = 4000;
export const NEWS_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** 'YYYY-MM-DD' of `at` in Vietnam, where the expiry day is meant. */
export function localDay(at: Date, timeZone = NEWS_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export class NewsInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewsInputError';
  }
}

const isRealDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export function createNewsService(repo: NewsRepository, now: () => Date = () => new Date()) {
  return {
    listCurrent(offset: number, limit: number) {
      const rows = repo.listCurrent(localDay(now()), offset, limit);
      return { items: rows.slice(0, limit), offset, limit, hasMore: rows.length > limit };
    },
    add(input: { readonly title: string; readonly body: string; readonly pinned: boolean; readonly expires: string | null }): NewsRecord {
      const title = input.title.normalize('NFC').replace(/\s+/g, ' ').trim();
      const body = input.body.normalize('NFC').trim();
      if (title.length === 0 || title.length > NEWS_TITLE_MAX) throw new NewsInputError(`title must be 1–${NEWS_TITLE_MAX} characters`);
      if (body.length === 0 || body.length > NEWS_BODY_MAX) throw new NewsInputError(`body must be 1–${NEWS_BODY_MAX} characters`);
      if (input.expires !== null && !isRealDate(input.expires)) throw new NewsInputError('expires must be a date YYYY-MM-DD');
      const item = { title, body, publishedAt: now().toISOString(), expiresAt: input.expires, pinned: input.pinned };
      return { id: repo.add(item), ...item };
    },
    listAll: () => repo.listAll(),
    remove: (id: number) => repo.remove(id),
  };
}

export type NewsService = ReturnType<typeof createNewsService>;
