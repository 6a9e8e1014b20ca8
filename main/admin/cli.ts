/**
 * `npm run admin -- <command> [options]`: the office administrator's command line.
 * Messages in English; exit codes: 0 ok, 1 failure, 2 rejected input (e.g. a bad code), 64 usage error.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from './commands/index';

export async function runAdmin(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    out(helpText());
    return name === undefined ? 64 : 0;
  }
  const command = commands[name];
  if (!command) {
    err(`unknown command "${name}"\n\n${helpText()}`);
    return 64;
  }
  return command.run(args, { out, err });
}

export function helpText(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  const lines = Object.entries(commands).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`);
  return ['usage: npm run admin -- <command> [options]', '', 'commands:', `  ${'help'.padEnd(width)}  show this help`, ...lines, ''].join(
    '\n',
  );
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
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
}
