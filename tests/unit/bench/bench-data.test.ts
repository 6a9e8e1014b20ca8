import { describe, expect, it } from 'vitest';
import { benchSeedAndLookup } from '../../bench/bench-data';

describe('benchSeedAndLookup', () => {
  it('seeds, finds every queried person, and the index beats the full scan', () => {
    const r = benchSeedAndLookup({ persons: 5000, queries: 50, naiveSample: 3 });
    expect(r.misses).toBe(0);
    expect(r.personsPerSecond).toBeGreaterThan(1000);
    expect(r.lookupP50Ms).toBeLessThanOrEqual(r.lookupP99Ms);
    expect(r.speedup).toBeGreaterThan(5);
  });
});
