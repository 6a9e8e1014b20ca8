/**
 * Checklist #16 (a current Electron): whether a version is current cannot be known offline, but what can drift
 * silently can be pinned: package.json names one exact Electron version (no range that a fresh install could move),
 * and the lockfile resolves that same version. Upgrading is then a reviewed one-line change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('#16 Electron version', () => {
  it('is pinned to one exact version that the lockfile resolves too', () => {
    const pkg = readJson('package.json') as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
    const pinned = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const lock = readJson('package-lock.json') as { packages: Record<string, { version?: string }> };
    expect(lock.packages['node_modules/electron']?.version).toBe(pinned);
  });
});
