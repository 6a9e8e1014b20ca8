/**
 * Test code stays out of production folders (issue #19): no tests, test kits, fault children or bench code under
 * main/, native/, preload/ or renderer/. Their place is tests/ (tests/support, tests/bench, tests/unit).
 */
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files';

const TEST_ONLY = [/\.test\.tsx?$/, /\.spec\.tsx?$/, /test-?kit/i, /test-payloads/, /fault-child/, /(^|\/)bench-[^/]+$/];

describe('test code placement', () => {
  it('keeps production folders free of test-only modules', () => {
    const files = sourceFiles(['main', 'native', 'preload', 'renderer']);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => TEST_ONLY.some((re) => re.test(f)))).toEqual([]);
  });
});
