#!/usr/bin/env node
// Builds the production bundles only when they are stale, so `npm run host`, `npm run admin` and the e2e tests
// run the same built JavaScript that ships, without paying for a build when nothing changed.
//   node scripts/ensure-built.mjs          the Node bundles in out/main (host, admin, device process, Electron main)
//   node scripts/ensure-built.mjs --web    also the browser host's renderer in dist-web
// Stale = a source file (or a build input such as package.json) is newer than the oldest output, or an output is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What each build reads and what it must produce. */
export const BUILDS = {
  node: {
    inputs: ['main', 'native', 'preload', 'resources', 'package.json', 'package-lock.json', 'electron.vite.config.ts'],
    outputs: ['out/main/index.js', 'out/main/host.js', 'out/main/admin.js', 'out/main/device-process.js', 'out/preload/index.cjs'],
    command: ['electron-vite', 'build', '--logLevel', 'warn'],
  },
  web: {
    inputs: ['renderer', 'preload', 'resources', 'package.json', 'package-lock.json', 'vite.config.ts'],
    outputs: ['dist-web/index.html'],
    command: ['vite', 'build', '--logLevel', 'warn'],
  },
};

const SKIP = new Set(['node_modules', '.git']);

function newestMtime(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted file changes its folder's mtime
  for (const e of readdirSync(full, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, e.name)));
  }
  return newest;
}

export function isStale(build) {
  const outs = build.outputs.map((o) => join(root, o));
  if (outs.some((o) => !existsSync(o))) return true;
  const oldestOut = Math.min(...outs.map((o) => statSync(o).mtimeMs));
  return build.inputs.some((i) => newestMtime(i) > oldestOut);
}

export function ensureBuilt(names) {
  for (const name of names) {
    const build = BUILDS[name];
    if (!isStale(build)) continue;
    process.stderr.write(`building ${name} bundles (sources changed)…\n`);
    const r = spawnSync('npx', build.command, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) {
      process.stderr.write(`build of the ${name} bundles failed\n`);
      process.exit(r.status ?? 1);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureBuilt(process.argv.includes('--web') ? ['node', 'web'] : ['node']);
}
