/**
 * SQLite storage of the shared rate limits (tables of migration 0090): token buckets and sign-in back-off streaks.
 * Same port and same conformance suite as the PostgreSQL adapter (../pg/pg-rate-limit-repository.ts).
 */
import type { Database } from '../open-database';
import type { BackoffKey, BackoffPolicy, BucketRequest, RateLimitRepository, ReserveOutcome, TakeOutcome } from './ports';
import { reserveOnStreak, takeTokens } from './rate-limit-rules';

interface BucketRow {
  readonly tokens: number;
  readonly updated_at: number;
}

interface BackoffRow {
  readonly failures: number;
  readonly retry_at: number;
  readonly updated_at: number;
}

export function createSqliteRateLimitRepository(db: Database): RateLimitRepository {
  const readBucket = db.prepare('SELECT tokens, updated_at FROM rate_limit_buckets WHERE bucket = ?');
  const writeBucket = db.prepare(
    `INSERT INTO rate_limit_buckets (bucket, tokens, updated_at, full_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (bucket) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at, full_at = excluded.full_at`,
  );
  const readBackoff = db.prepare(
    'SELECT failures, retry_at, updated_at FROM sign_in_backoff WHERE scope = ? AND subject = ? AND station = ?',
  );
  const writeBackoff = db.prepare(
    `INSERT INTO sign_in_backoff (scope, subject, station, failures, retry_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (scope, subject, station) DO UPDATE SET
       failures = excluded.failures, retry_at = excluded.retry_at, updated_at = excluded.updated_at`,
  );

  const take = db.transaction((requests: readonly BucketRequest[], nowMs: number): TakeOutcome => {
    const { outcome, writes } = takeTokens(
      requests,
      (bucket) => {
        const row = readBucket.get(bucket) as BucketRow | undefined;
        return row === undefined ? undefined : { tokens: row.tokens, updatedAt: row.updated_at };
      },
      nowMs,
    );
    for (const w of writes) writeBucket.run(w.bucket, w.tokens, nowMs, w.fullAt);
    return outcome;
  });

  const reserve = db.transaction((key: BackoffKey, policy: BackoffPolicy, nowMs: number): ReserveOutcome => {
    const row = readBackoff.get(key.scope, key.subject, key.station) as BackoffRow | undefined;
    const outcome = reserveOnStreak(
      row === undefined ? undefined : { failures: row.failures, retryAt: row.retry_at, updatedAt: row.updated_at },
      policy,
      nowMs,
    );
    if (outcome.ok) writeBackoff.run(key.scope, key.subject, key.station, outcome.failures, outcome.retryAtMs, nowMs);
    return outcome;
  });

  // better-sqlite3 is synchronous: each method runs its whole transaction before the promise resolves.
  return {
    take: async (requests, nowMs) => take.immediate(requests, nowMs),
    reserveAttempt: async (key, policy, nowMs) => reserve.immediate(key, policy, nowMs),
    async clearBackoff(key) {
      return key.station === undefined
        ? db.prepare('DELETE FROM sign_in_backoff WHERE scope = ? AND subject = ?').run(key.scope, key.subject).changes
        : db.prepare('DELETE FROM sign_in_backoff WHERE scope = ? AND subject = ? AND station = ?').run(key.scope, key.subject, key.station)
            .changes;
    },
    async backoffUntil(key, nowMs) {
      const row = db
        .prepare('SELECT MAX(retry_at) AS until FROM sign_in_backoff WHERE scope = ? AND subject = ? AND retry_at > ?')
        .get(key.scope, key.subject, nowMs) as { until: number | null };
      return row.until;
    },
    async purge(nowMs, forgetAfterMs) {
      return db.transaction(
        () =>
          db.prepare('DELETE FROM rate_limit_buckets WHERE full_at <= ?').run(nowMs).changes +
          db.prepare('DELETE FROM sign_in_backoff WHERE updated_at <= ? AND retry_at <= ?').run(nowMs - forgetAfterMs, nowMs).changes,
      )();
    },
  };
}
