import { describe, expect, it } from 'vitest';
import { EXIT_INTEGRITY_FAILURE, EXIT_RENDERER_UNRECOVERABLE, createRecoveryPolicy } from '../../../../main/shell/recovery-policy';

describe('createRecoveryPolicy', () => {
  it('doubles the reload delay up to the cap', () => {
    const p = createRecoveryPolicy({ baseDelayMs: 100, maxDelayMs: 300, maxReloads: 10 });
    const delays = [0, 1, 2, 3].map((t) => p.onGone('crashed', t));
    expect(delays).toEqual([
      { action: 'reload', delayMs: 100 },
      { action: 'reload', delayMs: 200 },
      { action: 'reload', delayMs: 300 },
      { action: 'reload', delayMs: 300 },
    ]);
  });

  it('gives up after maxReloads inside the window, and forgives crashes older than the window', () => {
    const p = createRecoveryPolicy({ maxReloads: 2, windowMs: 1000, baseDelayMs: 10 });
    expect(p.onGone('crashed', 0).action).toBe('reload');
    expect(p.onGone('oom', 10).action).toBe('reload');
    expect(p.onGone('killed', 20)).toEqual({ action: 'exit', code: EXIT_RENDERER_UNRECOVERABLE });
    expect(p.onGone('crashed', 5000)).toEqual({ action: 'reload', delayMs: 10 });
  });

  it('never reloads after an integrity failure', () => {
    expect(createRecoveryPolicy().onGone('integrity-failure', 0)).toEqual({ action: 'exit', code: EXIT_INTEGRITY_FAILURE });
  });
});
