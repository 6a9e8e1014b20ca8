/**
 * The arithmetic of the shared limits, once for both stores (SQLite and PostgreSQL adapters): how a token bucket
 * refills and what one more failure does to a back-off streak. The adapters only read and write rows around it.
 */
import type { BackoffPolicy, BucketRequest, ReserveOutcome, TakeOutcome } from './ports';

export interface BucketState {
  readonly tokens: number;
  readonly updatedAt: number;
}

export interface BucketWrite {
  readonly bucket: string;
  readonly tokens: number;
  readonly fullAt: number;
}

/**
 * One token from every requested bucket, given their rows (absent = full): the rows to write, or the refusal with the
 * longest wait. Nothing is to be written when any bucket is empty (all or nothing).
 */
export function takeTokens(
  requests: readonly BucketRequest[],
  stateOf: (bucket: string) => BucketState | undefined,
  nowMs: number,
): { readonly outcome: TakeOutcome; readonly writes: readonly BucketWrite[] } {
  const writes: BucketWrite[] = [];
  let refused: { bucket: string; retryAfterMs: number } | null = null;
  for (const { bucket, policy } of requests) {
    const row = stateOf(bucket);
    const refilled =
      row === undefined
        ? policy.capacity
        : Math.min(policy.capacity, row.tokens + Math.max(0, nowMs - row.updatedAt) / policy.refillEveryMs);
    if (refilled < 1) {
      const retryAfterMs = Math.ceil((1 - refilled) * policy.refillEveryMs);
      if (refused === null || retryAfterMs > refused.retryAfterMs) refused = { bucket, retryAfterMs };
      continue;
    }
    const tokens = refilled - 1;
    writes.push({ bucket, tokens, fullAt: nowMs + Math.ceil((policy.capacity - tokens) * policy.refillEveryMs) });
  }
  return refused === null ? { outcome: { ok: true }, writes } : { outcome: { ok: false, ...refused }, writes: [] };
}

export interface StreakState {
  readonly failures: number;
  readonly retryAt: number;
  readonly updatedAt: number;
}

/** One more attempt on a streak (absent = none): refused while its wait runs, else counted, with its next wait. */
export function reserveOnStreak(row: StreakState | undefined, policy: BackoffPolicy, nowMs: number): ReserveOutcome {
  const fresh = row !== undefined && nowMs - row.updatedAt < policy.forgetAfterMs;
  if (fresh && row.retryAt > nowMs) return { ok: false, retryAfterMs: row.retryAt - nowMs };
  const failures = (fresh ? row.failures : 0) + 1;
  const retryAtMs = failures >= policy.free ? nowMs + Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - policy.free)) : 0;
  return { ok: true, failures, retryAtMs };
}
