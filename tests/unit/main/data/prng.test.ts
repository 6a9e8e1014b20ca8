import { describe, expect, it } from 'vitest';
import { SerialPermutation, WeightedPicker, createRng } from '../../../../main/data/prng';

describe('prng', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.u32());
    expect(Array.from({ length: 5 }, () => b.u32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.u32())).not.toEqual(xs);
  });

  it('serial permutations never repeat within a bucket', () => {
    const perm = new SerialPermutation(4, 3_791, 7);
    const seen = new Set(Array.from({ length: 10_000 }, () => perm.next('x')));
    expect(seen.size).toBe(10_000);
    expect(() => perm.next('x')).toThrow(/exhausted/);
  });

  it('weighted picks follow the weights', () => {
    const rng = createRng(1);
    const picker = new WeightedPicker([
      ['a', 9],
      ['b', 1],
    ] as const);
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (picker.pick(rng) === 'a') a++;
    expect(a).toBeGreaterThan(8_700);
    expect(a).toBeLessThan(9_300);
  });
});
