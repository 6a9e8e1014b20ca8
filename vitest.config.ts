import { defineConfig } from 'vitest/config';

// Unit and integration tests live next to the code (`*.test.ts`); tests/ holds cross-folder ones.
export default defineConfig({
  test: {
    include: [
      'main/**/*.test.ts',
      'native/**/*.test.ts',
      'preload/**/*.test.ts',
      'renderer/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/contract/**/*.test.ts',
      'tests/security/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
