/** Every admin command, by name. `help` is built from these summaries. */
import { defaultDataDir } from '../../config/app-config';
import type { Database } from '../../db/open-database';
import type { AdminCommand, CommandIo } from './command';
import { createCardPdfCommand } from './card-pdf';
import { createExpireRegistrationsCommand } from './expire-registrations';
import { createImportRegistrationsCommand } from './import-registrations';
import { runCreateOfficer } from './create-officer';
import { createNewsCommands } from './news';
import { parseCodeCommand } from './parse-code';
import { createSeedCommand } from './seed';
import { runReport } from './report';
import { runUnlockOfficer } from './unlock-officer';
import { runVerifyAudit } from './verify-audit';
import { readAllStdin, takeDataDir, withDatabase } from './with-database';

/** The data folder the kiosk uses (KIOSK_DATA_DIR, else the default); commands accept --data-dir too. */
const dataDir = process.env.KIOSK_DATA_DIR ?? defaultDataDir();

/** A command that needs the database: `--data-dir` is taken off before the command sees its arguments. */
const dbCommand = (summary: string, run: (args: string[], io: CommandIo, db: Database) => Promise<number>): AdminCommand => ({
  summary,
  run: (args, io) => {
    const { dataDir: dir, rest } = takeDataDir(args, dataDir);
    return withDatabase(dir, (db) => run(rest, io, db));
  },
});

export const commands: Readonly<Record<string, AdminCommand>> = {
  seed: createSeedCommand({ dataDir }),
  'parse-code': parseCodeCommand,
  ...createNewsCommands({ dataDir }),
  'card-pdf': createCardPdfCommand({ dataDir }),
  'import-registrations': createImportRegistrationsCommand({ dataDir }),
  'expire-registrations': createExpireRegistrationsCommand({ dataDir }),
  'create-officer': dbCommand(
    'create a counter officer account (--username U --name "Tên" --role officer|supervisor [--password-stdin])',
    (args, io, db) => runCreateOfficer(args, io, { db, readStdin: readAllStdin }),
  ),
  'unlock-officer': dbCommand('end an officer lockout after wrong passwords (--username U)', (args, io, db) =>
    runUnlockOfficer(args, io, { db }),
  ),
  report: dbCommand(
    'the office’s day in numbers as CSV: tickets, waiting/service times, ratings, decisions (--date YYYY-MM-DD)',
    (args, io, db) => runReport(args, io, { db }),
  ),
  'verify-audit': dbCommand(
    'verify the hash-chained audit log; says which entry was edited or deleted ([--expect-head SEQ:HASH])',
    (args, io, db) => runVerifyAudit(args, io, { db }),
  ),
};
