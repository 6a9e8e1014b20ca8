/**
 * A cap on concurrent argon2 work, and a bounded queue in front of it (issue #14). argon2 runs on libuv's thread pool,
 * the same four threads that read the static files and the database file: 300 parallel sign-ins once filled it and a
 * page load waited 8 s behind them. At most `maxConcurrent` hashes run at a time, leaving threads for the rest; at
 * most `maxQueued` wait; beyond that a call is refused at once with 'rate-limited' (reason 'busy') instead of joining
 * an ever longer line. Sign-in callers ask `assertRoom()` before they reserve an attempt, so a refusal costs nothing.
 */
import { KioskFailure } from '../../../preload/contract/result';

export type HashWork = 'hash' | 'verify' | 'burn';

export interface PasswordHashStats {
  /** Work finished or running, by kind (a 'verify' is one real password check; a 'burn' checks a dummy hash). */
  readonly hash: number;
  readonly verify: number;
  readonly burn: number;
  readonly refused: number;
  readonly running: number;
  readonly queued: number;
  /** Most hashes that ever ran at the same time. */
  readonly peakRunning: number;
}

export interface PasswordHashPool {
  run<T>(kind: HashWork, work: () => Promise<T>): Promise<T>;
  /** Throws the 'busy' refusal when a call made now would be refused. */
  assertRoom(): void;
  stats(): PasswordHashStats;
}

export const PASSWORD_HASH_POOL = { maxConcurrent: 2, maxQueued: 32 } as const;

export function createPasswordHashPool(
  options: { readonly maxConcurrent: number; readonly maxQueued: number } = PASSWORD_HASH_POOL,
): PasswordHashPool {
  const counts: Record<HashWork, number> = { hash: 0, verify: 0, burn: 0 };
  const waiting: (() => void)[] = [];
  let running = 0;
  let refused = 0;
  let peakRunning = 0;
  const busy = (): KioskFailure =>
    new KioskFailure('rate-limited', 'too many password checks at once; try again in a moment', {
      reason: 'busy',
      limit: 'hashing',
      retryAfterSeconds: 1,
    });
  const full = (): boolean => running >= options.maxConcurrent && waiting.length >= options.maxQueued;

  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) running -= 1;
    else next(); // the slot passes straight to the next caller
  };

  return {
    async run(kind, work) {
      if (full()) {
        refused += 1;
        throw busy();
      }
      if (running < options.maxConcurrent) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      peakRunning = Math.max(peakRunning, running);
      counts[kind] += 1;
      try {
        return await work();
      } finally {
        release();
      }
    },
    assertRoom() {
      if (full()) {
        refused += 1;
        throw busy();
      }
    },
    stats: () => ({ ...counts, refused, running, queued: waiting.length, peakRunning }),
  };
}
