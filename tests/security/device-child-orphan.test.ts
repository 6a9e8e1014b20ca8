/**
 * The device child (it holds the card reader and the receipt printer) must never outlive the host. Stopping a
 * kiosk right after it starts (a service restart, a double-started unit) used to leave it running: the host
 * had no SIGTERM handler until it was ready, so it died without closing its core, and a child still booting
 * missed its one 'disconnect' event and kept polling the devices forever. Both exits are checked here:
 * a SIGTERM (the host closes the child) and a SIGKILL (the child notices on its own).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnKioskHost } from '../support/kiosk-host-process';
import type { KioskHostProcess } from '../support/kiosk-host-process';

const CHILD_STARTED = /"event":"devices\.child-started","pid":(\d+)/;

let webRoot: string;
beforeAll(() => {
  webRoot = mkdtempSync(join(tmpdir(), 'kiosk-orphan-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>test</title>');
});
afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

/** Alive and not a zombie (an exited child not yet reaped still answers kill(pid, 0)). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/**
 * Once the host is gone the test is no longer the child's parent, so no exit event reaches it: poll its
 * existence, bounded. A child that notices on its own first finishes loading its modules (seconds under tsx).
 */
async function exitsWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

async function startUntilDeviceChild(): Promise<{ host: KioskHostProcess; childPid: number }> {
  const host = spawnKioskHost({ env: { KIOSK_WEB_ROOT: webRoot }, args: ['--demo-persons', '0'] });
  const m = await host.waitForLog(CHILD_STARTED);
  return { host, childPid: Number(m[1]) };
}

function childPidIn(log: string): number | null {
  const m = CHILD_STARTED.exec(log);
  return m?.[1] ? Number(m[1]) : null;
}

describe('the device child process never outlives the host', () => {
  it('SIGTERM just after the device child was forked: the host closes it and exits cleanly', async () => {
    const { host, childPid } = await startUntilDeviceChild();
    try {
      host.child.kill('SIGTERM');
      const exit = await host.exited;
      expect(await exitsWithin(childPid, 30_000)).toBe(true);
      // The host handled the signal (exit code 0), rather than being killed by it half-started.
      expect(exit).toEqual({ code: 0, signal: null });
    } finally {
      if (isRunning(childPid)) process.kill(childPid, 'SIGKILL');
      await host.stop();
    }
  });

  it('SIGTERM at the first log line, before the fork: start-up stops short of ready and the child is closed', async () => {
    const host = spawnKioskHost({ env: { KIOSK_WEB_ROOT: webRoot }, args: ['--demo-persons', '0'] });
    let readyLine = false;
    host.ready.then(
      () => (readyLine = true),
      () => {},
    );
    let childPid: number | null = null;
    try {
      await host.waitForLog(/"event":"/);
      host.child.kill('SIGTERM');
      const exit = await host.exited;
      childPid = childPidIn(host.logs());
      expect(childPid, 'the core finished starting, device child included').not.toBeNull();
      expect(await exitsWithin(childPid ?? 0, 30_000)).toBe(true);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(readyLine).toBe(false);
    } finally {
      if (childPid !== null && isRunning(childPid)) process.kill(childPid, 'SIGKILL');
      await host.stop();
    }
  });

  it('host killed outright while its device child boots: the child exits by itself', async () => {
    const { host, childPid } = await startUntilDeviceChild();
    try {
      host.child.kill('SIGKILL');
      expect(await host.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(await exitsWithin(childPid, 30_000)).toBe(true);
    } finally {
      if (isRunning(childPid)) process.kill(childPid, 'SIGKILL');
      await host.stop();
    }
  });
});
