/**
 * Eight stations booting together on one office database migrate it once (issue #13): the advisory lock makes the
 * others wait and then find nothing pending; nobody fails on a table another one created.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgDatabase } from '../../../../../main/db/pg/pg-database';
import { findPostgresBin, postgresRequired, startPgCluster, type PgCluster } from '../../../../support/pg-cluster';

const bin = findPostgresBin();
const suite = bin === null && !postgresRequired() ? describe.skip : describe;

suite(`PostgreSQL migrations${bin === null ? ' — skipped: no PostgreSQL server installed' : ''}`, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    if (bin === null) throw new Error('PostgreSQL is not installed: .ci/run installs Debian’s postgresql');
    cluster = await startPgCluster(bin);
  }, 120_000);
  afterAll(() => cluster?.destroy());

  it('eight stations opening at once apply each migration exactly once', async () => {
    const url = cluster.createDatabase('boot_together');
    const stations = await Promise.all(Array.from({ length: 8 }, () => openPgDatabase(url, { maxConnections: 2 })));
    try {
      const applied = stations.map((s) => s.migrations.applied.length);
      expect(applied.filter((n) => n > 0)).toHaveLength(1);
      expect(new Set(stations.map((s) => s.migrations.currentVersion)).size).toBe(1);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM schema_migrations');
      await client.end();
      expect(Number(rows[0]?.n)).toBe(stations[0]?.migrations.currentVersion);
    } finally {
      await Promise.all(stations.map((s) => s.close()));
    }
  });

  it('refuses a database written by a newer build and leaves it as it was', async () => {
    const url = cluster.createDatabase('newer_build');
    const first = await openPgDatabase(url);
    await first.pool.query("INSERT INTO schema_migrations (version, name) VALUES (9999, 'from-the-future')");
    await first.close();
    await expect(openPgDatabase(url)).rejects.toThrow(/newer than this application supports/);
  });
});
