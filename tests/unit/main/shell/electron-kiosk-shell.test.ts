import { describe, expect, it } from 'vitest';
import { EXIT_RESTART_REQUESTED, createElectronKioskShell, runsSupervised } from '../../../../main/shell/electron-kiosk-shell';

function fakeApp() {
  const calls: string[] = [];
  const deferred: (() => void)[] = [];
  return {
    calls,
    flush: () => deferred.splice(0).forEach((f) => f()),
    app: { relaunch: () => calls.push('relaunch'), exit: (code: number) => calls.push(`exit ${code}`) },
    defer: (fn: () => void) => deferred.push(fn),
  };
}

describe('Electron restart/quit for maintenance mode', () => {
  it('relaunches itself when no service manager watches it, after the reply went out', () => {
    const f = fakeApp();
    const shell = createElectronKioskShell(f.app, { supervised: false, defer: f.defer });
    expect(shell.restart()).toBe('relaunch');
    expect(f.calls).toEqual([]);
    f.flush();
    expect(f.calls).toEqual(['relaunch', 'exit 0']);
  });

  it('under systemd / Shell Launcher it exits with the restart code instead of spawning a child', () => {
    const f = fakeApp();
    const shell = createElectronKioskShell(f.app, { supervised: true, defer: f.defer });
    shell.restart();
    f.flush();
    expect(f.calls).toEqual([`exit ${EXIT_RESTART_REQUESTED}`]);
  });

  it('quit exits cleanly', () => {
    const f = fakeApp();
    const shell = createElectronKioskShell(f.app, { supervised: true, defer: f.defer });
    expect(shell.quit()).toBe('quit');
    f.flush();
    expect(f.calls).toEqual(['exit 0']);
  });

  it('detects systemd and the explicit flag', () => {
    expect(runsSupervised({ INVOCATION_ID: 'abc' })).toBe(true);
    expect(runsSupervised({ KIOSK_SUPERVISED: '1' })).toBe(true);
    expect(runsSupervised({})).toBe(false);
  });
});
