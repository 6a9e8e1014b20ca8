/**
 * The repository conformance suites run unchanged on both stores (issue #13): SQLite (in memory, always) and
 * PostgreSQL (a throwaway cluster of this test file, a fresh database per test). Without a PostgreSQL server the
 * PostgreSQL half is skipped with one line saying so, except under CI, where it fails instead.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase, type Database } from '../../main/db/open-database';
import { openPgDatabase, type PgDatabase } from '../../main/db/pg/pg-database';
import type { RateLimitRepository } from '../../main/db/repositories/ports';
import { createSqliteRateLimitRepository } from '../../main/db/repositories/sqlite-rate-limit-repository';
import { createPgRateLimitRepository } from '../../main/db/pg/pg-rate-limit-repository';
import { findPostgresBin, postgresRequired, startPgCluster, type PgCluster } from './pg-cluster';

/** One store of the office as a test sees it: its repositories, and new connections to the same data. */
export interface StoreUnderTest {
  readonly engine: 'sqlite' | 'postgres';
  readonly rateLimits: RateLimitRepository;
  /**
   * Another, independent connection to the same store, as another station would have (its own pool on PostgreSQL,
   * its own connection to the same file on SQLite).
   */
  station(): Promise<{ readonly rateLimits: RateLimitRepository }>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  open(): Promise<StoreUnderTest>;
}

function sqliteEngine(dir: () => string): Engine {
  let n = 0;
  return {
    name: 'sqlite',
    async open() {
      const file = `${dir()}/store-${++n}.db`;
      const handles: Database[] = [openDatabase(file)];
      const first = handles[0] as Database;
      return {
        engine: 'sqlite',
        rateLimits: createSqliteRateLimitRepository(first),
        async station() {
          const db = openDatabase(file);
          handles.push(db);
          return { rateLimits: createSqliteRateLimitRepository(db) };
        },
        async close() {
          for (const h of handles) h.close();
        },
      };
    },
  };
}

function postgresEngine(cluster: () => PgCluster): Engine {
  let n = 0;
  return {
    name: 'postgres',
    async open() {
      const url = cluster().createDatabase(`conformance_${process.pid}_${++n}`);
      const pools: PgDatabase[] = [await openPgDatabase(url)];
      const first = pools[0] as PgDatabase;
      return {
        engine: 'postgres',
        rateLimits: createPgRateLimitRepository(first.pool),
        async station() {
          const db = await openPgDatabase(url);
          pools.push(db);
          return { rateLimits: createPgRateLimitRepository(db.pool) };
        },
        async close() {
          await Promise.all(pools.map((p) => p.close()));
        },
      };
    },
  };
}

/**
 * `describe(name)` once per engine: `suite(engine)` declares the same tests for each. The PostgreSQL cluster starts
 * once per file (a few seconds) and is deleted after it.
 */
export function describeEachEngine(name: string, suite: (engine: Engine) => void): void {
  let tmp = '';
  describe(`${name} [sqlite]`, () => {
    beforeAll(async () => {
      const { mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      tmp = mkdtempSync(`${tmpdir()}/kiosk-conformance-`);
    });
    afterAll(async () => {
      const { rmSync } = await import('node:fs');
      rmSync(tmp, { recursive: true, force: true });
    });
    suite(sqliteEngine(() => tmp));
  });

  const bin = findPostgresBin();
  if (bin === null) {
    if (postgresRequired()) {
      describe(`${name} [postgres]`, () => {
        it('needs a PostgreSQL server (CI never skips the PostgreSQL half)', () => {
          throw new Error('PostgreSQL is not installed: .ci/run installs Debian’s postgresql');
        });
      });
    } else {
      describe.skip(`${name} [postgres] — skipped: no PostgreSQL server installed (apt-get install postgresql)`, () => undefined);
    }
    return;
  }
  let cluster: PgCluster | null = null;
  describe(`${name} [postgres]`, () => {
    beforeAll(async () => {
      cluster = await startPgCluster(bin);
    }, 120_000);
    afterAll(() => cluster?.destroy());
    suite(
      postgresEngine(() => {
        if (cluster === null) throw new Error('cluster not started');
        return cluster;
      }),
    );
  });
}
