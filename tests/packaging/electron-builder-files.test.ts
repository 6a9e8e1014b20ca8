/**
 * electron-builder's `files` and `asarUnpack` globs, evaluated against the real build output and the real production
 * dependency tree, with electron-builder's own config loader and its glob matcher (minimatch): the device bundle and
 * every native module it loads are packaged (native addons unpacked from the asar, where they cannot be loaded),
 * and tsx — a development loader — is not. No packaging run (it would download Electron); the same decisions, read.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalPackagesOf, filesBelow, REPO_ROOT, requireBuilt } from './built-bundles';

const builderRequire = createRequire(join(REPO_ROOT, 'node_modules', 'app-builder-lib', 'package.json'));
const { getConfig } = builderRequire('./out/util/config/config') as {
  getConfig(dir: string, file: null, cli: null): Promise<{ files?: unknown; asarUnpack?: unknown }>;
};
const { minimatch } = builderRequire('minimatch') as { minimatch(path: string, pattern: string, opts?: object): boolean };

/** electron-builder's `files` may be strings or `{ filter: [...] }` objects; negations start with "!". */
function patterns(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((v: unknown) => (typeof v === 'string' ? [v] : ((v as { filter?: string[] }).filter ?? [])));
}

function matches(path: string, globs: readonly string[]): boolean {
  let included = false;
  for (const g of globs) {
    if (g.startsWith('!')) {
      if (minimatch(path, g.slice(1), { dot: true })) included = false;
    } else if (minimatch(path, g, { dot: true })) included = true;
  }
  return included;
}

interface LockPackage {
  readonly dev?: boolean;
  readonly optional?: boolean;
}

/** What electron-builder copies into the app's node_modules: every lockfile package that is not dev-only. */
function productionPackages(): Map<string, string> {
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
  const byName = new Map<string, string>();
  for (const [path, pkg] of Object.entries(lock.packages)) {
    if (!path || pkg.dev) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!byName.has(name)) byName.set(name, path);
  }
  return byName;
}

const config = await getConfig(REPO_ROOT, null, null);
const files = patterns(config.files);
const asarUnpack = patterns(config.asarUnpack);
const production = productionPackages();

describe('electron-builder packages what the kiosk runs', () => {
  it('the globs were read from electron-builder.yml', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(asarUnpack.length).toBeGreaterThan(0);
  });

  it('every built bundle is packaged, the device process and its chunks included', () => {
    const built = [...filesBelow('out/main'), ...filesBelow('out/preload'), ...filesBelow('out/renderer')];
    for (const must of [
      'out/main/index.js',
      'out/main/device-process.js',
      'out/main/host.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/print.html',
    ]) {
      expect(built).toContain(must);
    }
    const { files: deviceChunks } = externalPackagesOf(requireBuilt('out/main/device-process.js'));
    for (const f of [...built, ...deviceChunks]) expect(matches(f, files), `${f} is not packaged`).toBe(true);
    expect(matches('package.json', files)).toBe(true);
  });

  it('every package the built main, host and device bundles load is a production dependency', () => {
    for (const entry of ['out/main/index.js', 'out/main/host.js', 'out/main/device-process.js', 'out/main/admin.js']) {
      const { packages } = externalPackagesOf(requireBuilt(entry));
      for (const p of packages) {
        if (p === 'electron') continue; // the runtime itself
        expect(production.has(p), `${entry} loads ${p}, which is not packaged`).toBe(true);
      }
    }
  });

  it('every native addon those bundles load is unpacked from the asar', () => {
    const natives = new Set<string>();
    for (const entry of ['out/main/index.js', 'out/main/device-process.js']) {
      for (const p of externalPackagesOf(requireBuilt(entry)).packages) {
        const dir = production.get(p);
        if (!dir) continue;
        const addons = filesBelow(dir).filter((f) => f.endsWith('.node'));
        if (addons.length === 0) continue;
        natives.add(p);
        for (const f of addons) expect(matches(f, asarUnpack), `${f} would stay inside the asar`).toBe(true);
      }
    }
    // The device child's node-hid and the receipt raster's canvas, the database and the password hash.
    expect([...natives].sort()).toEqual(expect.arrayContaining(['better-sqlite3', 'node-hid', 'argon2']));
  });

  it('tsx, the development loader, is not packaged and no built bundle needs it', () => {
    expect(production.has('tsx')).toBe(false);
    expect(existsSync(join(REPO_ROOT, 'node_modules', 'tsx'))).toBe(true); // it is installed for development…
    for (const f of filesBelow('out/main')) {
      const { packages } = externalPackagesOf(join(REPO_ROOT, f));
      expect(packages.has('tsx'), `${f} loads tsx`).toBe(false);
    }
  });
});
