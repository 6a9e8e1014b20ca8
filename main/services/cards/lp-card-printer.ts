/**
 * Sends a card PDF to a CUPS queue with `lp -d QUEUE FILE` (Linux counters). lp returns once CUPS has spooled the
 * job, so paper problems of the card printer show up in CUPS, not here; what we can tell the officer is that lp is
 * missing, the queue is unknown, or lp failed. The same code drives the office's A4 document printer (Form 01):
 * `purpose: 'document'` asks CUPS for A4 paper and names its own failure reasons.
 */
import { execFile } from 'node:child_process';
import { KioskFailure } from '../../../preload/contract/result';

export interface PdfPrinter {
  /** For the audit log and the receipt: 'cups:<queue>' / 'electron:<printer>'. Never personal data. */
  readonly destination: string;
  /** Prints the PDF file; throws KioskFailure('device-unavailable', …, { reason }) when it could not. */
  print(pdfFile: string): Promise<void>;
}

/** The card printer and the document printer are the same kind of thing: a PDF goes in, paper comes out. */
export type CardPrinter = PdfPrinter;

/** 'card': CR80 (ID-1) cards; 'document': A4 documents such as Form 01. */
export type PrinterPurpose = 'card' | 'document';

/**
 * The card's paper for CUPS: a CR80/ID-1 card (53.98 × 85.6 mm) named as a custom size, fed short edge first as card
 * printers do, and the landscape card PDF turned onto it (orientation-requested=4, landscape). Without these a queue
 * whose default is A4 printed the card rotated in the middle of a page.
 */
export const CARD_LP_OPTIONS: readonly string[] = ['-o', 'media=Custom.53.98x85.6mm', '-o', 'orientation-requested=4'];

const LP_TIMEOUT_MS = 30_000;

export function createLpCardPrinter(options: {
  readonly queue: string;
  readonly command?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly purpose?: PrinterPurpose;
}): PdfPrinter {
  const command = options.command ?? 'lp';
  const purpose = options.purpose ?? 'card';
  const what = purpose === 'card' ? 'the card' : 'the document';
  return {
    destination: `cups:${options.queue}`,
    print: (pdfFile) =>
      new Promise<void>((resolve, reject) => {
        // The job title is fixed: CUPS keeps titles in its job history, so no name or number goes there.
        const args =
          purpose === 'card'
            ? ['-d', options.queue, ...CARD_LP_OPTIONS, '-t', 'bhyt-card', pdfFile]
            : ['-d', options.queue, '-o', 'media=A4', '-t', 'bhxh-document', pdfFile];
        execFile(command, args, { timeout: LP_TIMEOUT_MS, env: options.env ?? process.env }, (error) => {
          if (error === null) return resolve();
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            reject(
              new KioskFailure('device-unavailable', 'lp (CUPS) is not installed on this computer', {
                reason: `${purpose}-printer-missing`,
              }),
            );
          } else {
            const exit = typeof code === 'number' ? code : error.killed ? 'timeout' : 'unknown';
            reject(
              new KioskFailure('device-unavailable', `lp could not queue ${what} (exit ${exit})`, {
                reason: `${purpose}-printer-failed`,
              }),
            );
          }
        });
      }),
  };
}
