import { describe, expect, it } from 'vitest';
import { benchCodes } from '../../bench/bench-codes';

describe('benchCodes', () => {
  it('runs the full scan path over the fixtures and reports a positive rate', () => {
    const { codesPerSecond } = benchCodes(20);
    expect(Number.isFinite(codesPerSecond)).toBe(true);
    expect(codesPerSecond).toBeGreaterThan(0);
  });

  it('fails loudly when a payload does not parse', () => {
    expect(() => benchCodes(1, ['not a card'])).toThrow(/unknown-code/);
    expect(() => benchCodes(0)).toThrow(RangeError);
  });
});
