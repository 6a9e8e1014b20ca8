/**
 * `npm run admin -- expire-registrations [--now <ISO instant>] [--data-dir D]`: apply the 10-day rule now (the host
 * also runs it hourly). Registrations not approved within 10 days become 'expired' and lose their personal data.
 * --now is for checking "what would lapse by then" on a copy of the database. Exit 0, or 64 on a usage error.
 */
import { silentLogger } from '../../logging/logger';
import { createRegistrationExpiry } from '../../services/registrations/expire-registrations';
import { parseFlags, type AdminCommand } from './command';
import { takeDataDir, withDatabase } from './with-database';

export const EXPIRE_REGISTRATIONS_USAGE = 'Usage: npm run admin -- expire-registrations [--now <ISO date-time>] [--data-dir <dir>]';

export interface ExpireRegistrationsCommandOptions {
  readonly dataDir: string;
  readonly clock?: () => Date;
}

export function createExpireRegistrationsCommand(options: ExpireRegistrationsCommandOptions): AdminCommand {
  return {
    summary: 'expire Form 01 registrations older than 10 days and erase their personal data',
    async run(args, io) {
      const { dataDir, rest } = takeDataDir(args, options.dataDir);
      const { flags, words } = parseFlags(rest);
      const usage = (problem: string): number => {
        io.err(`expire-registrations: ${problem}\n${EXPIRE_REGISTRATIONS_USAGE}`);
        return 64;
      };
      if (flags.has('help')) {
        io.out(EXPIRE_REGISTRATIONS_USAGE);
        return 0;
      }
      const unknown = [...flags.keys()].filter((k) => k !== 'now');
      if (unknown.length > 0) return usage(`unknown option ${unknown.map((k) => `--${k}`).join(', ')}`);
      if (words.length > 0) return usage(`unexpected argument "${words[0]}"`);
      let now = (options.clock ?? (() => new Date()))();
      const flag = flags.get('now');
      if (flag !== undefined) {
        const parsed = typeof flag === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(flag) ? new Date(flag) : new Date(Number.NaN);
        if (Number.isNaN(parsed.getTime())) return usage('--now must be an ISO date-time, e.g. 2025-03-11T00:00:00Z');
        now = parsed;
      }
      const result = await withDatabase(dataDir, (db) =>
        Promise.resolve(createRegistrationExpiry({ db, logger: silentLogger }).expireRegistrations(now)),
      );
      io.out(`expired ${result.expired} registration(s); erased personal data of ${result.erasedRejected} rejected registration(s)`);
      return 0;
    },
  };
}
