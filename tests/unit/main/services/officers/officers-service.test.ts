import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { silentLogger } from '../../../../../main/logging/logger';
import { TEST_PASSWORD_HASHING } from '../../../../../main/services/accounts/password-hasher';
import { verifyAudit } from '../../../../../main/services/audit/audit-log';
import { failureOf } from '../../../../support/service-test-kit';
import { createPasswordHashPool, type PasswordHashPool } from '../../../../../main/services/accounts/password-hash-pool';
import { createOfficersService, OFFICER_BACKOFF, type OfficersService } from '../../../../../main/services/officers/officers-service';

let db: Database;
let now: Date;
let officers: OfficersService;
let pool: PasswordHashPool;
const cryptoRandom = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
const PW = 'canbo-2025-quay1';

beforeEach(async () => {
  db = openDatabase(':memory:');
  now = new Date('2025-03-01T08:00:00Z');
  pool = createPasswordHashPool();
  officers = createOfficersService({
    db,
    clock: () => now,
    random: cryptoRandom,
    logger: silentLogger,
    hashing: TEST_PASSWORD_HASHING,
    hashPool: pool,
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

  it('backs off after 5 wrong passwords: 15 s, doubling, at most 5 minutes; a right password ends the streak', async () => {
    const wrong = () => failureOf(() => officers.signInOfficer({ username: 'lan.nguyen', password: 'wrong-pass-1' }));
    for (let i = 1; i < OFFICER_BACKOFF.free; i++)
      expect(await wrong()).toEqual(expect.objectContaining({ code: 'unauthorized', detail: undefined }));
    expect((await wrong()).detail?.retryAfterSeconds).toBe(15);
    // While it waits, even the right password is refused and nothing is counted.
    expect((await failureOf(() => officers.signInOfficer({ username: 'lan.nguyen', password: PW }))).detail?.retryAfterSeconds).toBe(15);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      advance(5 * 60_000);
      waits.push(Number((await wrong()).detail?.retryAfterSeconds));
    }
    expect(waits).toEqual([30, 60, 120, 240, 300, 300, 300, 300]);
    advance(5 * 60_000);
    await expect(officers.signInOfficer({ username: 'lan.nguyen', password: PW })).resolves.toHaveProperty('token');
    expect((await wrong()).code).toBe('unauthorized');
  });

  it('backs off per station: wrong passwords at one station do not slow the same officer at another', async () => {
    const elsewhere = createOfficersService({
      db,
      clock: () => now,
      random: cryptoRandom,
      logger: silentLogger,
      hashing: TEST_PASSWORD_HASHING,
      stationId: 'counter-2',
    });
    for (let i = 0; i < 12; i++) await failureOf(() => officers.signInOfficer({ username: 'lan.nguyen', password: 'wrong-pass-1' }));
    expect((await failureOf(() => officers.signInOfficer({ username: 'lan.nguyen', password: PW }))).code).toBe('locked-out');
    await expect(elsewhere.signInOfficer({ username: 'lan.nguyen', password: PW })).resolves.toHaveProperty('token');
  });

  it('answers an unknown username exactly like a known one, wrong password and back-off alike, with the same work', async () => {
    const answers = async (username: string) => {
      const out: unknown[] = [];
      for (let i = 0; i < 7; i++) {
        const f = await failureOf(() => officers.signInOfficer({ username, password: 'wrong-pass-1' }));
        out.push({ code: f.code, message: f.message, detail: f.detail });
      }
      return out;
    };
    const before = pool.stats();
    const known = await answers('lan.nguyen');
    const mid = pool.stats();
    const unknown = await answers('khong.ai.ca');
    const after = pool.stats();
    expect(unknown).toEqual(known);
    // One argon2 check per attempt that was not refused by the back-off, a dummy hash for the unknown name.
    expect(mid.verify - before.verify).toBe(5);
    expect(after.burn - mid.burn).toBe(5);
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
