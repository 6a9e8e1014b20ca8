/**
 * The rate-limit port, the same tests on SQLite and PostgreSQL (issue #13): all-or-nothing buckets, back-off streaks
 * reserved before the check, and what several stations doing it at the same instant get — never more tokens or
 * checks than the limit, because each call is one transaction of the shared store.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { BackoffPolicy, BucketPolicy } from '../../../../../main/db/repositories/ports';
import { describeEachEngine, type StoreUnderTest } from '../../../../support/store-engines';

const BUCKET: BucketPolicy = { capacity: 3, refillEveryMs: 1_000 };
const BACKOFF: BackoffPolicy = { free: 2, baseDelayMs: 1_000, maxDelayMs: 4_000, forgetAfterMs: 60_000 };

describeEachEngine('rate-limit repository', (engine) => {
  let store: StoreUnderTest;
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('takes from every bucket or from none, and refills over time', async () => {
    const repo = store.rateLimits;
    const a = { bucket: 'a', policy: BUCKET };
    const b = { bucket: 'b', policy: { capacity: 1, refillEveryMs: 10_000 } };
    expect(await repo.take([a, b], 0)).toEqual({ ok: true });
    // b is spent: a keeps its two tokens.
    expect(await repo.take([a, b], 0)).toEqual({ ok: false, bucket: 'b', retryAfterMs: 10_000 });
    expect(await repo.take([a], 0)).toEqual({ ok: true });
    expect(await repo.take([a], 0)).toEqual({ ok: true });
    expect(await repo.take([a], 0)).toEqual({ ok: false, bucket: 'a', retryAfterMs: 1_000 });
    expect(await repo.take([a], 1_000)).toEqual({ ok: true });
    // Full again after capacity × refill: housekeeping drops it, and a new one starts full.
    expect(await repo.purge(10_000, 60_000)).toBe(2);
    expect(await repo.take([a], 10_000)).toEqual({ ok: true });
  });

  it('a refused take creates nothing: a new bucket refused with a spent one is not left behind', async () => {
    const repo = store.rateLimits;
    const spent = { bucket: 'spent', policy: { capacity: 1, refillEveryMs: 60_000 } };
    expect(await repo.take([spent], 0)).toEqual({ ok: true });
    expect(await repo.take([{ bucket: 'new', policy: BUCKET }, spent], 0)).toMatchObject({ ok: false, bucket: 'spent' });
    // Only 'spent' is full again by 60 s; 'new' never existed.
    expect(await repo.purge(60_000, 60_000)).toBe(1);
  });

  it('reserves attempts before they are checked, waits from `free` on, doubles, caps, forgets, and clears', async () => {
    const repo = store.rateLimits;
    const key = { scope: 'officer', subject: 's', station: 'x' };
    expect(await repo.reserveAttempt(key, BACKOFF, 0)).toEqual({ ok: true, failures: 1, retryAtMs: 0 });
    expect(await repo.reserveAttempt(key, BACKOFF, 0)).toEqual({ ok: true, failures: 2, retryAtMs: 1_000 });
    expect(await repo.reserveAttempt(key, BACKOFF, 500)).toEqual({ ok: false, retryAfterMs: 500 });
    expect(await repo.reserveAttempt(key, BACKOFF, 1_000)).toEqual({ ok: true, failures: 3, retryAtMs: 3_000 });
    expect(await repo.reserveAttempt(key, BACKOFF, 3_000)).toEqual({ ok: true, failures: 4, retryAtMs: 7_000 });
    expect(await repo.reserveAttempt(key, BACKOFF, 7_000)).toEqual({ ok: true, failures: 5, retryAtMs: 11_000 });
    expect(await repo.backoffUntil({ scope: 'officer', subject: 's' }, 7_000)).toBe(11_000);
    // Another station has its own streak.
    expect(await repo.reserveAttempt({ ...key, station: 'y' }, BACKOFF, 7_000)).toMatchObject({ ok: true, failures: 1 });
    expect(await repo.clearBackoff({ scope: 'officer', subject: 's' })).toBe(2);
    expect(await repo.backoffUntil({ scope: 'officer', subject: 's' }, 7_000)).toBeNull();
    await repo.reserveAttempt(key, BACKOFF, 0);
    expect(await repo.reserveAttempt(key, BACKOFF, 61_000)).toMatchObject({ ok: true, failures: 1 });
  });

  it('four stations taking 40 tokens at once from a bucket of 5 get exactly 5', async () => {
    const stations = [store, await store.station(), await store.station(), await store.station()];
    const policy = { capacity: 5, refillEveryMs: 3_600_000 };
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => stations[i % stations.length]?.rateLimits.take([{ bucket: 'lookup|station|k', policy }], 1_000)),
    );
    expect(outcomes.filter((o) => o?.ok === true)).toHaveLength(5);
    expect(outcomes.filter((o) => o?.ok === false)).toHaveLength(35);
  });

  it('41 parallel guesses from four stations at one subject get exactly `free` checks before the wait', async () => {
    const stations = [store, await store.station(), await store.station(), await store.station()];
    const policy: BackoffPolicy = { free: 5, baseDelayMs: 60_000, maxDelayMs: 600_000, forgetAfterMs: 3_600_000 };
    const key = { scope: 'officer', subject: 'guessed', station: 'office' };
    const outcomes = await Promise.all(
      Array.from({ length: 41 }, (_, i) => stations[i % stations.length]?.rateLimits.reserveAttempt(key, policy, 1_000)),
    );
    const allowed = outcomes.filter((o) => o?.ok === true);
    expect(allowed).toHaveLength(5);
    expect(allowed.map((o) => (o?.ok === true ? o.failures : 0)).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await store.rateLimits.backoffUntil({ scope: 'officer', subject: 'guessed' }, 1_000)).toBe(61_000);
  });
});
