/**
 * Stand-ins for the CUPS tools the printers use after `lp` (`lpstat -H`, `ipptool`, `cancel`), written into a `bin`
 * folder that tests put first on PATH beside their fake `lp`. Every job reads as completed on an idle queue, unless
 * the file `queue-stopped` exists in `stateDir`: then every job waits on a stopped queue, as after `cupsdisable`.
 * `cancel` appends the job it was given to `stateDir/cancelled`. Real CUPS states: lp-card-printer.cups.test.ts.
 */
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FakeCupsStatus {
  /** While stopped, every job is pending on a stopped queue. */
  stop(stopped: boolean): void;
  /** The job ids `cancel` was called with ("QUEUE-N"), in order. */
  cancelled(): string[];
}

export function installFakeCupsStatus(bin: string, stateDir: string): FakeCupsStatus {
  const tool = (name: string, lines: readonly string[]): void => {
    writeFileSync(join(bin, name), ['#!/bin/sh', ...lines, ''].join('\n'));
    chmodSync(join(bin, name), 0o755);
  };
  const flag = join(stateDir, 'queue-stopped');
  tool('lpstat', ['echo "localhost:631"']);
  tool('ipptool', [
    `if [ -e "${flag}" ]; then printf 'job-state\\npending\\nprinter-state\\nstopped\\n';`,
    `else printf 'job-state\\ncompleted\\nprinter-state\\nidle\\n'; fi`,
  ]);
  tool('cancel', [`echo "$1" >> "${join(stateDir, 'cancelled')}"`]);
  return {
    stop: (stopped) => (stopped ? writeFileSync(flag, '') : rmSync(flag, { force: true })),
    cancelled: () => {
      const file = join(stateDir, 'cancelled');
      return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
    },
  };
}
