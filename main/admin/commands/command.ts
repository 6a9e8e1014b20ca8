/** One admin command: a summary line for `help` and a run function returning the exit code. */
export interface CommandIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

export interface AdminCommand {
  readonly summary: string;
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** Reads `--flag value` / `--flag=value` pairs and bare words; unknown flags are reported by the caller. */
export function parseFlags(args: readonly string[]): { flags: Map<string, string | true>; words: string[] } {
  const flags = new Map<string, string | true>();
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('--')) {
      words.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
    else {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        flags.set(a.slice(2), next);
        i++;
      } else flags.set(a.slice(2), true);
    }
  }
  return { flags, words };
}
