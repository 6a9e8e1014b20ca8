/**
 * `npm run admin -- unlock-officer --username U`
 * Ends an officer's lockout after repeated wrong passwords (the counter console's supervisor panel does the same).
 * Audited as `officer.unlocked` by 'admin-cli'. Exit codes: 0 done (also when no lockout was running), 1 unknown
 * officer, 64 usage error.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/open-database';
import { silentLogger, type Logger } from '../../logging/logger';
import { createOfficersService } from '../../services/officers/officers-service';
import { parseFlags, type CommandIo } from './command';

export const UNLOCK_OFFICER_USAGE = 'Usage: npm run admin -- unlock-officer --username <username>';

export interface UnlockOfficerDeps {
  readonly db: Database;
  readonly clock?: () => Date;
  readonly logger?: Logger;
}

export async function runUnlockOfficer(args: readonly string[], io: CommandIo, deps: UnlockOfficerDeps): Promise<number> {
  const { flags, words } = parseFlags(args);
  const usage = (problem: string): Promise<number> => {
    io.err(`unlock-officer: ${problem}\n${UNLOCK_OFFICER_USAGE}`);
    return Promise.resolve(64);
  };
  if (flags.has('help')) {
    io.out(UNLOCK_OFFICER_USAGE);
    return Promise.resolve(0);
  }
  const unknown = [...flags.keys()].filter((k) => k !== 'username');
  if (unknown.length > 0) return usage(`unknown option ${unknown.map((k) => `--${k}`).join(', ')}`);
  if (words.length > 0) return usage(`unexpected argument "${words[0]}"`);
  const username = flags.get('username');
  if (typeof username !== 'string' || username.trim() === '') return usage('--username is required');

  const officers = createOfficersService({
    db: deps.db,
    clock: deps.clock ?? (() => new Date()),
    random: (n) => new Uint8Array(randomBytes(n)),
    logger: deps.logger ?? silentLogger,
  });
  const id = officers.officerIdOf(username);
  if (id === null) {
    io.err(`unlock-officer: no officer with username "${username.trim().toLowerCase()}"`);
    return Promise.resolve(1);
  }
  const { wasLocked } = await officers.unlockOfficer(id, 'admin-cli');
  io.out(wasLocked ? `unlocked officer id ${id}; they can sign in again` : `officer id ${id} was not locked; failed attempts reset`);
  return Promise.resolve(0);
}
