/**
 * A throwaway CUPS scheduler for tests that print for real: `cupsd -f` with its own cupsd.conf / cups-files.conf in
 * a temporary folder (every root, spool, cache, state and log inside it), listening on a free loopback port only, no
 * authentication from 127.0.0.1, file: devices allowed. Queues are added with lpadmin against that port, and the
 * `env` it answers points lp, lpstat, cancel (CUPS_SERVER) at it, so no system-wide cupsd is needed or touched.
 *
 * Queues print through a PPD whose one filter (`*cupsFilter: application/pdf 0 <script>`) is a script of ours that
 * copies the PDF unchanged to the queue's output file, which is what a test can compare. A raw queue would be
 * simpler, but CUPS 2.4 runs no filter for a raw queue on a file: device and marks the job completed with nothing
 * written; our own script needs no driver package either.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CUPSD = '/usr/sbin/cupsd';

/** Why a real CUPS cannot run here, or null when it can (for `describe.skipIf`). */
export function cupsUnavailable(): string | null {
  for (const tool of [CUPSD, '/usr/sbin/lpadmin', '/usr/sbin/cupsdisable', '/usr/bin/lp', '/usr/bin/lpstat', '/usr/bin/ipptool']) {
    if (!existsSync(tool)) return `${tool} is not installed (apt-get install cups-daemon cups-client cups-ipp-utils)`;
  }
  return null;
}

export interface CupsQueueOptions {
  /** Every job waits on hold until released or cancelled (job-hold-until-default=indefinite). */
  readonly holdJobs?: boolean;
  /** The queue's filter exits 1, so every job stops with errors (job-state processing-stopped). */
  readonly failingFilter?: boolean;
}

export interface CupsServer {
  /** `127.0.0.1:PORT`. */
  readonly server: string;
  /** This process's environment with CUPS_SERVER set to this scheduler. */
  readonly env: NodeJS.ProcessEnv;
  /** Adds an enabled, accepting queue printing to a file; answers that file's path. */
  addQueue(name: string, options?: CupsQueueOptions): Promise<string>;
  /** Runs a CUPS command (lpstat, cupsdisable, cancel…) against this scheduler; answers its stdout. */
  run(command: string, args: readonly string[]): Promise<string>;
  stop(): Promise<void>;
}

const PASS_THROUGH_PPD = (filter: string): string =>
  [
    '*PPD-Adobe: "4.3"',
    '*FormatVersion: "4.3"',
    '*FileVersion: "1.0"',
    '*LanguageVersion: English',
    '*LanguageEncoding: ISOLatin1',
    '*PCFileName: "PASS.PPD"',
    '*Manufacturer: "Test"',
    '*Product: "(Pass-through PDF)"',
    '*ModelName: "Pass-through PDF"',
    '*ShortNickName: "Pass-through PDF"',
    '*NickName: "Pass-through PDF"',
    '*PSVersion: "(3010.000) 0"',
    '*LanguageLevel: "3"',
    '*ColorDevice: False',
    '*DefaultColorSpace: Gray',
    '*FileSystem: False',
    '*Throughput: "1"',
    '*LandscapeOrientation: Plus90',
    '*TTRasterizer: Type42',
    `*cupsFilter: "application/pdf 0 ${filter}"`,
    '*OpenUI *PageSize/Page Size: PickOne',
    '*DefaultPageSize: A4',
    '*PageSize A4/A4: ""',
    '*CloseUI: *PageSize',
    '*OpenUI *PageRegion: PickOne',
    '*DefaultPageRegion: A4',
    '*PageRegion A4/A4: ""',
    '*CloseUI: *PageRegion',
    '*DefaultImageableArea: A4',
    '*ImageableArea A4: "0 0 595 842"',
    '*DefaultPaperDimension: A4',
    '*PaperDimension A4: "595 842"',
    '',
  ].join('\n');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function exec(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, timeout: 15_000 }, (error, stdout, stderr) =>
      error === null ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')}: ${error.message} ${stderr}`)),
    );
  });
}

export async function startCupsServer(): Promise<CupsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-cups-'));
  for (const d of ['spool', 'tmp', 'cache', 'state', 'log', 'ssl']) mkdirSync(join(dir, d));
  const port = await freePort();
  const server = `127.0.0.1:${port}`;
  const open = ['  Order allow,deny', '  Allow from 127.0.0.1'];
  writeFileSync(
    join(dir, 'cupsd.conf'),
    [
      `Listen ${server}`,
      'LogLevel info',
      'Browsing No',
      'BrowseLocalProtocols none',
      'DefaultAuthType None',
      'WebInterface No',
      // Stopped jobs and cancelled ones stay listed, so a test can read their final state.
      'PreserveJobHistory Yes',
      '<Location />',
      ...open,
      '</Location>',
      '<Location /admin>',
      ...open,
      '</Location>',
      '<Policy default>',
      '  <Limit All>',
      ...open,
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
  // cupsd refuses to run filters as root: as root (CI) it drops to the system's lp user, otherwise it runs as us.
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'cups-files.conf'),
    [
      `ServerRoot ${dir}`,
      `RequestRoot ${join(dir, 'spool')}`,
      `TempDir ${join(dir, 'tmp')}`,
      `CacheDir ${join(dir, 'cache')}`,
      `StateDir ${join(dir, 'state')}`,
      `ServerKeychain ${join(dir, 'ssl')}`,
      `ErrorLog ${join(dir, 'log', 'error_log')}`,
      `AccessLog ${join(dir, 'log', 'access_log')}`,
      `PageLog ${join(dir, 'log', 'page_log')}`,
      // Without this cupsd rewrites the system's /run/cups/printcap.
      `Printcap ${join(dir, 'printcap')}`,
      'ServerBin /usr/lib/cups',
      'DataDir /usr/share/cups',
      'FileDevice Yes',
      'Sandboxing Relaxed',
      ...(asRoot ? ['User lp', 'Group lp', 'SystemGroup root'] : []),
      '',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, CUPS_SERVER: server };
  const child: ChildProcess = spawn(CUPSD, ['-f', '-c', join(dir, 'cupsd.conf'), '-s', join(dir, 'cups-files.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const errorLog = (): string => {
    try {
      return readFileSync(join(dir, 'log', 'error_log'), 'utf8')
        .split('\n')
        .slice(-10)
        .join('\n');
    } catch {
      return '';
    }
  };

  const stop = async (): Promise<void> => {
    if (!gone) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  // Ready once lpstat gets an answer from it; cupsd dying first (bad config, port taken) ends the wait at once.
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (gone) {
      await stop();
      throw new Error(`cupsd exited at start: ${stderr} ${errorLog()}`);
    }
    const running = await exec('lpstat', ['-h', server, '-r'], env).catch(() => '');
    if (running.includes('is running')) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`cupsd did not answer within 20 s: ${errorLog()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  const run = (command: string, args: readonly string[]): Promise<string> => exec(command, args, env);
  return {
    server,
    env,
    run,
    async addQueue(name, options = {}) {
      // A CUPS filter gets the document as its 6th argument, or on stdin when there is none.
      const filter = join(dir, `${name}-filter`);
      writeFileSync(
        filter,
        options.failingFilter === true
          ? '#!/bin/sh\necho "ERROR: this test queue fails every job" >&2\nexit 1\n'
          : '#!/bin/sh\nif [ -n "$6" ]; then exec cat "$6"; else exec cat; fi\n',
      );
      chmodSync(filter, 0o755);
      const ppd = join(dir, `${name}.ppd`);
      writeFileSync(ppd, PASS_THROUGH_PPD(filter));
      // cupsd opens a file: device without O_CREAT, so the file has to exist (and be writable by cupsd).
      const out = join(dir, `out-${name}.pdf`);
      writeFileSync(out, '');
      const extra = options.holdJobs === true ? ['-o', 'job-hold-until-default=indefinite'] : [];
      await run('lpadmin', ['-h', server, '-p', name, '-E', '-v', `file://${out}`, '-P', ppd, ...extra]);
      return out;
    },
    stop,
  };
}
