/**
 * Sends a card PDF to a CUPS queue with `lp -d QUEUE FILE` (Linux counters), then follows the job in CUPS
 * (follow-cups-job.ts) until it completed: lp's exit 0 only means CUPS spooled it, and a stopped queue keeps it
 * waiting while the console would have said "printed". Success is a completed job only; a stopped queue, a job
 * still waiting at the end of the wait and a job CUPS failed each have their own reason, and such a job is
 * cancelled. The same code drives the office's A4 document printer (Form 01): `purpose: 'document'` asks CUPS for
 * A4 paper and names its own failure reasons.
 */
import { execFile } from 'node:child_process';
import { printerFailureReason } from '../../../preload/contract/printer-failure-reasons';
import type { PrinterFailure, PrinterPurpose } from '../../../preload/contract/printer-failure-reasons';
import { KioskFailure } from '../../../preload/contract/result';
import { followCupsJob, jobIdFromLpOutput } from './follow-cups-job';

export type { PrinterPurpose } from '../../../preload/contract/printer-failure-reasons';

export interface PdfPrinter {
  /** For the audit log and the receipt: 'cups:<queue>' / 'electron:<printer>'. Never personal data. */
  readonly destination: string;
  /**
   * Prints the PDF file and resolves once it is on paper; throws KioskFailure('device-unavailable', …,
   * { reason: PrinterFailureReason }) otherwise.
   */
  print(pdfFile: string): Promise<void>;
}

/** The card printer and the document printer are the same kind of thing: a PDF goes in, paper comes out. */
export type CardPrinter = PdfPrinter;

/**
 * The card's paper for CUPS: a CR80/ID-1 card (53.98 × 85.6 mm) named as a custom size, fed short edge first as card
 * printers do, and the landscape card PDF turned onto it (orientation-requested=4, landscape). Without these a queue
 * whose default is A4 printed the card rotated in the middle of a page.
 */
export const CARD_LP_OPTIONS: readonly string[] = ['-o', 'media=Custom.53.98x85.6mm', '-o', 'orientation-requested=4'];

export const LP_TIMEOUT_MS = 30_000;

/**
 * How long a job may take from lp to "completed" before it is cancelled: a card printer prints a card in 10–30 s
 * (longer with a cleaning cycle first); an office A4 printer may first finish someone else's document.
 */
export const JOB_WAIT_MS: Readonly<Record<PrinterPurpose, number>> = { card: 45_000, document: 60_000 };

/** The `jobWaitMs` option from the configured seconds (`--print-wait`), nothing when unset (the defaults apply). */
export const jobWait = (seconds: number | undefined): { readonly jobWaitMs?: number } =>
  seconds === undefined ? {} : { jobWaitMs: seconds * 1000 };

const OUTCOME_FAILURE = { failed: 'job-failed', 'queue-stopped': 'queue-stopped', pending: 'job-pending', unwatchable: 'failed' } as const;

export function createLpCardPrinter(options: {
  readonly queue: string;
  readonly command?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly purpose?: PrinterPurpose;
  /** How long to follow the job before cancelling it; default JOB_WAIT_MS of the purpose. */
  readonly jobWaitMs?: number;
}): PdfPrinter {
  const command = options.command ?? 'lp';
  const purpose = options.purpose ?? 'card';
  const env = options.env ?? process.env;
  const what = purpose === 'card' ? 'the card' : 'the document';
  const failure = (why: PrinterFailure, message: string): KioskFailure =>
    new KioskFailure('device-unavailable', message, { reason: printerFailureReason(purpose, why) });
  const queueJob = (pdfFile: string): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      // The job title is fixed: CUPS keeps titles in its job history, so no name or number goes there.
      const args =
        purpose === 'card'
          ? ['-d', options.queue, ...CARD_LP_OPTIONS, '-t', 'bhyt-card', pdfFile]
          : ['-d', options.queue, '-o', 'media=A4', '-t', 'bhxh-document', pdfFile];
      execFile(command, args, { timeout: LP_TIMEOUT_MS, env }, (error, stdout) => {
        if (error === null) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') {
          reject(failure('missing', 'lp (CUPS) is not installed on this computer'));
        } else {
          const exit = typeof code === 'number' ? code : error.killed ? 'timeout' : 'unknown';
          reject(failure('failed', `lp could not queue ${what} (exit ${exit})`));
        }
      });
    });
  return {
    destination: `cups:${options.queue}`,
    async print(pdfFile) {
      const stdout = await queueJob(pdfFile);
      const jobId = jobIdFromLpOutput(stdout, options.queue);
      if (jobId === null) throw failure('failed', `lp queued ${what} but named no job to follow`);
      const outcome = await followCupsJob({ queue: options.queue, jobId, env, waitMs: options.jobWaitMs ?? JOB_WAIT_MS[purpose] });
      if (outcome === 'completed') return;
      const messages = {
        failed: `CUPS job ${jobId} for ${what} was cancelled, aborted or stopped with errors`,
        'queue-stopped': `the CUPS queue is stopped; job ${jobId} for ${what} was cancelled`,
        pending: `CUPS job ${jobId} for ${what} had not completed in time and was cancelled`,
        unwatchable: `CUPS job ${jobId} for ${what} could not be followed (ipptool or lpstat missing) and was cancelled`,
      } as const;
      throw failure(OUTCOME_FAILURE[outcome], messages[outcome]);
    },
  };
}
