/** English strings of the participation statement print (spread into en.ts). */
import type { statementVi } from './statement-vi';

export const statementEn: Readonly<Record<keyof typeof statementVi, string>> = {
  'statement.print': 'Print the participation history',
  'statement.pdf': 'View as PDF',
  'statement.queued': 'Sent to the printer (job {job}). Please take the slip from the printer.',
  'statement.failed': 'Cannot print right now. Please try again or ask at the counter.',
  'statement.pdfTitle': 'Participation history (PDF)',
} as const;
