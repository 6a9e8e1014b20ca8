import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { silentLogger } from '../../../../../main/logging/logger';
import { TEST_PASSWORD_HASHING } from '../../../../../main/services/accounts/password-hasher';
import { createOfficersService } from '../../../../../main/services/officers/officers-service';
import { runCreateOfficer, type CreateOfficerDeps } from '../../../../../main/admin/commands/create-officer';

let db: Database;
let out: string[];
let err: string[];
const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };

beforeEach(() => {
  db = openDatabase(':memory:');
  out = [];
  err = [];
});
afterEach(() => db.close());

const deps = (stdin = ''): CreateOfficerDeps => ({ db, readStdin: () => Promise.resolve(stdin), hashing: TEST_PASSWORD_HASHING });
const signIn = (username: string, password: string) =>
  createOfficersService({
    db,
    clock: () => new Date(),
    random: (n) => new Uint8Array(n).fill(7),
    logger: silentLogger,
    hashing: TEST_PASSWORD_HASHING,
  }).signInOfficer({
    username,
    password,
  });

describe('create-officer', () => {
  it('reads the password from stdin and creates the officer', async () => {
    const code = await runCreateOfficer(
      ['--username', 'lan', '--name', 'Nguyễn Thị Lan', '--role', 'supervisor', '--password-stdin'],
      io,
      deps('mat-khau-rat-dai-2025\n'),
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/created supervisor "lan" \(id 1\)/);
    expect(out.join('\n')).not.toContain('mat-khau');
    await expect(signIn('lan', 'mat-khau-rat-dai-2025')).resolves.toHaveProperty('officer.displayName', 'Nguyễn Thị Lan');
  });

  it('generates a password and prints it once when none is piped in', async () => {
    expect(await runCreateOfficer(['--username=hung', '--name=Trần Văn Hùng', '--role=officer'], io, deps())).toBe(0);
    const line = out.find((l) => l.startsWith('password'));
    const password = /: (\S+)$/.exec(line ?? '')?.[1] ?? '';
    expect(password).toHaveLength(16);
    await expect(signIn('hung', password)).resolves.toHaveProperty('officer.role', 'officer');
  });

  it.each([
    [[], /--username is required/],
    [['--username', 'lan', '--role', 'officer'], /--name is required/],
    [['--username', 'lan', '--name', 'Lan', '--role', 'boss'], /--role must be one of officer, supervisor/],
    [['--username', 'lan', '--name', 'Lan', '--role', 'officer', '--password', 'x'], /unknown option --password/],
    [['--username', 'l!', '--name', 'Lan', '--role', 'officer'], /username/],
  ])('exits 64 with a clear message for %j', async (args, message) => {
    expect(await runCreateOfficer(args, io, deps())).toBe(64);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).toMatch(/Usage: npm run admin -- create-officer/);
  });

  it('rejects empty stdin and a weak password as usage errors, a taken username as failure', async () => {
    const base = ['--username', 'lan', '--name', 'Lan', '--role', 'officer', '--password-stdin'];
    expect(await runCreateOfficer(base, io, deps(''))).toBe(64);
    expect(await runCreateOfficer(base, io, deps('short1'))).toBe(64);
    expect(await runCreateOfficer(base, io, deps('mat-khau-rat-dai-2025'))).toBe(0);
    expect(await runCreateOfficer(base, io, deps('mat-khau-rat-dai-2025'))).toBe(1);
    expect(err.at(-1)).toMatch(/already exists/);
  });
});
