import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/logging/logger';
import { TEST_PASSWORD_HASHING } from '../../../../../main/services/accounts/password-hasher';
import { verifyAudit } from '../../../../../main/services/audit/audit-log';
import { createOfficersService, OFFICER_BACKOFF, type OfficersService } from '../../../../../main/services/officers/officers-service';
import { cryptoRandom, failureOf, openTempDatabase, type TempDatabase } from '../../../../support/service-test-kit';
import { runUnlockOfficer } from '../../../../../main/admin/commands/unlock-officer';

const PW = 'canbo-2025-quay1';
let t: TempDatabase;
let officers: OfficersService;
let out: string[];
let err: string[];
const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };

beforeEach(async () => {
  t = openTempDatabase('kiosk-unlock-');
  officers = createOfficersService({
    db: t.db,
    clock: () => new Date(),
    random: cryptoRandom,
    logger: silentLogger,
    hashing: TEST_PASSWORD_HASHING,
  });
  await officers.createOfficer({ username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'officer', password: PW });
  out = [];
  err = [];
});
afterEach(() => t.close());

describe('unlock-officer', () => {
  it('ends a back-off so the officer can sign in, audited as admin-cli', async () => {
    for (let i = 0; i < OFFICER_BACKOFF.free; i++)
      await failureOf(officers.signInOfficer({ username: 'lan.nguyen', password: 'sai-1234567' }));
    expect((await failureOf(officers.signInOfficer({ username: 'lan.nguyen', password: PW }))).code).toBe('locked-out');

    expect(await runUnlockOfficer(['--username', 'Lan.Nguyen'], io, { db: t.db })).toBe(0);
    expect(out).toEqual(['unlocked officer id 1; they can sign in again']);
    await expect(officers.signInOfficer({ username: 'lan.nguyen', password: PW })).resolves.toHaveProperty(
      'officer.username',
      'lan.nguyen',
    );
    const row = t.db.prepare("SELECT actor, subject_ref FROM audit_log WHERE action = 'officer.unlocked'").get();
    expect(row).toEqual({ actor: 'admin-cli', subject_ref: 'officer:1' });
    expect(verifyAudit(t.db).ok).toBe(true);
  });

  it('says when nothing was locked, and fails clearly for unknown officers and bad usage', async () => {
    expect(await runUnlockOfficer(['--username=lan.nguyen'], io, { db: t.db })).toBe(0);
    expect(out.at(-1)).toMatch(/was not locked/);
    expect(await runUnlockOfficer(['--username', 'khong.co'], io, { db: t.db })).toBe(1);
    expect(err.at(-1)).toBe('unlock-officer: no officer with username "khong.co"');
    expect(await runUnlockOfficer([], io, { db: t.db })).toBe(64);
    expect(err.at(-1)).toMatch(/--username is required\nUsage: npm run admin -- unlock-officer/);
    expect(await runUnlockOfficer(['--username', 'lan.nguyen', '--force'], io, { db: t.db })).toBe(64);
    expect(err.at(-1)).toMatch(/unknown option --force/);
  });
});
