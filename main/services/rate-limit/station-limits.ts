/**
 * The budgets of the channels that could harvest people or guess secrets (issue #14), per station (this host: every
 * screen, tab and reconnect of it together) and per account. Token buckets: `capacity` at once, then one more every
 * `refillEveryMs`. Every call counts, a lookup that finds someone as well as one that finds nobody.
 *
 * Sizes: a kiosk serves a citizen every few minutes; a family looking up four people, each a couple of tries, spends a
 * dozen. A script that reconnects per request got 62,615 answered lookups a minute before; now at most the burst, then
 * 3 a minute (180 an hour) from a station.
 */
import type { BucketPolicy } from '../../db/repositories/ports';

export type StationLimitKind = 'lookup' | 'sign-in' | 'otp-send' | 'otp-check' | 'officer-sign-in' | 'walk-in-ticket';

export interface StationLimit {
  readonly station: BucketPolicy;
  /** Per account (the person a lookup found, the mã số signed in to or sent a code); null = limited elsewhere. */
  readonly account: BucketPolicy | null;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

export const STATION_LIMITS: Readonly<Record<StationLimitKind, StationLimit>> = {
  // 30 at once, then one every 20 s; one person is shown at most 6 times, then once every 10 minutes.
  lookup: { station: { capacity: 30, refillEveryMs: 20 * SECOND }, account: { capacity: 6, refillEveryMs: 10 * MINUTE } },
  // Password sign-ins and forced changes: 20 at once, then 2 a minute; an account 10, then one every 3 minutes (its
  // lockout after 5 wrong passwords comes first).
  'sign-in': { station: { capacity: 20, refillEveryMs: 30 * SECOND }, account: { capacity: 10, refillEveryMs: 3 * MINUTE } },
  // SMS cost: 10 at once, then one a minute. Per account the OTP service allows one a minute and five an hour.
  'otp-send': { station: { capacity: 10, refillEveryMs: MINUTE }, account: null },
  // Codes typed: 20 at once, then 2 a minute; an account 10, then one every 6 minutes (each code allows 5 tries).
  'otp-check': { station: { capacity: 20, refillEveryMs: 30 * SECOND }, account: { capacity: 10, refillEveryMs: 6 * MINUTE } },
  // Officers: 30 at once, then 3 a minute; per username the back-off of officers-service.ts (per username + station).
  'officer-sign-in': { station: { capacity: 30, refillEveryMs: 20 * SECOND }, account: null },
  // "Lấy số thứ tự" asks nothing personal, so only the station limits it: a family of 8 at once, then one every 15 s
  // (240 an hour, more than a lobby needs), so a stranger pressing the button a thousand times gets 8 slips.
  'walk-in-ticket': { station: { capacity: 8, refillEveryMs: 15 * SECOND }, account: null },
};

/**
 * The same limits `factor` times wider (bursts × factor, refills ÷ factor). Only the end-to-end tests use it
 * (KIOSK_RATE_LIMIT_SCALE, honoured with emulated devices only), because one host serves a whole spec file of flows.
 */
export function scaleStationLimits(factor: number, limits = STATION_LIMITS): Readonly<Record<StationLimitKind, StationLimit>> {
  const scale = (p: BucketPolicy): BucketPolicy => ({ capacity: p.capacity * factor, refillEveryMs: p.refillEveryMs / factor });
  const out = {} as Record<StationLimitKind, StationLimit>;
  for (const [kind, limit] of Object.entries(limits) as [StationLimitKind, StationLimit][]) {
    out[kind] = { station: scale(limit.station), account: limit.account === null ? null : scale(limit.account) };
  }
  return out;
}
