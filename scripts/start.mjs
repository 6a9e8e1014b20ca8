#!/usr/bin/env node
// `npm start`: build, then launch the Electron kiosk. Where the Electron binary is absent (our build
// and CI machines cannot download it) say so in one line and start the browser host instead, opening
// Chromium in app mode when one is installed.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ensure-built.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/** The electron package downloads its binary lazily; look for it without triggering that download. */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

const passThrough = process.argv.slice(2);
const exe = electronBinary();
if (exe) {
  run('npx', ['electron-vite', 'build']);
  const child = spawn(exe, ['.', ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron binary not installed on this machine: starting the browser host instead (same contract over a loopback WebSocket).',
  );
  // The same built JavaScript as `npm run host` and the systemd unit (rebuilt only when a source changed).
  ensureBuilt(['node', 'web']);
  const child = spawn(process.execPath, ['out/main/host.js', '--open', ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}
