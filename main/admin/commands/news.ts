/**
 * Office announcements, managed by the administrator:
 *   npm run admin -- news-add --title "T" --body "B" [--pinned] [--expires YYYY-MM-DD] [--data-dir DIR]
 *   npm run admin -- news-list [--data-dir DIR]
 *   npm run admin -- news-remove ID [--data-dir DIR]
 * Exit codes: 0 ok, 1 not found / failure, 2 rejected input, 64 usage.
 */
import type { Database } from '../../db/open-database';
import { createSqliteNewsRepository } from '../../db/repositories/sqlite-support-repository';
import { NewsInputError, createNewsService } from '../../services/news/news-service';
import { type AdminCommand, type CommandIo, parseFlags } from './command';
import { takeDataDir, withDatabase } from './with-database';

export const NEWS_ADD_USAGE = 'Usage: npm run admin -- news-add --title "<title>" --body "<text>" [--pinned] [--expires YYYY-MM-DD]';
export const NEWS_REMOVE_USAGE = 'Usage: npm run admin -- news-remove <id>';

export function runNewsAdd(args: readonly string[], io: CommandIo, db: Database, now?: () => Date): number {
  const { flags, words } = parseFlags(args);
  const usage = (problem: string) => {
    io.err(`news-add: ${problem}\n${NEWS_ADD_USAGE}`);
    return 64;
  };
  if (words.length > 0) return usage(`unexpected argument "${words[0]}"`);
  for (const k of flags.keys()) if (!['title', 'body', 'pinned', 'expires'].includes(k)) return usage(`unknown option --${k}`);
  const title = flags.get('title');
  const body = flags.get('body');
  const pinned = flags.get('pinned');
  const expires = flags.get('expires');
  if (typeof title !== 'string') return usage('--title is required');
  if (typeof body !== 'string') return usage('--body is required');
  if (pinned !== undefined && pinned !== true) return usage('--pinned takes no value');
  if (expires === true) return usage('--expires needs a date YYYY-MM-DD');
  try {
    const item = createNewsService(createSqliteNewsRepository(db), now).add({
      title,
      body,
      pinned: pinned === true,
      expires: expires ?? null,
    });
    io.out(JSON.stringify(item));
    return 0;
  } catch (e) {
    if (e instanceof NewsInputError) {
      io.err(`news-add: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

export function runNewsList(args: readonly string[], io: CommandIo, db: Database): number {
  if (args.length > 0) {
    io.err('Usage: npm run admin -- news-list');
    return 64;
  }
  for (const n of createSqliteNewsRepository(db).listAll()) io.out(JSON.stringify(n));
  return 0;
}

export function runNewsRemove(args: readonly string[], io: CommandIo, db: Database): number {
  const [id, ...more] = args;
  if (id === undefined || more.length > 0 || !/^\d{1,12}$/.test(id)) {
    io.err(NEWS_REMOVE_USAGE);
    return 64;
  }
  if (!createSqliteNewsRepository(db).remove(Number(id))) {
    io.err(`news-remove: no announcement with id ${id}`);
    return 1;
  }
  io.out(`removed ${id}`);
  return 0;
}

/** Registration entries for commands/index.ts: `...createNewsCommands({ dataDir })`. */
export function createNewsCommands(ctx: {
  readonly dataDir: string;
}): Readonly<Record<'news-add' | 'news-list' | 'news-remove', AdminCommand>> {
  const wrap =
    (fn: (rest: readonly string[], io: CommandIo, db: Database) => number) =>
    (args: readonly string[], io: CommandIo): Promise<number> => {
      const { dataDir, rest } = takeDataDir(args, ctx.dataDir);
      return withDatabase(dataDir, (db) => Promise.resolve(fn(rest, io, db)));
    };
  return {
    'news-add': {
      summary: 'add an office announcement shown on the kiosk (--title, --body, [--pinned], [--expires YYYY-MM-DD])',
      run: wrap(runNewsAdd),
    },
    'news-list': { summary: 'list every office announcement as JSON lines (expired ones included)', run: wrap(runNewsList) },
    'news-remove': { summary: 'remove an office announcement by id', run: wrap(runNewsRemove) },
  };
}
