import type { Migration } from './migration';

/** The public directory tables searched by part of a name. */
export const NAME_SEARCH_TABLES = ['offices', 'facilities', 'employers', 'collection_points'] as const;

/**
 * Part-of-name search ("bach mai", "hang bong") in the public directories without scanning them: a trigram FTS5
 * index over each table's folded name_key, so `name_key LIKE '%…%'` on it is an index lookup (patterns of 3+
 * characters). External-content tables kept in step by triggers: the data is stored once, and the seeder's bulk
 * DELETE/INSERT and the office's imports need no extra code. The 1M-person bench has ~20k employers, where the
 * plain scan cost 25–70 ms.
 */
export const directoryNameSearchMigration: Migration = {
  version: 70,
  name: 'directory-name-search',
  up(db) {
    for (const t of NAME_SEARCH_TABLES) {
      db.exec(`
        CREATE VIRTUAL TABLE ${t}_name_fts USING fts5(name_key, content='${t}', content_rowid='rowid', tokenize='trigram');
        CREATE TRIGGER ${t}_name_fts_ai AFTER INSERT ON ${t} BEGIN
          INSERT INTO ${t}_name_fts (rowid, name_key) VALUES (new.rowid, new.name_key);
        END;
        CREATE TRIGGER ${t}_name_fts_ad AFTER DELETE ON ${t} BEGIN
          INSERT INTO ${t}_name_fts (${t}_name_fts, rowid, name_key) VALUES ('delete', old.rowid, old.name_key);
        END;
        CREATE TRIGGER ${t}_name_fts_au AFTER UPDATE OF name_key ON ${t} BEGIN
          INSERT INTO ${t}_name_fts (${t}_name_fts, rowid, name_key) VALUES ('delete', old.rowid, old.name_key);
          INSERT INTO ${t}_name_fts (rowid, name_key) VALUES (new.rowid, new.name_key);
        END;
        INSERT INTO ${t}_name_fts (${t}_name_fts) VALUES ('rebuild');
      `);
    }
  },
};
