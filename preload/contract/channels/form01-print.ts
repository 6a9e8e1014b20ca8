/**
 * Form 01 on the office's A4 document printer: at the kiosk for the registration this client just filed or just
 * checked against the citizen's own CCCD (the host picks it from its own state; the screen names no registration),
 * and at the counter for the registration the signed-in officer has open. Printer failures are 'device-unavailable'
 * with a PrinterFailureReason ('document-printer-missing' | 'document-printer-failed' | 'document-printer-queue-stopped'
 * | 'document-printer-job-pending' | 'document-printer-job-failed', ../printer-failure-reasons.ts); success means CUPS
 * reported the job completed.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { empty } from '../schemas';

export const form01PrintResultSchema = z.object({
  registrationCode: z.string(),
  /** 1 for the first paper copy of this registration's form, 2 and up after that. */
  copyNumber: z.number().int().positive(),
  /** 'cups:<queue>' / 'electron:<printer>'. */
  destination: z.string(),
});
export type Form01PrintResult = z.infer<typeof form01PrintResultSchema>;

export const form01PrintInvoke = {
  'registration:formPrinter': invoke(
    empty,
    z.object({ available: z.boolean() }),
    'Whether this computer has an A4 document printer for Form 01, so a screen offers "In tờ khai 01" only where it can print.',
  ),
  'registration:printForm': invoke(
    z.object({ from: z.enum(['filed', 'checked']) }).strict(),
    form01PrintResultSchema,
    'Prints Form 01 of the registration this client just filed, or just checked against its own CCCD scan (A4 printer).',
  ),
  'officer:printForm': invoke(
    z.object({ registrationId: z.number().int().min(1) }).strict(),
    form01PrintResultSchema,
    'Prints Form 01 of a registration on the A4 document printer (officer signed in; audited with the officer).',
  ),
} as const;
