/**
 * Process entry of the admin CLI, built to out/main/admin.js (`npm run admin -- …`; `npm run admin:dev -- …` runs this
 * file from source with tsx). The commands themselves are in cli.ts, which tests import without running anything.
 */
import { runAdmin } from './cli';

runAdmin(
  process.argv.slice(2),
  (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`admin: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
