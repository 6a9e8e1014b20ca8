/**
 * Checklist item 19 (fuses) and packaging rules: electron-builder.yml lists EVERY fuse with its
 * safe value, unpacks native addons, and keeps the deb's runtime dependencies for node-hid.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// js-yaml arrives with electron-builder; it has no types here, so describe the one call we use.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const text = readFileSync(fileURLToPath(new URL('../../electron-builder.yml', import.meta.url)), 'utf8');
const config = yaml.load(text) as Record<string, unknown>;

const SAFE_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const;

describe('#19 fuses in electron-builder.yml', () => {
  const fuses = (config.electronFuses ?? {}) as Record<string, unknown>;

  it.each(Object.entries(SAFE_FUSES))('%s is listed as %s', (name, safe) => {
    expect(fuses[name]).toBe(safe);
  });

  it('lists every fuse electron-builder knows (none left to a default)', () => {
    const scheme = createRequire(import.meta.url)('app-builder-lib/scheme.json') as {
      definitions: Record<string, { properties?: Record<string, unknown> }>;
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1?.properties ?? {}).filter((k) => k !== 'resetAdHocDarwinSignature');
    expect(known.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(fuses).sort()).toEqual(expect.arrayContaining(known.sort()));
  });
});

describe('packaging', () => {
  it('ships only the build output, package.json and resources', () => {
    expect(config.files).toEqual(['out/**', 'package.json', 'resources/**']);
  });

  it('unpacks native addons and resources from the asar', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'resources/**']));
  });

  it('keeps npmRebuild documented as false on our build machines', () => {
    expect(typeof config.npmRebuild).toBe('boolean');
    expect(text).toMatch(/-c\.npmRebuild=false/);
  });

  it('targets AppImage + deb (with libusb and libudev) on Linux and nsis on Windows', () => {
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.deb as { depends: string[] }).depends).toEqual(expect.arrayContaining(['libusb-1.0-0', 'libudev1']));
    expect((config.win as { target: string[] }).target).toEqual(['nsis']);
  });
});
