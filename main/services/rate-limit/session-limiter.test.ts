import { describe, expect, it } from 'vitest';
import { KioskFailure } from '../../../preload/contract/result';
import { createSessionLimiter } from './session-limiter';
import type { LimitPolicy } from './session-limiter';

const POLICY: LimitPolicy = { free: 3, baseDelayMs: 1_000, maxDelayMs: 8_000, cap: 6 };
const policies = { lookup: POLICY, 'sign-in': POLICY, otp: POLICY };

function setup() {
  let now = 1_000_000;
  const limiter = createSessionLimiter({ now: () => now, policies });
  return { limiter, advance: (ms: number) => (now += ms) };
}

function refusal(f: () => void): KioskFailure {
  try {
    f();
  } catch (e) {
    if (e instanceof KioskFailure) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const notFound = () => {
  throw new KioskFailure('not-found', 'nobody');
};

describe('session limiter', () => {
  it('lets the free failures through, then refuses with a growing wait', async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 2; i++) await expect(limiter.guard('a', 'lookup', notFound)).rejects.toMatchObject({ code: 'not-found' });
    expect(limiter.waitSeconds('a', 'lookup')).toBe(0);
    await expect(limiter.guard('a', 'lookup', notFound)).rejects.toMatchObject({ code: 'not-found' });
    // 3rd failure = free: wait base · 2^0
    const first = refusal(() => limiter.check('a', 'lookup'));
    expect(first.code).toBe('rate-limited');
    expect(first.detail).toMatchObject({ retryAfterSeconds: 1, limit: 'lookup', reason: 'slow-down' });
    advance(999);
    expect(() => limiter.check('a', 'lookup')).toThrow(KioskFailure);
    advance(1);
    await expect(limiter.guard('a', 'lookup', notFound)).rejects.toMatchObject({ code: 'not-found' });
    expect(limiter.waitSeconds('a', 'lookup')).toBe(2);
    advance(2_000);
    await expect(limiter.guard('a', 'lookup', notFound)).rejects.toMatchObject({ code: 'not-found' });
    expect(limiter.waitSeconds('a', 'lookup')).toBe(4);
  });

  it('caps the wait at maxDelay and marks the session capped after `cap` events', async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 6; i++) {
      advance(10_000);
      await expect(limiter.guard('a', 'lookup', notFound)).rejects.toMatchObject({ code: 'not-found' });
    }
    expect(limiter.waitSeconds('a', 'lookup')).toBe(8);
    expect(refusal(() => limiter.check('a', 'lookup')).detail).toMatchObject({ reason: 'session-cap', retryAfterSeconds: 8 });
    advance(8_000);
    await expect(limiter.guard('a', 'lookup', notFound)).rejects.toMatchObject({ code: 'not-found' });
    expect(limiter.waitSeconds('a', 'lookup')).toBe(8);
  });

  it('does not count refused attempts, successes, or uncounted errors', async () => {
    const { limiter } = setup();
    for (let i = 0; i < 3; i++) await limiter.guard('a', 'lookup', notFound).catch(() => undefined);
    for (let i = 0; i < 5; i++) await expect(limiter.guard('a', 'lookup', () => 'x')).rejects.toMatchObject({ code: 'rate-limited' });
    expect(limiter.waitSeconds('a', 'lookup')).toBe(1);
    const other = setup().limiter;
    for (let i = 0; i < 10; i++) expect(await other.guard('b', 'lookup', () => 'found')).toBe('found');
    const invalid = () => {
      throw new KioskFailure('invalid-input', 'bad');
    };
    for (let i = 0; i < 10; i++) await expect(other.guard('b', 'lookup', invalid)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(other.waitSeconds('b', 'lookup')).toBe(0);
  });

  it('counts a returned miss and, with countEvery, every success', async () => {
    const { limiter } = setup();
    for (let i = 0; i < 3; i++) await limiter.guard('a', 'lookup', () => ({ status: 'none' }), { missed: (v) => v.status === 'none' });
    expect(limiter.waitSeconds('a', 'lookup')).toBe(1);
    for (let i = 0; i < 3; i++) await limiter.guard('a', 'otp', () => 'sent', { countEvery: true });
    expect(limiter.waitSeconds('a', 'otp')).toBe(1);
  });

  it('keeps sessions and kinds apart, and forgets a session that ended', async () => {
    const { limiter } = setup();
    for (let i = 0; i < 3; i++) await limiter.guard('a', 'sign-in', notFound).catch(() => undefined);
    expect(() => limiter.check('a', 'sign-in')).toThrow(KioskFailure);
    expect(() => limiter.check('b', 'sign-in')).not.toThrow();
    expect(() => limiter.check('a', 'lookup')).not.toThrow();
    limiter.forget('a');
    expect(() => limiter.check('a', 'sign-in')).not.toThrow();
  });
});
