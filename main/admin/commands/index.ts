/** Every admin command, by name. `help` is built from these summaries. */
import type { AdminCommand } from './command';
import { parseCodeCommand } from './parse-code';

export const commands: Readonly<Record<string, AdminCommand>> = {
  'parse-code': parseCodeCommand,
};
