import type { form01PrintVi } from './form01-print-vi';

/** English strings of printing Form 01 on the office's A4 printer (spread into en.ts). */
export const form01PrintEn: Readonly<Record<keyof typeof form01PrintVi, string>> = {
  'form01print.button': 'Print Form 01',
  'form01print.busy': 'Sending the form to the printer…',
  'form01print.hintChecked': 'No paper form with you? Print Form 01 here, sign it and hand it in at the counter with your ID card.',
  'form01print.atCounter': 'No paper form with you? No need to print: the officer at the counter prints Form 01 for you to sign.',
  'form01print.done':
    'Form 01 printed (registration code {code}). Please take it from the printer, sign it and hand it in at the counter with your ID card.',
  'form01print.noPrinter':
    'This kiosk has no form printer. No need to print: the officer at the counter will print Form 01 for you to sign when you hand in your application.',
  'form01print.failed':
    'The form printer has a problem, so nothing was printed. Please try again, or the officer at the counter will print it for you.',
  'form01print.queueStopped': 'The form printer is paused, so nothing was printed. The officer at the counter will print Form 01 for you.',
  'form01print.jobPending':
    'The form printer did not finish, so the form was not printed. Please try again, or the officer at the counter will print it for you.',
  'form01print.refused': 'The form cannot be printed from this screen. The officer at the counter will print Form 01 for you.',
  'form01print.gone': 'This registration can no longer be printed (it expired or was deleted).',
  'form01print.officer.title': 'Paper form',
  'form01print.officer.hint':
    'If the citizen has no paper form: print Form 01 on the A4 document printer for them to sign, then scan the QR code on it.',
  'form01print.officer.done': 'Form 01 {code} printed (copy {copy}) on {destination}.',
  'form01print.officer.noPrinter': 'No A4 document printer is configured on this computer (option --document-printer).',
  'form01print.officer.failed': 'The document printer reported an error; the form was not printed. Check the printer and try again.',
  'form01print.officer.queueStopped':
    'The document printer is paused; the job was cancelled and the form was not printed. Check the printer, re-enable the queue, then print again.',
  'form01print.officer.jobPending':
    'The document printer did not finish within the wait; the job was cancelled and the form was not printed. Check the printer, then print again.',
  'form01print.officer.jobFailed':
    'The document printer reported an error; the job was cancelled and the form was not printed. Check the printer, then print again.',
  'form01print.officer.gone': 'This registration has no data left to print (it expired or was deleted).',
};
