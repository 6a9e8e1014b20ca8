/**
 * PostgreSQL storage of the shared rate limits (PG migration 0001): the same port, the same answers as the SQLite
 * adapter (one conformance suite runs on both), for every station of the office at once.
 *
 * Atomicity: each call is one transaction that first makes sure every row it needs exists (a new bucket starts full,
 * a new streak empty: INSERT … ON CONFLICT DO NOTHING) and then locks them with SELECT … FOR UPDATE in one sorted
 * order, so two stations taking the last token, or 41 parallel guesses at one password, queue on the row lock instead
 * of both reading the old count. Sorted locking keeps two multi-bucket takes from deadlocking; a deadlock or
 * serialization failure that happens anyway is retried by inTransaction.
 */
import type { BackoffPolicy, BucketRequest, RateLimitRepository, ReserveOutcome, TakeOutcome } from '../repositories/ports';
import { reserveOnStreak, takeTokens } from '../repositories/rate-limit-rules';
import { inTransaction, type PgPool } from './pg-database';

interface BucketRow {
  readonly bucket: string;
  readonly tokens: number;
  readonly updated_at: number;
}

export function createPgRateLimitRepository(pool: PgPool): RateLimitRepository {
  return {
    take: (requests: readonly BucketRequest[], nowMs: number): Promise<TakeOutcome> =>
      inTransaction(pool, async (c) => {
        const capacityOf = new Map<string, number>();
        for (const r of requests) capacityOf.set(r.bucket, Math.max(capacityOf.get(r.bucket) ?? 0, r.policy.capacity));
        const names = [...capacityOf.keys()].sort();
        const created: string[] = [];
        for (const name of names) {
          const inserted = await c.query(
            'INSERT INTO rate_limit_buckets (bucket, tokens, updated_at, full_at) VALUES ($1, $2, $3, $3) ON CONFLICT (bucket) DO NOTHING',
            [name, capacityOf.get(name), nowMs],
          );
          if (inserted.rowCount === 1) created.push(name);
        }
        const { rows } = await c.query<BucketRow>(
          'SELECT bucket, tokens, updated_at::float8 AS updated_at FROM rate_limit_buckets WHERE bucket = ANY($1) ORDER BY bucket FOR UPDATE',
          [names],
        );
        const rowOf = new Map(rows.map((r) => [r.bucket, { tokens: r.tokens, updatedAt: r.updated_at }]));
        const { outcome, writes } = takeTokens(requests, (bucket) => rowOf.get(bucket), nowMs);
        if (!outcome.ok) {
          // Nothing is taken: a bucket this call created (full) goes again, as if it had never been asked for.
          if (created.length > 0) await c.query('DELETE FROM rate_limit_buckets WHERE bucket = ANY($1)', [created]);
          return outcome;
        }
        for (const w of writes) {
          await c.query('UPDATE rate_limit_buckets SET tokens = $2, updated_at = $3, full_at = $4 WHERE bucket = $1', [
            w.bucket,
            w.tokens,
            nowMs,
            w.fullAt,
          ]);
        }
        return outcome;
      }),

    reserveAttempt: (key, policy: BackoffPolicy, nowMs: number): Promise<ReserveOutcome> =>
      inTransaction(pool, async (c) => {
        const id = [key.scope, key.subject, key.station];
        // A new streak row is "no failures, no wait, untouched for ever": the computation below treats it as absent.
        await c.query(
          `INSERT INTO sign_in_backoff (scope, subject, station, failures, retry_at, updated_at)
           VALUES ($1, $2, $3, 0, 0, $4) ON CONFLICT (scope, subject, station) DO NOTHING`,
          [...id, -policy.forgetAfterMs - 1],
        );
        const { rows } = await c.query<{ failures: number; retry_at: number; updated_at: number }>(
          `SELECT failures, retry_at::float8 AS retry_at, updated_at::float8 AS updated_at FROM sign_in_backoff
           WHERE scope = $1 AND subject = $2 AND station = $3 FOR UPDATE`,
          id,
        );
        const row = rows[0];
        const outcome = reserveOnStreak(
          row === undefined ? undefined : { failures: row.failures, retryAt: row.retry_at, updatedAt: row.updated_at },
          policy,
          nowMs,
        );
        if (!outcome.ok) return outcome;
        await c.query(
          'UPDATE sign_in_backoff SET failures = $4, retry_at = $5, updated_at = $6 WHERE scope = $1 AND subject = $2 AND station = $3',
          [...id, outcome.failures, outcome.retryAtMs, nowMs],
        );
        return outcome;
      }),

    async clearBackoff(key) {
      const r =
        key.station === undefined
          ? await pool.query('DELETE FROM sign_in_backoff WHERE scope = $1 AND subject = $2', [key.scope, key.subject])
          : await pool.query('DELETE FROM sign_in_backoff WHERE scope = $1 AND subject = $2 AND station = $3', [
              key.scope,
              key.subject,
              key.station,
            ]);
      return r.rowCount ?? 0;
    },

    async backoffUntil(key, nowMs) {
      const { rows } = await pool.query<{ until: number | null }>(
        'SELECT MAX(retry_at)::float8 AS until FROM sign_in_backoff WHERE scope = $1 AND subject = $2 AND retry_at > $3',
        [key.scope, key.subject, nowMs],
      );
      return rows[0]?.until ?? null;
    },

    purge: (nowMs, forgetAfterMs) =>
      inTransaction(pool, async (c) => {
        const buckets = await c.query('DELETE FROM rate_limit_buckets WHERE full_at <= $1', [nowMs]);
        const streaks = await c.query('DELETE FROM sign_in_backoff WHERE updated_at <= $1 AND retry_at <= $2', [
          nowMs - forgetAfterMs,
          nowMs,
        ]);
        return (buckets.rowCount ?? 0) + (streaks.rowCount ?? 0);
      }),
  };
}
