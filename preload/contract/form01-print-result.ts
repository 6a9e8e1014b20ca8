/**
 * What a Form 01 print answers, at the kiosk (registration:printForm) and at the counter (officer:printForm). Printer
 * failures are 'device-unavailable' with a PrinterFailureReason ('document-printer-missing' | 'document-printer-failed'
 * | 'document-printer-queue-stopped' | 'document-printer-job-pending' | 'document-printer-job-failed',
 * printer-failure-reasons.ts); success means CUPS reported the job completed.
 */
import { z } from 'zod';

export const form01PrintResultSchema = z.object({
  registrationCode: z.string(),
  /** 1 for the first paper copy of this registration's form, 2 and up after that. */
  copyNumber: z.number().int().positive(),
  /** 'cups:<queue>' / 'electron:<printer>'. */
  destination: z.string(),
});
export type Form01PrintResult = z.infer<typeof form01PrintResultSchema>;
