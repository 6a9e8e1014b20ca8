import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumWindowArgs, openChromiumWindow } from '../../../../main/host/chromium-window';

const work = mkdtempSync(join(tmpdir(), 'kiosk-window-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in for Chromium that writes its arguments to a file and then waits to be stopped. */
function fakeChromium(argsFile: string): string {
  const exe = join(work, 'fake-chromium');
  writeFileSync(exe, `#!/bin/sh\nprintf '%s\\n' "$@" > "${argsFile}"\nexec sleep 60\n`);
  chmodSync(exe, 0o755);
  return exe;
}

describe('the window the host opens (--open)', () => {
  it('carries a one-time code and a private profile on its command line, never the token', () => {
    const args = chromiumWindowArgs('http://127.0.0.1:4173/', 'CODE123', '/tmp/p');
    expect(args).toContain('--app=http://127.0.0.1:4173/#boot=CODE123');
    expect(args).toContain('--user-data-dir=/tmp/p');
    expect(args.join(' ')).not.toMatch(/token/i);
  });

  it('lets a lobby TV announce calls without a tap first (autoplay)', () => {
    expect(chromiumWindowArgs('http://127.0.0.1:4173/', 'CODE123', '/tmp/p')).toContain('--autoplay-policy=no-user-gesture-required');
  });

  it('starts Chromium with a 0700 throwaway profile that is removed when the window closes', async () => {
    const argsFile = join(work, 'args.txt');
    const w = openChromiumWindow('http://127.0.0.1:1/', 'ONE-TIME', { executable: fakeChromium(argsFile), onMissing: () => {} });
    if (!w) throw new Error('no window');
    await expect.poll(() => existsSync(argsFile)).toBe(true);
    const args = readFileSync(argsFile, 'utf8').trim().split('\n');
    expect(args).toContain(`--user-data-dir=${w.profileDir}`);
    expect(statSync(w.profileDir).mode & 0o777).toBe(0o700);
    const exited = new Promise<void>((r) => w.process.once('exit', () => r()));
    w.close();
    await exited;
    expect(existsSync(w.profileDir)).toBe(false);
  });
});
