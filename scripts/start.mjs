#!/usr/bin/env node
// `npm start`: build, then launch the Electron kiosk. Where the Electron binary is absent (our build
// and CI machines cannot download it) say so in one line and start the browser host instead, opening
// Chromium in app mode when one is installed — and beside it counter 1 (`--station counter:1`, next port, same data
// folder), so a newcomer sees both sides of an office: the citizen's kiosk and the officer's console.
// `--no-counter` starts the kiosk only; an explicit `--station …` starts just that station.
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

const args = process.argv.slice(2);
const noCounter = args.includes('--no-counter');
const passThrough = args.filter((a) => a !== '--no-counter');
const stationChosen = passThrough.some((a) => a === '--station' || a.startsWith('--station='));
const COUNTER_HINT = 'counter console: npm run host -- --station counter:1 --port 4174 --open (same --data-dir as the kiosk)';
const exe = electronBinary();
if (exe) {
  run('npx', ['electron-vite', 'build']);
  if (!stationChosen) console.log(COUNTER_HINT);
  const child = spawn(exe, ['.', ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron binary not installed on this machine: starting the browser host instead (same contract over a loopback WebSocket).',
  );
  // The same built JavaScript as `npm run host` and the systemd unit (rebuilt only when a source changed).
  ensureBuilt(['node', 'web']);
  const children = new Set();
  const stopAll = (sig) => {
    for (const c of children) c.kill(sig);
  };
  const host = (extra) => {
    const child = spawn(process.execPath, ['out/main/host.js', '--open', ...passThrough, ...extra], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    child.stdout.pipe(process.stdout);
    // Either station ending ends the demo: the other is stopped and its exit code kept.
    child.on('exit', (code) => {
      children.delete(child);
      if (children.size === 0) process.exit(code ?? 0);
      stopAll('SIGTERM');
    });
    return child;
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stopAll(sig));
  const kiosk = host([]);
  if (!noCounter && !stationChosen) {
    // After the kiosk is ready: the first start of an empty folder migrates and seeds it once, then the counter
    // opens the same database (SQLite in WAL mode) on the next port.
    let out = '';
    const onData = (chunk) => {
      out += chunk.toString();
      const m = /KIOSK_HOST_READY http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (!m) return;
      kiosk.stdout.off('data', onData);
      const port = Number(m[1]);
      console.log(`starting counter 1 beside the kiosk on port ${port + 1} (npm start -- --no-counter for the kiosk only)`);
      host(['--station', 'counter:1', '--port', String(port + 1)]);
    };
    kiosk.stdout.on('data', onData);
  }
}
