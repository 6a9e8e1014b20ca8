/**
 * The packaged kiosk starts its reader and printer: the device child's path is resolved exactly as the built Electron
 * main (and the built browser host) resolve it, the file is there, and it starts under plain Node — no tsx — to its
 * ready message and answers a status request.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deviceProcessArgv } from '../../native/devices/device-process-args';
import { deviceProcessEntry, DEVICE_BUNDLE } from '../../main/services/devices/device-spawner';
import { externalPackagesOf, requireBuilt } from './built-bundles';

describe('the built device process', () => {
  for (const bundle of ['out/main/index.js', 'out/main/host.js']) {
    it(`${bundle} resolves the device bundle beside itself, and it exists`, () => {
      const entry = deviceProcessEntry(pathToFileURL(requireBuilt(bundle)).href);
      expect(entry.built).toBe(true);
      expect(entry.execArgv).toEqual([]);
      expect(entry.path).toBe(join(requireBuilt('out/main'), DEVICE_BUNDLE));
      expect(existsSync(entry.path)).toBe(true);
    });
  }

  it('the built entries pass their own module URL to the spawner (so the path above is the one they use)', () => {
    for (const bundle of ['out/main/index.js', 'out/main/host.js']) {
      const text = readFileSync(requireBuilt(bundle), 'utf8');
      expect(text).toMatch(/deviceProcessEntry\(import\.meta\.url\)/);
    }
    // Electron's entry hands the spawner utilityProcess.fork.
    expect(readFileSync(requireBuilt('out/main/index.js'), 'utf8')).toMatch(/utilityProcess\.fork\(/);
  });

  it('loads only Node built-ins and packaged native modules: no tsx, no TypeScript source', () => {
    const { packages, files } = externalPackagesOf(requireBuilt('out/main/device-process.js'));
    expect(files.every((f) => f.startsWith('out/main/') && f.endsWith('.js'))).toBe(true);
    expect(packages.has('tsx')).toBe(false);
    expect([...packages].sort()).toEqual(expect.arrayContaining(['@napi-rs/canvas', 'node-hid']));
  });

  it('starts under plain Node to its ready message and answers a status request', async () => {
    const entry = deviceProcessEntry(pathToFileURL(requireBuilt('out/main/index.js')).href);
    const dataDir = mkdtempSync(join(tmpdir(), 'device-bundle-'));
    const child = fork(entry.path, deviceProcessArgv('emulated', dataDir), { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    type Message = { readonly kind?: string; readonly id?: number; readonly value?: unknown };
    const messages: Message[] = [];
    const waiters = new Set<() => void>();
    child.on('message', (m) => {
      messages.push(m as Message);
      for (const w of [...waiters]) w();
    });
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`device process exited (${code}): ${stderr}`))),
    );
    const waitFor = (pred: (m: Message) => boolean): Promise<Message> =>
      Promise.race([
        new Promise<Message>((resolve) => {
          const check = (): void => {
            const found = messages.find(pred);
            if (!found) return;
            waiters.delete(check);
            resolve(found);
          };
          waiters.add(check);
          check();
        }),
        exited,
      ]);
    try {
      await waitFor((m) => m.kind === 'ready');
      child.send({ kind: 'command', id: 1, command: { type: 'status' } });
      const reply = await waitFor((m) => m.kind === 'reply' && m.id === 1);
      expect(reply.value).toMatchObject({ reader: expect.anything(), printer: expect.anything() });
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
