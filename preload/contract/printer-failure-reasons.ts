/**
 * The `detail.reason` of a 'device-unavailable' failure from the card printer (`card:print`, `card:officerPrint`)
 * and from the A4 document printer (`registration:printForm`, `officer:printForm`). A print is success only once
 * the spooler (CUPS) reports the job completed; each other ending has its own reason, so the screens can say what
 * the officer should do:
 *
 * - `missing`: no printer configured here, or lp (CUPS) is not installed.
 * - `failed`: lp refused the job (unknown queue, CUPS down), or the job could not be followed.
 * - `queue-stopped`: the queue is stopped (cupsdisable, or CUPS stopped it after a printer error); the job was cancelled.
 * - `job-pending`: the job had not completed within the wait (still printing or waiting); it was cancelled.
 * - `job-failed`: CUPS cancelled, aborted or stopped the job with errors.
 */
export const PRINTER_FAILURES = ['missing', 'failed', 'queue-stopped', 'job-pending', 'job-failed'] as const;
export type PrinterFailure = (typeof PRINTER_FAILURES)[number];

/** 'card': the BHYT card printer at the counter; 'document': the office's A4 printer (Form 01). */
export type PrinterPurpose = 'card' | 'document';

export type PrinterFailureReason = `${PrinterPurpose}-printer-${PrinterFailure}`;

export const printerFailureReason = (purpose: PrinterPurpose, failure: PrinterFailure): PrinterFailureReason =>
  `${purpose}-printer-${failure}`;

/** The failure part of a reason such as 'card-printer-queue-stopped', or null for any other reason. */
export function printerFailureOf(reason: unknown, purpose: PrinterPurpose): PrinterFailure | null {
  if (typeof reason !== 'string') return null;
  const prefix = `${purpose}-printer-`;
  const rest = reason.startsWith(prefix) ? reason.slice(prefix.length) : '';
  return (PRINTER_FAILURES as readonly string[]).includes(rest) ? (rest as PrinterFailure) : null;
}
