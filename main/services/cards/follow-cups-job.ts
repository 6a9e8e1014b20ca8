/**
 * Follows one CUPS job after `lp` queued it, until CUPS says it completed, failed, or a bounded wait ran out.
 *
 * lp's exit 0 only means CUPS spooled the job: with the queue stopped (cupsdisable, or CUPS stopping it after a
 * printer error) the job just waits, and an officer told "printed" goes looking for a card that never came out.
 *
 * The job's state comes from IPP (`ipptool`, Get-Job-Attributes and Get-Printer-Attributes against the server lp
 * used, from `lpstat -H`), because lpstat cannot tell the three endings apart: `lpstat -W completed` lists cancelled
 * and aborted jobs among the completed ones. A job that cannot end well by itself (the queue stopped while it waits,
 * it stopped with errors, or the wait ran out) is cancelled here: a card that came out later would carry a copy
 * number never recorded, and the officer simply prints again once the printer is back.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** 'completed': on paper. 'failed': CUPS cancelled, aborted or stopped it with errors. 'unwatchable': ipptool missing. */
export type CupsJobOutcome = 'completed' | 'failed' | 'queue-stopped' | 'pending' | 'unwatchable';

export interface FollowCupsJobOptions {
  readonly queue: string;
  readonly jobId: number;
  readonly env: NodeJS.ProcessEnv;
  /** How long the job may take to complete before it is cancelled as 'pending' (or 'queue-stopped'). */
  readonly waitMs: number;
  /** Between two status queries. */
  readonly pollMs?: number;
}

/** The job id in lp's answer: "request id is QUEUE-123 (1 file(s))". Null when lp said something else. */
export function jobIdFromLpOutput(stdout: string, queue: string): number | null {
  const m = /request id is (\S+)-(\d+) /.exec(stdout);
  if (m === null || m[1] !== queue || m[2] === undefined) return null;
  return Number(m[2]);
}

// One DISPLAY per request keeps the CSV output one value per line (several state reasons would bring commas).
const STATUS_TEST = `{
  NAME "job"
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id $job
  ATTR keyword requested-attributes job-state
  STATUS successful-ok
  DISPLAY job-state
}
{
  NAME "printer"
  OPERATION Get-Printer-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR keyword requested-attributes printer-state
  STATUS successful-ok
  DISPLAY printer-state
}
`;

interface Run {
  readonly stdout: string;
  readonly missing: boolean;
  readonly ok: boolean;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: 10_000 }, (error, stdout) =>
      resolve({ stdout, ok: error === null, missing: (error as NodeJS.ErrnoException | null)?.code === 'ENOENT' }),
    );
  });
}

/** The value printed under `name` in ipptool's CSV output ("job-state\ncompleted\n…"). */
function valueAfter(lines: readonly string[], name: string): string | undefined {
  const at = lines.indexOf(name);
  return at < 0 ? undefined : lines[at + 1];
}

/** The IPP address of the queue on the server lp talks to: host:port, or a local socket path. */
async function printerUri(queue: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  const r = await run('lpstat', ['-H'], env);
  const server = r.stdout.trim();
  if (!r.ok || server === '') return null;
  const host = server.startsWith('/') ? encodeURIComponent(server) : server;
  return `ipp://${host}/printers/${encodeURIComponent(queue)}`;
}

export async function followCupsJob(options: FollowCupsJobOptions): Promise<CupsJobOutcome> {
  // ipptool reads its test from a file: Node's child stdin is a socket, which /dev/stdin cannot be opened on.
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-ipp-'));
  const testFile = join(dir, 'job-status.test');
  writeFileSync(testFile, STATUS_TEST, { mode: 0o600 });
  try {
    return await follow(options, testFile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function follow(options: FollowCupsJobOptions, testFile: string): Promise<CupsJobOutcome> {
  const { queue, jobId, env } = options;
  const pollMs = options.pollMs ?? 250;
  const deadline = Date.now() + options.waitMs;
  const uri = await printerUri(queue, env);
  const status = async (): Promise<{ readonly missing: boolean; readonly job?: string; readonly printer?: string }> => {
    if (uri === null) return { missing: true };
    const r = await run('ipptool', ['-c', '-T', '5', '-d', `job=${jobId}`, uri, testFile], env);
    if (!r.ok) return { missing: r.missing };
    const lines = r.stdout.split('\n').map((l) => l.trim());
    const job = valueAfter(lines, 'job-state');
    const printer = valueAfter(lines, 'printer-state');
    return { missing: false, ...(job === undefined ? {} : { job }), ...(printer === undefined ? {} : { printer }) };
  };
  /** Cancels the job; if it completed in the meantime, it is on paper and counts as printed after all. */
  const giveUp = async (outcome: CupsJobOutcome): Promise<CupsJobOutcome> => {
    await run('cancel', [`${queue}-${jobId}`], env);
    return (await status()).job === 'completed' ? 'completed' : outcome;
  };
  let printerStopped = false;
  for (;;) {
    const s = await status();
    if (s.missing) return giveUp('unwatchable');
    // A failed query (scheduler busy or restarting) leaves job undefined and is asked again until the wait is over.
    printerStopped = s.printer === undefined ? printerStopped : s.printer === 'stopped';
    if (s.job === 'completed') return 'completed';
    if (s.job === 'canceled' || s.job === 'aborted') return 'failed';
    // Stopped with errors (a filter or the device failed): it prints only if someone restarts it by hand.
    if (s.job === 'processing-stopped') return giveUp('failed');
    // A stopped queue prints nothing until someone re-enables it: no point in making the officer wait it out.
    if (printerStopped && (s.job === 'pending' || s.job === 'pending-held')) return giveUp('queue-stopped');
    if (Date.now() >= deadline) return giveUp(printerStopped ? 'queue-stopped' : 'pending');
    await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(0, deadline - Date.now()))));
  }
}
