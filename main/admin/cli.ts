/**
 * `npm run admin -- <command> [options]`: the office administrator's command line (process entry: admin-main.ts).
 * Messages in English; exit codes: 0 ok, 1 failure, 2 rejected input (e.g. a bad code), 64 usage error.
 */
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
