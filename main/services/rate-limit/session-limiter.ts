/**
 * Per kiosk session (one connected screen) limits on the channels that could be used to enumerate people or guess
 * secrets: lookups that find nobody, sign-in attempts, OTP sends and OTP verifications. They sit on top of the
 * per-account lockout, which alone does not stop one visitor from trying many different accounts or names.
 *
 * A session may fail `free` times; after that each counted event makes the next attempt wait
 * min(maxDelay, baseDelay · 2^(n − free)), and from `cap` events on every attempt waits maxDelay. Attempts made
 * while waiting are refused with 'rate-limited' and retryAfterSeconds (a refusal, never a sleeping request) and are
 * not counted, so the wait does not grow while the citizen reads the message.
 */
import { KioskFailure } from '../../../preload/contract/result';

export type LimitKind = 'lookup' | 'sign-in' | 'otp';

export interface LimitPolicy {
  readonly free: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly cap: number;
}

export const SESSION_LIMITS: Readonly<Record<LimitKind, LimitPolicy>> = {
  // A citizen may mistype a name or a date a few times; a script trying names cannot.
  lookup: { free: 5, baseDelayMs: 5_000, maxDelayMs: 5 * 60_000, cap: 30 },
  // Above the 5-per-account lockout, so that one account's countdown and lockout message are seen first.
  'sign-in': { free: 8, baseDelayMs: 10_000, maxDelayMs: 15 * 60_000, cap: 20 },
  // Every OTP sent and every wrong code: SMS cost and guessing.
  otp: { free: 6, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, cap: 20 },
};

/** Outcomes of a guarded call that count against the session (the caller missed, or guessed wrong). */
const COUNTED_FAILURES: ReadonlySet<string> = new Set(['not-found', 'unauthorized', 'locked-out']);

export interface SessionLimiter {
  /** Throws 'rate-limited' when this session must wait before trying `kind` again. */
  check(sessionId: string, kind: LimitKind): void;
  /** Counts one event against the session. */
  count(sessionId: string, kind: LimitKind): void;
  /**
   * check → run → count when the call failed with a counted code, when `missed(value)` says so, or on every
   * success with `countEvery` (OTP sends).
   */
  guard<T>(
    sessionId: string,
    kind: LimitKind,
    run: () => T | Promise<T>,
    options?: { readonly missed?: (value: T) => boolean; readonly countEvery?: boolean },
  ): Promise<T>;
  /** Seconds this session must still wait for `kind` (0 when free to try). */
  waitSeconds(sessionId: string, kind: LimitKind): number;
  /** The session ended: its counters go too. */
  forget(sessionId: string): void;
}

interface Counter {
  events: number;
  retryAt: number;
}

export function createSessionLimiter(deps: {
  readonly now: () => number;
  readonly policies?: Readonly<Record<LimitKind, LimitPolicy>>;
}): SessionLimiter {
  const policies = deps.policies ?? SESSION_LIMITS;
  const counters = new Map<string, Counter>();
  const key = (sessionId: string, kind: LimitKind): string => `${kind}\u0000${sessionId}`;

  const waitMs = (sessionId: string, kind: LimitKind): number => {
    const c = counters.get(key(sessionId, kind));
    return c === undefined ? 0 : Math.max(0, c.retryAt - deps.now());
  };

  const check = (sessionId: string, kind: LimitKind): void => {
    const ms = waitMs(sessionId, kind);
    if (ms <= 0) return;
    const capped = (counters.get(key(sessionId, kind))?.events ?? 0) >= policies[kind].cap;
    throw new KioskFailure('rate-limited', `too many attempts from this session (${kind}); wait before trying again`, {
      retryAfterSeconds: Math.ceil(ms / 1000),
      limit: kind,
      reason: capped ? 'session-cap' : 'slow-down',
    });
  };

  const count = (sessionId: string, kind: LimitKind): void => {
    const p = policies[kind];
    const k = key(sessionId, kind);
    const c = counters.get(k) ?? { events: 0, retryAt: 0 };
    c.events += 1;
    if (c.events >= p.cap) c.retryAt = deps.now() + p.maxDelayMs;
    else if (c.events >= p.free) c.retryAt = deps.now() + Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (c.events - p.free));
    counters.set(k, c);
  };

  return {
    check,
    count,
    async guard(sessionId, kind, run, options = {}) {
      check(sessionId, kind);
      let value;
      try {
        value = await run();
      } catch (e) {
        if (e instanceof KioskFailure && COUNTED_FAILURES.has(e.code)) count(sessionId, kind);
        throw e;
      }
      if (options.countEvery === true || options.missed?.(value) === true) count(sessionId, kind);
      return value;
    },
    waitSeconds: (sessionId, kind) => Math.ceil(waitMs(sessionId, kind) / 1000),
    forget(sessionId) {
      for (const kind of Object.keys(policies) as LimitKind[]) counters.delete(key(sessionId, kind));
    },
  };
}
