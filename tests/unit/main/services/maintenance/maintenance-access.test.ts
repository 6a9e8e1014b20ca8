import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS } from '../../../../../preload/contract/channels/settings';
import { KioskFailure } from '../../../../../preload/contract/result';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { silentLogger } from '../../../../../main/logging/logger';
import { createPasswordHasher, TEST_PASSWORD_HASHING } from '../../../../../main/services/accounts/password-hasher';
import { createKioskSettingsStore } from '../../../../../main/services/maintenance/kiosk-settings-store';
import { failureOf, openTempDatabase, type TempDatabase } from '../../../../support/service-test-kit';
import {
  createMaintenanceAccess,
  MAINTENANCE_LOCKOUT_MS,
  MAINTENANCE_SESSION_IDLE_MS,
} from '../../../../../main/services/maintenance/maintenance-access';

let t: TempDatabase;
let file: string;
let db: Database;
let now: Date;
const hasher = createPasswordHasher(TEST_PASSWORD_HASHING);

const access = () => createMaintenanceAccess({ db, hasher, logger: silentLogger, clock: () => now });

beforeEach(() => {
  t = openTempDatabase('maint-');
  ({ db, file } = t);
  now = new Date('2026-01-05T08:00:00Z');
});
afterEach(() => {
  // A test may reopen the file: close whichever connection is current before the folder goes.
  db.close();
  t.close();
});

describe('maintenance PIN', () => {
  it('stores only an argon2id hash of the PIN, and re-configuring the same PIN keeps it', async () => {
    const a = access();
    expect(await a.configurePin('4321')).toBe('stored');
    const row = db.prepare('SELECT pin_hash FROM maintenance_access').get() as { pin_hash: string };
    expect(row.pin_hash).toMatch(/^\$argon2id\$/);
    expect(row.pin_hash).not.toContain('4321');
    expect(await a.configurePin('4321')).toBe('unchanged');
    expect(await a.configurePin('98765')).toBe('stored');
  });

  it('an unlock sent while the start-up is still storing a changed PIN checks the new PIN (start-up does not wait for it)', async () => {
    const a = access();
    await a.configurePin('4321');
    const storing = a.configurePin('98765'); // what createMaintenanceWiring starts and no longer awaits
    const withOld = failureOf(a.unlock('c1', '4321'));
    const withNew = a.unlock('c2', '98765');
    expect(await storing).toBe('stored');
    expect((await withOld).code).toBe('unauthorized');
    expect(await withNew).toHaveProperty('expiresAt');
  });

  it('is forbidden while no PIN is configured', async () => {
    expect((await failureOf(access().unlock('c1', '1234'))).code).toBe('forbidden');
  });

  it('counts down the remaining attempts, locks for 15 minutes after 5, and survives a restart', async () => {
    const a = access();
    await a.configurePin('4321');
    for (const left of [4, 3, 2, 1]) {
      const f = await failureOf(a.unlock('c1', '0000'));
      expect(f.code).toBe('unauthorized');
      expect(f.detail).toEqual({ remainingAttempts: left });
    }
    const locked = await failureOf(a.unlock('c1', '0000'));
    expect(locked.code).toBe('locked-out');
    expect(locked.detail).toEqual({ retryAfterSeconds: 900 });
    // Even the right PIN is refused while locked, also by a fresh instance on the same database.
    db.close();
    db = openDatabase(file);
    now = new Date(now.getTime() + 60_000);
    const still = await failureOf(access().unlock('c1', '4321'));
    expect(still.code).toBe('locked-out');
    expect(still.detail).toEqual({ retryAfterSeconds: 840 });
    now = new Date(now.getTime() + MAINTENANCE_LOCKOUT_MS);
    await expect(access().unlock('c1', '4321')).resolves.toHaveProperty('expiresAt');
  });

  it('a right PIN resets the count; the session belongs to one client and ends on idle or exit', async () => {
    const a = access();
    await a.configurePin('4321');
    await failureOf(a.unlock('c1', '1111'));
    await a.unlock('c1', '4321');
    const f = await failureOf(a.unlock('c1', '1111'));
    expect(f.detail).toEqual({ remainingAttempts: 4 });
    await a.unlock('c1', '4321');
    expect(() => a.requireSession('c2')).toThrow(KioskFailure);
    expect(a.requireSession('c1').expiresAt).toBe(new Date(now.getTime() + MAINTENANCE_SESSION_IDLE_MS).toISOString());
    now = new Date(now.getTime() + MAINTENANCE_SESSION_IDLE_MS + 1);
    expect(() => a.requireSession('c1')).toThrow('maintenance session required');
    await a.unlock('c1', '4321');
    a.end('c1');
    expect(() => a.requireSession('c1')).toThrow('maintenance session required');
  });

  it('parallel guesses cannot get past the counter', async () => {
    const a = access();
    await a.configurePin('4321');
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => a.unlock('c1', '0000')));
    const codes = results.map((r) => (r.status === 'rejected' && r.reason instanceof KioskFailure ? r.reason.code : 'ok'));
    expect(codes.filter((c) => c === 'unauthorized')).toHaveLength(4);
    expect(codes.filter((c) => c === 'locked-out')).toHaveLength(4);
  });
});

describe('kiosk settings', () => {
  it('start from the defaults, persist across a reopen, and reject invalid values', () => {
    const store = createKioskSettingsStore(db);
    expect(store.get()).toEqual(DEFAULT_KIOSK_SETTINGS);
    const changed = {
      ...DEFAULT_KIOSK_SETTINGS,
      defaultLocale: 'en' as const,
      idle: { ...DEFAULT_KIOSK_SETTINGS.idle, lookupSeconds: 45 },
    };
    store.save(changed);
    db.close();
    db = openDatabase(file);
    expect(createKioskSettingsStore(db).get()).toEqual(changed);
    expect(() => store.save({ ...changed, idle: { ...changed.idle, lookupSeconds: 5 } })).toThrow();
  });

  it('keeps the valid parts of a damaged stored value', () => {
    db.prepare(`INSERT INTO kiosk_settings (key, value, updated_at) VALUES ('kiosk', ?, 'x')`).run(
      JSON.stringify({ defaultLocale: 'en', idle: 'nonsense', officeName: 'BHXH Quận 1' }),
    );
    const s = createKioskSettingsStore(db).get();
    expect(s.defaultLocale).toBe('en');
    expect(s.officeName).toBe('BHXH Quận 1');
    expect(s.idle).toEqual(DEFAULT_KIOSK_SETTINGS.idle);
  });
});
