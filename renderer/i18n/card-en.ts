import type { cardVi } from './card-vi';

/** English strings of BHYT card preview and printing (spread into en.ts). */
export const cardEn: Readonly<Record<keyof typeof cardVi, string>> = {
  'cardPrint.preview': 'View PDF',
  'cardPrint.previewBusy': 'Preparing the PDF…',
  'cardPrint.previewTitle': 'Your health insurance card as PDF',
  'cardPrint.previewFrame': 'PDF preview of the health insurance card',
  'cardPrint.close': 'Close',
  'cardPrint.print': 'Print card',
  'cardPrint.printBusy': 'Printing the card…',
  'cardPrint.printHint': 'The card is printed at the counter. After printing, take the slip and collect your card at the counter.',
  'cardPrint.printed': 'Your health insurance card has been printed.',
  'cardPrint.reprinted': 'Your health insurance card has been reprinted (reprint copy {copy}).',
  'cardPrint.collect': 'Please collect your card at the results counter; bring the slip and your citizen ID card.',
  'cardPrint.receipt.paper-out':
    'The slip printer is out of paper, so the collection slip was not printed yet; it will print once paper is refilled. You can still collect the card at the counter; please tell an officer.',
  'cardPrint.receipt.printer-problem':
    'The collection slip could not be printed. You can still collect the card at the counter; please tell an officer.',
  'cardPrint.error.printer-missing': 'No card printer is available here. Please ask an officer at the counter to print your card.',
  'cardPrint.error.printer-failed':
    'The card printer has a problem and the card was not printed. Please try again in a few minutes or ask an officer.',
  'cardPrint.error.printer-queue-stopped':
    'The card printer is paused, so your card was not printed. Please tell an officer at the counter.',
  'cardPrint.error.printer-job-pending':
    'The card printer did not finish in time, so your card was not printed. Please tell an officer at the counter.',
  'cardPrint.error.printer-job-failed':
    'The card printer reported an error, so your card was not printed. Please try again in a few minutes or ask an officer.',
  'cardPrint.error.signed-out': 'Your session has ended. Please sign in again to print your card.',
  'cardPrint.error.no-card': 'There is no health insurance card on record for you, so none can be printed.',
  'cardPrint.error.preview': 'The PDF of the card could not be opened. Please try again.',
  'cardPrint.error.generic': 'The card could not be printed. Please try again or ask an officer at the counter.',
};
