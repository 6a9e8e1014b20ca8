import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS } from '../../../../../preload/contract/channels/settings';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { createLogger } from '../../../../../main/logging/logger';
import { createPasswordHasher, TEST_PASSWORD_HASHING } from '../../../../../main/services/accounts/password-hasher';
import { createKioskSettingsStore } from '../../../../../main/services/maintenance/kiosk-settings-store';
import type { KioskShell } from '../../../../../main/services/maintenance/kiosk-shell';
import { createMaintenanceAccess } from '../../../../../main/services/maintenance/maintenance-access';
import { createDispatcher, type Dispatcher, type HandlerMap } from '../../../../../main/ipc/dispatcher';
import { ERROR_REPORTS_PER_MINUTE, errorReportHandlers } from '../../../../../main/ipc/handlers/error-report-handlers';
import { maintenanceHandlers } from '../../../../../main/ipc/handlers/maintenance-handlers';

let db: Database;
let dispatcher: Dispatcher;
let lines: string[];
let shellCalls: string[];
const a = { clientId: 'client-a-000000', transport: 'browser-host' as const };
const b = { clientId: 'client-b-000000', transport: 'browser-host' as const };

beforeEach(async () => {
  db = openDatabase(':memory:');
  lines = [];
  shellCalls = [];
  const logger = createLogger({ level: 'debug', sink: (l) => lines.push(l) });
  const access = createMaintenanceAccess({ db, hasher: createPasswordHasher(TEST_PASSWORD_HASHING), logger });
  await access.configurePin('2468');
  const shell: KioskShell = {
    restart: () => (shellCalls.push('restart'), 'reload-ui'),
    quit: () => (shellCalls.push('quit'), 'not-supported'),
  };
  const handlers = {
    ...maintenanceHandlers({
      access,
      settings: createKioskSettingsStore(db),
      shell,
      logger,
      version: '9.9.9',
      transport: 'browser-host',
      devices: 'emulated',
      dataStatus: () => ({ persons: 1, accounts: 2, portalRegistrations: 3, lastPortalRegistrationAt: null, lastHeartbeatAt: null }),
    }),
    ...errorReportHandlers({ logger }),
  } as unknown as HandlerMap;
  dispatcher = createDispatcher({ handlers, logger });
});

describe('maintenance channels', () => {
  it('need the unlocked session of the calling client; settings:get does not', async () => {
    expect(await dispatcher.dispatch('maintenance:status', {}, a)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await dispatcher.dispatch('settings:get', {}, a)).toEqual({ ok: true, value: DEFAULT_KIOSK_SETTINGS });
    expect(await dispatcher.dispatch('maintenance:unlock', { pin: '1111' }, a)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', detail: { remainingAttempts: 4 } },
    });
    expect(await dispatcher.dispatch('maintenance:unlock', { pin: '12' }, a)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatcher.dispatch('maintenance:unlock', { pin: '2468' }, a)).toMatchObject({ ok: true, value: { unlocked: true } });
    expect(await dispatcher.dispatch('maintenance:status', {}, a)).toMatchObject({
      ok: true,
      value: { version: '9.9.9', data: { persons: 1 } },
    });
    expect(await dispatcher.dispatch('maintenance:status', {}, b)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const changed = { ...DEFAULT_KIOSK_SETTINGS, officeName: 'BHXH Ba Đình' };
    expect(await dispatcher.dispatch('maintenance:saveSettings', changed, b)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await dispatcher.dispatch('maintenance:saveSettings', changed, a)).toEqual({ ok: true, value: changed });
    expect(await dispatcher.dispatch('settings:get', {}, b)).toEqual({ ok: true, value: changed });
    expect(await dispatcher.dispatch('maintenance:quit', {}, a)).toEqual({ ok: true, value: { action: 'not-supported' } });
    expect(await dispatcher.dispatch('maintenance:restart', {}, a)).toEqual({ ok: true, value: { action: 'reload-ui' } });
    expect(shellCalls).toEqual(['quit', 'restart']);
    // Restart ends the session.
    expect(await dispatcher.dispatch('maintenance:status', {}, a)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(lines.join('\n')).not.toContain('2468');
  });
});

describe('system:reportError', () => {
  it('logs the reference, screen and error name, and stops logging a client that floods', async () => {
    const input = { reference: 'E-ABC123-7F2A', screen: 'lookup', error: 'TypeError' };
    expect(await dispatcher.dispatch('system:reportError', input, a)).toEqual({ ok: true, value: { logged: true } });
    const line = JSON.parse(lines.find((l) => l.includes('renderer.error')) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'error',
      event: 'renderer.error',
      reference: 'E-ABC123-7F2A',
      screen: 'lookup',
      error: 'TypeError',
    });
    expect(await dispatcher.dispatch('system:reportError', { ...input, error: 'Nguyễn Văn An' }, a)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    for (let i = 1; i < ERROR_REPORTS_PER_MINUTE; i++) await dispatcher.dispatch('system:reportError', input, a);
    expect(await dispatcher.dispatch('system:reportError', input, a)).toEqual({ ok: true, value: { logged: false } });
    expect(await dispatcher.dispatch('system:reportError', input, b)).toEqual({ ok: true, value: { logged: true } });
  });
});
