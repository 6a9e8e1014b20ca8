/**
 * `--open`: the host starts its own Chromium window in app mode, with a throwaway profile in a private temporary
 * folder (mode 0700, removed when the window or the host ends), and with a one-time bootstrap code instead of the
 * station token on its command line. The default profile would keep the token in its History and Sessions files.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Chromium's arguments for the kiosk window: no token, no default profile, nothing a person must copy. */
export function chromiumWindowArgs(baseUrl: string, bootstrapCode: string, profileDir: string): string[] {
  return [
    `--app=${baseUrl}#boot=${bootstrapCode}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-sync',
    '--kiosk',
    // A lobby TV (`--station display`) announces calls with nobody touching it first: no gesture before sound.
    '--autoplay-policy=no-user-gesture-required',
  ];
}

export interface ChromiumWindow {
  readonly profileDir: string;
  readonly process: ChildProcess;
  /** Ends the window and removes its profile; safe to call twice. */
  close(): void;
}

export function openChromiumWindow(
  baseUrl: string,
  bootstrapCode: string,
  opts: { readonly executable?: string | undefined; readonly onMissing: (message: string) => void },
): ChromiumWindow | null {
  const exe = [opts.executable, ...CHROMIUM_CANDIDATES].find((c): c is string => !!c && existsSync(c));
  if (!exe) {
    opts.onMissing(`No Chromium found; open ${baseUrl} in a browser (the address printed above carries the token).`);
    return null;
  }
  // mkdtemp creates the folder with mode 0700: other local users cannot read the profile while it exists.
  const profileDir = mkdtempSync(join(tmpdir(), 'bhxh-kiosk-window-'));
  const child = spawn(exe, chromiumWindowArgs(baseUrl, bootstrapCode, profileDir), { stdio: 'ignore' });
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    rmSync(profileDir, { recursive: true, force: true });
  };
  child.on('error', () => {
    opts.onMissing(`Could not start ${exe}; open ${baseUrl} in a browser.`);
    close();
  });
  // Chromium may still be writing into the profile as it exits: remove it once it has.
  child.on('exit', () => rmSync(profileDir, { recursive: true, force: true }));
  return { profileDir, process: child, close };
}
