/**
 * Limits per station and per account, kept in the shared store (issue #14). Before, they were counted per WebSocket
 * connection and only for lookups that found nobody: reconnecting before each request reset them. Now every client
 * of this host draws from the same station budget, and the accounts touched from every station draw from the same
 * account budget. Accounts are keyed by an HMAC (secret 'rate-limit'), so the table holds no mã số.
 *
 * A refusal is 'rate-limited' with retryAfterSeconds, `limit` (the kind) and `reason` ('station' | 'account'); nothing
 * is taken from any budget when one of them is spent.
 */
import { createHmac } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import type { BucketRequest, RateLimitRepository } from '../../db/repositories/ports';
import { STATION_LIMITS, type StationLimit, type StationLimitKind } from './station-limits';

export interface StationLimiter {
  /**
   * One unit of `kind` from this station's budget (unless `station: false`) and from each account's; throws
   * 'rate-limited' and takes nothing when any budget is spent.
   */
  take(kind: StationLimitKind, options?: { readonly station?: boolean; readonly accounts?: readonly string[] }): Promise<void>;
  /** take → run. */
  guard<T>(kind: StationLimitKind, run: () => T | Promise<T>, options?: { readonly account?: string | null }): Promise<T>;
  readonly stationId: string;
}

const PURGE_EVERY = 256;
/** Back-off streaks (officer sign-in) untouched for this long are dropped; they are forgotten after an hour anyway. */
const STREAK_FORGET_MS = 60 * 60_000;

export function createStationLimiter(deps: {
  readonly store: RateLimitRepository;
  readonly stationId: string;
  /** HMAC key for account subjects. */
  readonly secret: () => Buffer;
  readonly now: () => number;
  readonly limits?: Readonly<Record<StationLimitKind, StationLimit>>;
}): StationLimiter {
  const limits = deps.limits ?? STATION_LIMITS;
  const accountKey = (kind: StationLimitKind, account: string): string =>
    `${kind}|account|${createHmac('sha256', deps.secret()).update(account, 'utf8').digest('hex').slice(0, 32)}`;

  // Housekeeping rides on the traffic: every PURGE_EVERY takes, the full buckets and forgotten streaks go.
  let takes = 0;
  const take: StationLimiter['take'] = async (kind, options = {}) => {
    if (++takes % PURGE_EVERY === 0) await deps.store.purge(deps.now(), STREAK_FORGET_MS);
    const limit = limits[kind];
    const requests: BucketRequest[] = [];
    const stationBucket = `${kind}|station|${deps.stationId}`;
    if (options.station !== false) requests.push({ bucket: stationBucket, policy: limit.station });
    if (limit.account !== null) {
      for (const account of new Set(options.accounts ?? [])) requests.push({ bucket: accountKey(kind, account), policy: limit.account });
    }
    if (requests.length === 0) return;
    const outcome = await deps.store.take(requests, deps.now());
    if (outcome.ok) return;
    throw new KioskFailure('rate-limited', `too many attempts (${kind}); wait before trying again`, {
      retryAfterSeconds: Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)),
      limit: kind,
      reason: outcome.bucket === stationBucket ? 'station' : 'account',
    });
  };

  return {
    stationId: deps.stationId,
    take,
    async guard(kind, run, options = {}) {
      const account = options.account ?? null;
      await take(kind, account === null ? {} : { accounts: [account] });
      return await run();
    },
  };
}
