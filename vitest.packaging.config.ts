import { defineConfig } from 'vitest/config';

// Tests of what ships: they read the built bundles in out/ (scripts/test-all.sh runs them right after the build).
export default defineConfig({
  test: {
    include: ['tests/packaging/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
