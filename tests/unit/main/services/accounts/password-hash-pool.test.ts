import { describe, expect, it } from 'vitest';
import { failureOf } from '../../../../support/service-test-kit';
import { createPasswordHashPool } from '../../../../../main/services/accounts/password-hash-pool';

/** Work that finishes only when the test says so, to see what runs at the same time. */
function gate() {
  const opened: (() => void)[] = [];
  return {
    work: () => new Promise<boolean>((resolve) => opened.push(() => resolve(true))),
    openOne: () => opened.shift()?.(),
    get pending() {
      return opened.length;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('password hash pool', () => {
  it('runs at most maxConcurrent at once, queues maxQueued, refuses the rest at once with busy', async () => {
    const pool = createPasswordHashPool({ maxConcurrent: 2, maxQueued: 3 });
    const g = gate();
    const accepted = Array.from({ length: 5 }, () => pool.run('verify', g.work));
    await settle();
    expect(g.pending).toBe(2);
    expect(pool.stats()).toMatchObject({ running: 2, queued: 3 });
    expect(await failureOf(() => pool.run('verify', g.work))).toMatchObject({ code: 'rate-limited', detail: { reason: 'busy' } });
    expect(() => pool.assertRoom()).toThrow(/too many password checks/);
    while (g.pending > 0 || pool.stats().queued > 0) {
      g.openOne();
      await settle();
    }
    await expect(Promise.all(accepted)).resolves.toEqual([true, true, true, true, true]);
    expect(pool.stats()).toMatchObject({ verify: 5, refused: 2, running: 0, queued: 0, peakRunning: 2 });
    pool.assertRoom();
  });

  it('frees the slot when work fails', async () => {
    const pool = createPasswordHashPool({ maxConcurrent: 1, maxQueued: 0 });
    await expect(pool.run('hash', () => Promise.reject(new Error('argon2 failed')))).rejects.toThrow('argon2 failed');
    await expect(pool.run('hash', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
