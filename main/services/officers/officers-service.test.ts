import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/open-database';
import { silentLogger } from '../../logging/logger';
import { TEST_PASSWORD_HASHING } from '../accounts/password-hasher';
import { verifyAudit } from '../audit/audit-log';
import { failureOf } from '../service-test-kit';
import { createOfficersService, type OfficersService } from './officers-service';

let db: Database;
let now: Date;
let officers: OfficersService;
const PW = 'canbo-2025-quay1';

beforeEach(async () => {
  db = openDatabase(':memory:');
  now = new Date('2025-03-01T08:00:00Z');
  officers = createOfficersService({
    db,
    clock: () => now,
    random: (n) => new Uint8Array(randomBytes(n)),
    logger: silentLogger,
    hashing: TEST_PASSWORD_HASHING,
  });
  await officers.createOfficer({
    username: 'Lan.Nguyen',
    displayName: 'Nguyễn Thị Lan',
    role: 'officer',
    password: PW,
    actor: 'admin-cli',
  });
});
afterEach(() => db.close());

const advance = (ms: number): void => {
  now = new Date(now.getTime() + ms);
};

describe('officers', () => {
  it('creates an officer with a normalized username and an argon2id hash', async () => {
    const row = db.prepare('SELECT username, display_name, role, password_hash FROM officers').get() as Record<string, string>;
    expect(row).toMatchObject({ username: 'lan.nguyen', display_name: 'Nguyễn Thị Lan', role: 'officer' });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(
      (await failureOf(() => officers.createOfficer({ username: 'lan.nguyen', displayName: 'X', role: 'officer', password: PW }))).code,
    ).toBe('conflict');
    expect(
      (await failureOf(() => officers.createOfficer({ username: 'ab', displayName: 'X', role: 'officer', password: PW }))).detail?.field,
    ).toBe('username');
    expect(
      (await failureOf(() => officers.createOfficer({ username: 'hung', displayName: 'X', role: 'officer', password: 'short1' }))).detail
        ?.field,
    ).toBe('password');
  });

  it('signs in with a random token stored only as a hash', async () => {
    const s = await officers.signInOfficer({ username: 'LAN.NGUYEN', password: PW });
    expect(s.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(s.officer).toMatchObject({ username: 'lan.nguyen', role: 'officer' });
    const stored = db.prepare('SELECT token_hash FROM officer_sessions').all() as { token_hash: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toBe(s.token);
    expect(officers.getOfficerSession(s.token).officer.displayName).toBe('Nguyễn Thị Lan');
  });

  it('ends a session after 15 minutes without activity; touch extends it', async () => {
    const { token } = await officers.signInOfficer({ username: 'lan.nguyen', password: PW });
    advance(14 * 60_000);
    officers.touch(token);
    advance(14 * 60_000);
    expect(officers.getOfficerSession(token).officer.username).toBe('lan.nguyen');
    advance(60_000);
    expect((await failureOf(() => officers.getOfficerSession(token))).code).toBe('expired');
    expect((await failureOf(() => officers.getOfficerSession(token))).code).toBe('unauthorized');
  });

  it('signs out', async () => {
    const { token } = await officers.signInOfficer({ username: 'lan.nguyen', password: PW });
    expect(officers.signOutOfficer(token)).toBe(true);
    expect(officers.signOutOfficer(token)).toBe(false);
    expect((await failureOf(() => officers.touch(token))).code).toBe('unauthorized');
  });

  it('locks out after 5 wrong passwords for 15 minutes', async () => {
    for (let remaining = 4; remaining >= 1; remaining--) {
      expect(
        (await failureOf(() => officers.signInOfficer({ username: 'lan.nguyen', password: 'wrong-pass-1' }))).detail?.remainingAttempts,
      ).toBe(remaining);
    }
    const locked = await failureOf(() => officers.signInOfficer({ username: 'lan.nguyen', password: 'wrong-pass-1' }));
    expect(locked.code).toBe('locked-out');
    advance(15 * 60_000 - 1000);
    const still = await failureOf(() => officers.signInOfficer({ username: 'lan.nguyen', password: PW }));
    expect(still.detail?.retryAfterSeconds).toBe(1);
    advance(1000);
    await expect(officers.signInOfficer({ username: 'lan.nguyen', password: PW })).resolves.toHaveProperty('token');
  });

  it('treats unknown and disabled officers like wrong passwords, and disabling ends sessions', async () => {
    const unknown = await failureOf(() => officers.signInOfficer({ username: 'nobody', password: PW }));
    expect(unknown.code).toBe('unauthorized');
    const { token, officer } = await officers.signInOfficer({ username: 'lan.nguyen', password: PW });
    officers.setDisabled(officer.id, true, 'officer:99');
    expect((await failureOf(() => officers.getOfficerSession(token))).code).toBe('unauthorized');
    expect((await failureOf(() => officers.signInOfficer({ username: 'lan.nguyen', password: PW }))).message).toBe(unknown.message);
  });

  it('audits creation and sign-in without names', async () => {
    await officers.signInOfficer({ username: 'lan.nguyen', password: PW });
    const rows = db.prepare('SELECT actor, action, subject_ref FROM audit_log ORDER BY seq').all();
    expect(rows).toEqual([
      { actor: 'admin-cli', action: 'officer.created', subject_ref: 'officer:1' },
      { actor: 'officer:1', action: 'officer.signed-in', subject_ref: 'officer:1' },
    ]);
    expect(JSON.stringify(db.prepare('SELECT * FROM audit_log').all())).not.toMatch(/Lan/);
    expect(verifyAudit(db)).toEqual({ ok: true, entries: 2 });
  });
});
