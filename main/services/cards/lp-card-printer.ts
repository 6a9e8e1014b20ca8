/**
 * Sends a card PDF to a CUPS queue with `lp -d QUEUE FILE` (Linux counters). lp returns once CUPS has spooled the
 * job, so paper problems of the card printer show up in CUPS, not here; what we can tell the officer is that lp is
 * missing, the queue is unknown, or lp failed.
 */
import { execFile } from 'node:child_process';
import { KioskFailure } from '../../../preload/contract/result';

export interface CardPrinter {
  /** For the audit log and the receipt: 'cups:<queue>' / 'electron:<printer>'. Never personal data. */
  readonly destination: string;
  /** Prints the PDF file; throws KioskFailure('device-unavailable', …, { reason }) when it could not. */
  print(pdfFile: string): Promise<void>;
}

const LP_TIMEOUT_MS = 30_000;

export function createLpCardPrinter(options: {
  readonly queue: string;
  readonly command?: string;
  readonly env?: NodeJS.ProcessEnv;
}): CardPrinter {
  const command = options.command ?? 'lp';
  return {
    destination: `cups:${options.queue}`,
    print: (pdfFile) =>
      new Promise<void>((resolve, reject) => {
        // The job title is fixed: CUPS keeps titles in its job history, so no name or number goes there.
        const args = ['-d', options.queue, '-t', 'bhyt-card', pdfFile];
        execFile(command, args, { timeout: LP_TIMEOUT_MS, env: options.env ?? process.env }, (error) => {
          if (error === null) return resolve();
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            reject(
              new KioskFailure('device-unavailable', 'lp (CUPS) is not installed on this computer', { reason: 'card-printer-missing' }),
            );
          } else {
            const exit = typeof code === 'number' ? code : error.killed ? 'timeout' : 'unknown';
            reject(new KioskFailure('device-unavailable', `lp could not queue the card (exit ${exit})`, { reason: 'card-printer-failed' }));
          }
        });
      }),
  };
}
