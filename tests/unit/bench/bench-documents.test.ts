import { describe, expect, it } from 'vitest';
import { benchCards } from '../../bench/bench-documents.js';

describe('benchCards', () => {
  it('reports cold and warm timings and the size of a card', async () => {
    const r = await benchCards(5);
    for (const v of [r.coldMs, r.warmMsP50, r.warmMsMax]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(0);
    }
    expect(r.warmMsMax).toBeGreaterThanOrEqual(r.warmMsP50);
    expect(r.bytesPerCard).toBeGreaterThan(5_000);
    expect(r.bytesPerCard).toBeLessThan(60_000);
  });

  it('rejects a non-positive count', async () => {
    await expect(benchCards(0)).rejects.toThrow(RangeError);
  });
});
