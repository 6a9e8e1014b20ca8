/**
 * `npm run admin -- import-registrations <file.jsonl | -> [--data-dir D]`: load Form 01 registrations exported by
 * the portal (format: docs/registrations-import.md). Good lines are imported together; each bad line is reported
 * as "line N: reason" on stderr. Re-running with the same file imports nothing new.
 * Exit codes: 0 all lines fine, 1 some lines rejected (the good ones were still imported), 64 usage, 66 no such file.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { silentLogger } from '../../logging/logger';
import { createRegistrationImporter } from '../../services/registrations/import-registrations';
import { parseFlags, type AdminCommand } from './command';
import { readAllStdin, takeDataDir, withDatabase } from './with-database';

export const IMPORT_REGISTRATIONS_USAGE = 'Usage: npm run admin -- import-registrations <file.jsonl | -> [--data-dir <dir>]';

export interface ImportRegistrationsCommandOptions {
  readonly dataDir: string;
  readonly readStdin?: () => Promise<string>;
  readonly clock?: () => Date;
}

export function createImportRegistrationsCommand(options: ImportRegistrationsCommandOptions): AdminCommand {
  return {
    summary: 'import Form 01 registrations from a JSON-lines file (docs/registrations-import.md)',
    async run(args, io) {
      const { dataDir, rest } = takeDataDir(args, options.dataDir);
      const { flags, words } = parseFlags(rest);
      const usage = (problem: string): number => {
        io.err(`import-registrations: ${problem}\n${IMPORT_REGISTRATIONS_USAGE}`);
        return 64;
      };
      if (flags.has('help')) {
        io.out(IMPORT_REGISTRATIONS_USAGE);
        return 0;
      }
      if (flags.size > 0) return usage(`unknown option ${[...flags.keys()].map((k) => `--${k}`).join(', ')}`);
      const [file, extra] = words;
      if (file === undefined) return usage('the file to import is required');
      if (extra !== undefined) return usage(`unexpected argument "${extra}"`);
      let content: string;
      try {
        content = file === '-' ? await (options.readStdin ?? readAllStdin)() : await readFile(file, 'utf8');
      } catch (error) {
        io.err(`import-registrations: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
        return 66;
      }
      const summary = await withDatabase(dataDir, (db) =>
        Promise.resolve(
          createRegistrationImporter({
            db,
            clock: options.clock ?? (() => new Date()),
            random: (n) => new Uint8Array(randomBytes(n)),
            logger: silentLogger,
          }).importLines(content),
        ),
      );
      for (const e of summary.errors) io.err(`line ${e.line}: ${e.reason}`);
      io.out(
        `imported ${summary.imported}, skipped ${summary.skippedExisting} already imported, rejected ${summary.errors.length} line(s)`,
      );
      return summary.errors.length === 0 ? 0 : 1;
    },
  };
}
