/**
 * BHYT card preview and printing. `card:preview` and `card:print` need a signed-in citizen visit on the calling
 * client (their own card only); `card:officerPrint` needs a signed-in officer on the calling client (any card).
 * Failures: 'unauthorized' (detail.reason 'not-signed-in'), 'forbidden' ('not-own-card', or a password change is
 * due), 'not-found' ('no-card'), 'device-unavailable' (a PrinterFailureReason: 'card-printer-missing' | 'card-printer-failed'
 * | 'card-printer-queue-stopped' | 'card-printer-job-pending' | 'card-printer-job-failed', ../printer-failure-reasons.ts).
 * A print answers success only once CUPS reports the card's job completed.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { empty, insuranceNumber } from '../schemas';

export const cardPrintResultSchema = z.object({
  /** 1 = first print; 2 and up = reprints (marked on the card and the receipt). */
  copyNumber: z.number().int().min(1),
  reprint: z.boolean(),
  /** 'cups:<queue>' or 'electron:<printer>'. */
  destination: z.string(),
  /** Where the citizen collects the printed card. */
  collectAt: z.string(),
  /** The slip on the receipt printer. */
  receipt: z.enum(['printed', 'paper-out', 'printer-problem', 'no-receipt-printer']),
});
export type CardPrintResult = z.infer<typeof cardPrintResultSchema>;

export const cardInvoke = {
  'card:preview': invoke(
    empty,
    z.object({ path: z.string().startsWith('/card-preview/') }),
    'The signed-in citizen’s card as a PDF preview: a URL path on the host (token required), deleted when the visit ends.',
  ),
  'card:print': invoke(
    z.object({ insuranceNumber: insuranceNumber.optional() }).strict(),
    cardPrintResultSchema,
    'Prints the signed-in citizen’s own card at the counter printer and a receipt; copy ≥ 2 is a marked reprint.',
  ),
  'card:officerHolder': invoke(
    z.object({ insuranceNumber }).strict(),
    z.object({ fullName: z.string(), dateOfBirth: z.string(), copiesPrinted: z.number().int().min(0) }),
    'Officer: whose card a mã số prints (name and birth date as on the card), so the officer confirms before printing.',
  ),
  'card:officerPrint': invoke(
    z.object({ insuranceNumber }).strict(),
    cardPrintResultSchema,
    'Officer: prints or reprints any card by mã số (audited with the copy number).',
  ),
} as const;
