import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import type { BackoffPolicy, BucketPolicy } from '../../../../../main/db/repositories/ports';
import { createSqliteRateLimitRepository } from '../../../../../main/db/repositories/sqlite-rate-limit-repository';

const BUCKET: BucketPolicy = { capacity: 3, refillEveryMs: 1_000 };
const BACKOFF: BackoffPolicy = { free: 2, baseDelayMs: 1_000, maxDelayMs: 4_000, forgetAfterMs: 60_000 };
let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

describe('rate-limit repository', () => {
  it('takes from every bucket or from none, and refills over time', () => {
    const repo = createSqliteRateLimitRepository(db);
    const a = { bucket: 'a', policy: BUCKET };
    const b = { bucket: 'b', policy: { capacity: 1, refillEveryMs: 10_000 } };
    expect(repo.take([a, b], 0)).toEqual({ ok: true });
    // b is spent: a keeps its two tokens.
    expect(repo.take([a, b], 0)).toEqual({ ok: false, bucket: 'b', retryAfterMs: 10_000 });
    expect(repo.take([a], 0)).toEqual({ ok: true });
    expect(repo.take([a], 0)).toEqual({ ok: true });
    expect(repo.take([a], 0)).toEqual({ ok: false, bucket: 'a', retryAfterMs: 1_000 });
    expect(repo.take([a], 1_000)).toEqual({ ok: true });
    // Full again after capacity × refill: housekeeping drops it, and a new one starts full.
    expect(repo.purge(10_000, 60_000)).toBe(2);
    expect(repo.take([a], 10_000)).toEqual({ ok: true });
  });

  it('reserves attempts before they are checked, waits from `free` on, doubles, caps, forgets, and clears', () => {
    const repo = createSqliteRateLimitRepository(db);
    const key = { scope: 'officer', subject: 's', station: 'x' };
    expect(repo.reserveAttempt(key, BACKOFF, 0)).toEqual({ ok: true, failures: 1, retryAtMs: 0 });
    expect(repo.reserveAttempt(key, BACKOFF, 0)).toEqual({ ok: true, failures: 2, retryAtMs: 1_000 });
    expect(repo.reserveAttempt(key, BACKOFF, 500)).toEqual({ ok: false, retryAfterMs: 500 });
    expect(repo.reserveAttempt(key, BACKOFF, 1_000)).toEqual({ ok: true, failures: 3, retryAtMs: 3_000 });
    expect(repo.reserveAttempt(key, BACKOFF, 3_000)).toEqual({ ok: true, failures: 4, retryAtMs: 7_000 });
    expect(repo.reserveAttempt(key, BACKOFF, 7_000)).toEqual({ ok: true, failures: 5, retryAtMs: 11_000 });
    expect(repo.backoffUntil({ scope: 'officer', subject: 's' }, 7_000)).toBe(11_000);
    // Another station has its own streak.
    expect(repo.reserveAttempt({ ...key, station: 'y' }, BACKOFF, 7_000)).toMatchObject({ ok: true, failures: 1 });
    expect(repo.clearBackoff({ scope: 'officer', subject: 's' })).toBe(2);
    expect(repo.backoffUntil({ scope: 'officer', subject: 's' }, 7_000)).toBeNull();
    repo.reserveAttempt(key, BACKOFF, 0);
    expect(repo.reserveAttempt(key, BACKOFF, 61_000)).toMatchObject({ ok: true, failures: 1 });
  });
});
