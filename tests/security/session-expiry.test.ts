/**
 * Issue #14 "no host-side expiry": with a 20 s idle timeout, `records:profile` still answered after 300 s, because
 * only the screen ended a visit (system:endVisit). The attack is a screen (or a second client holding the same
 * session) that never calls system:endVisit. The host must expire the session itself after the idle timeout the
 * screen uses, answer a typed 'session-expired', and run the visit-end hooks (wipe). The clock is injected: no sleeps.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAppConfig } from '../../main/config/app-config';
import { createCore } from '../../main/core/create-core';
import type { KioskCore } from '../../main/core/create-core';
import { createLogger } from '../../main/logging/logger';

let core: KioskCore | undefined;
let dataDir = '';
afterEach(async () => {
  await core?.close();
  core = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

async function startCore(args: readonly string[], clock: () => Date): Promise<KioskCore> {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-session-expiry-'));
  const parsed = parseAppConfig(['--data-dir', dataDir, '--demo-persons', '20', '--devices', 'none', ...args], {});
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return createCore({ config: parsed.config, logger: createLogger({ level: 'error', sink: () => {} }), transport: 'browser-host', clock });
}

describe('a citizen session expires on the host after the idle timeout', () => {
  it('records:profile answers session-expired 300 s after the last call with --idle-timeout 20, and the wipe hooks ran', async () => {
    let now = Date.parse('2026-03-02T08:00:00Z');
    core = await startCore(['--idle-timeout', '20'], () => new Date(now));
    const wiped: string[] = [];
    core.visitEndHooks.register('probe', (clientId) => {
      wiped.push(clientId);
    });
    const ctx = { clientId: 'screen-a', transport: 'browser-host' } as const;
    const call = (channel: string, input: unknown = {}) => core!.dispatcher.dispatch(channel, input, ctx);
    expect(await call('account:signIn', { insuranceNumber: '0123456789', password: 'Kiosk2026' })).toMatchObject({ ok: true });
    expect(await call('records:profile')).toMatchObject({ ok: true });
    now += 19_000;
    expect(await call('records:profile')).toMatchObject({ ok: true });
    now += 300_000;
    expect(await call('records:profile')).toMatchObject({ ok: false, error: { code: 'expired', detail: { reason: 'session-expired' } } });
    expect(await call('records:card')).toMatchObject({ ok: false, error: { code: 'expired', detail: { reason: 'session-expired' } } });
    expect(await call('account:requestPasswordOtp')).toMatchObject({ ok: false, error: { code: 'expired' } });
    expect(wiped).toContain('screen-a');
  });

  it('the host sweep ends an idle session by itself (no call from the screen) and runs the visit-end hooks', async () => {
    let now = Date.parse('2026-03-02T08:00:00Z');
    core = await startCore(['--idle-timeout', '20'], () => new Date(now));
    const wiped: string[] = [];
    core.visitEndHooks.register('probe', (clientId) => {
      wiped.push(clientId);
    });
    const ctx = { clientId: 'screen-b', transport: 'browser-host' } as const;
    expect(await core.dispatcher.dispatch('account:signIn', { insuranceNumber: '0123456789', password: 'Kiosk2026' }, ctx)).toMatchObject({
      ok: true,
    });
    const events: unknown[] = [];
    core.bus.subscribe((name, payload, target) => events.push({ name, payload, target }));
    now += 19_000;
    core.sweepSessions();
    expect(wiped).toEqual([]);
    now += 2_000;
    core.sweepSessions();
    expect(wiped).toEqual(['screen-b']);
    // The screen is told, so it goes home even if its own timer did not fire.
    expect(events).toContainEqual({ name: 'account:sessionEnded', payload: { reason: 'session-expired' }, target: 'screen-b' });
  });

  it('without --idle-timeout the longest signed-in screen period of the kiosk settings applies (forms, default 180 s)', async () => {
    let now = Date.parse('2026-03-02T08:00:00Z');
    core = await startCore([], () => new Date(now));
    const ctx = { clientId: 'screen-c', transport: 'browser-host' } as const;
    const call = (channel: string, input: unknown = {}) => core!.dispatcher.dispatch(channel, input, ctx);
    expect(await call('account:signIn', { insuranceNumber: '0123456789', password: 'Kiosk2026' })).toMatchObject({ ok: true });
    now += 179_000;
    expect(await call('records:profile')).toMatchObject({ ok: true });
    now += 181_000;
    expect(await call('records:profile')).toMatchObject({ ok: false, error: { code: 'expired', detail: { reason: 'session-expired' } } });
  });
});
