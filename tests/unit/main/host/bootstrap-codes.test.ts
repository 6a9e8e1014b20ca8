import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_CODE_TTL_MS, createBootstrapCodes } from '../../../../main/host/bootstrap-codes';

describe('bootstrap codes', () => {
  it('redeem once, then never again', () => {
    const codes = createBootstrapCodes();
    const code = codes.issue();
    expect(codes.redeem(code)).toBe(true);
    expect(codes.redeem(code)).toBe(false);
  });

  it('expire after their lifetime, unredeemed', () => {
    let now = 1_000;
    const codes = createBootstrapCodes({ now: () => now });
    const code = codes.issue();
    now += BOOTSTRAP_CODE_TTL_MS;
    expect(codes.redeem(code)).toBe(false);
  });

  it('refuse a code never issued, an empty one and a near miss', () => {
    const codes = createBootstrapCodes();
    const code = codes.issue();
    expect(codes.redeem('')).toBe(false);
    expect(codes.redeem(`${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(codes.redeem(code)).toBe(true);
  });

  it('are unguessable: 24 url-safe characters, all different', () => {
    const codes = createBootstrapCodes();
    const seen = new Set(Array.from({ length: 200 }, () => codes.issue()));
    expect(seen.size).toBe(200);
    for (const c of seen) expect(c).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});
