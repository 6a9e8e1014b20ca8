/**
 * `npm run admin -- create-officer --username U --name "Tên" --role officer|supervisor [--password-stdin]`
 * Creates a counter officer. The password is read from stdin (first line) with --password-stdin, never from the
 * command line (it would land in shell history and `ps`); otherwise one is generated and printed once.
 * Exit codes: 0 created, 1 failure (e.g. username taken), 64 usage error.
 */
import { randomBytes } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import { silentLogger, type Logger } from '../../logging/logger';
import type { PasswordHashingOptions } from '../../services/accounts/password-hasher';
import { generatePassword } from '../../services/accounts/password-policy';
import { createOfficersService, OFFICER_ROLES, type OfficerRole } from '../../services/officers/officers-service';
import { parseFlags, type CommandIo } from './command';

export const CREATE_OFFICER_USAGE =
  'Usage: npm run admin -- create-officer --username <username> --name "<display name>" --role officer|supervisor [--password-stdin]';

export interface CreateOfficerDeps {
  readonly db: Database;
  /** All of stdin as text (only called with --password-stdin). */
  readonly readStdin: () => Promise<string>;
  readonly clock?: () => Date;
  readonly random?: (n: number) => Uint8Array;
  readonly logger?: Logger;
  readonly hashing?: PasswordHashingOptions;
}

const KNOWN = new Set(['username', 'name', 'role', 'password-stdin', 'help']);
const GENERATED_LENGTH = 16;

export async function runCreateOfficer(args: readonly string[], io: CommandIo, deps: CreateOfficerDeps): Promise<number> {
  const { flags, words } = parseFlags(args);
  const usage = (problem: string): number => {
    io.err(`create-officer: ${problem}\n${CREATE_OFFICER_USAGE}`);
    return 64;
  };
  if (flags.has('help')) {
    io.out(CREATE_OFFICER_USAGE);
    return 0;
  }
  const unknown = [...flags.keys()].filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) return usage(`unknown option ${unknown.map((k) => `--${k}`).join(', ')}`);
  if (words.length > 0) return usage(`unexpected argument "${words[0]}"`);
  const text = (name: string): string | null => {
    const v = flags.get(name);
    return typeof v === 'string' && v.trim() !== '' ? v : null;
  };
  const username = text('username');
  const name = text('name');
  const role = text('role');
  if (username === null) return usage('--username is required');
  if (name === null) return usage('--name is required');
  if (role === null) return usage('--role is required');
  if (!(OFFICER_ROLES as readonly string[]).includes(role)) return usage(`--role must be one of ${OFFICER_ROLES.join(', ')}`);
  const stdinFlag = flags.get('password-stdin');
  if (stdinFlag !== undefined && stdinFlag !== true) return usage('--password-stdin takes no value; pipe the password into stdin');

  const random = deps.random ?? ((n: number) => new Uint8Array(randomBytes(n)));
  let password: string;
  let generated = false;
  if (stdinFlag === true) {
    password = ((await deps.readStdin()).split(/\r?\n/)[0] ?? '').normalize('NFC');
    if (password === '') return usage('--password-stdin: stdin was empty');
  } else {
    password = generatePassword(random, GENERATED_LENGTH);
    generated = true;
  }

  const officers = createOfficersService({
    db: deps.db,
    clock: deps.clock ?? (() => new Date()),
    random,
    logger: deps.logger ?? silentLogger,
    ...(deps.hashing === undefined ? {} : { hashing: deps.hashing }),
  });
  try {
    const officer = await officers.createOfficer({ username, displayName: name, role: role as OfficerRole, password, actor: 'admin-cli' });
    io.out(`created ${officer.role} "${officer.username}" (id ${officer.id})`);
    if (generated) io.out(`password (shown once, give it to the officer): ${password}`);
    return 0;
  } catch (error) {
    if (error instanceof KioskFailure) {
      if (error.code === 'invalid-input') return usage(error.message);
      io.err(`create-officer: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
