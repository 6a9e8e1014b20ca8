/**
 * Test code stays out of production folders (issue #19): no tests, test kits, fault children or bench code under
 * main/, native/, preload/ or renderer/. Their place is tests/ (tests/support, tests/bench, tests/unit).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const TEST_ONLY = [/\.test\.tsx?$/, /\.spec\.tsx?$/, /test-?kit/i, /test-payloads/, /fault-child/, /(^|\/)bench-[^/]+$/];

describe('test code placement', () => {
  it('keeps production folders free of test-only modules', () => {
    const files = execFileSync('git', ['ls-files', 'main', 'native', 'preload', 'renderer'], { encoding: 'utf8' }).split('\n');
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => TEST_ONLY.some((re) => re.test(f)))).toEqual([]);
  });
});
