/**
 * The counter's "In thẻ BHYT" panel: which sentence the officer reads for each answer of `card:officerPrint`.
 * Kept apart from officer-store so the mapping can be read (and tested) on its own; the store only calls it.
 */
import type { CardPrintResult } from '../../preload/contract/channels/card';
import { printerFailureOf } from '../../preload/contract/printer-failure-reasons';
import type { PrinterFailure } from '../../preload/contract/printer-failure-reasons';
import type { KioskError } from '../../preload/contract/result';
import type { MessageKey } from '../i18n/i18n';
import type { OfficerMessage } from './officer-message';
import { isInsuranceNumber } from '../../preload/contract/insurance-number';

/** What the panel shows after a print: the host's answer plus the mã số it was for. */
export interface OfficerCardPrinted extends CardPrintResult {
  readonly insuranceNumber: string;
}

/** Whose card a mã số prints (name and birth date as on the card), confirmed by the officer before printing. */
export interface CardHolder {
  readonly insuranceNumber: string;
  readonly fullName: string;
  /** YYYY-MM-DD, or YYYY when only the year is known. */
  readonly dateOfBirth: string;
  readonly copiesPrinted: number;
}

/** Same rule as the contract's `insuranceNumber` schema: exactly 10 digits. */
export { isInsuranceNumber };

/** Spaces and dots are how people copy mã số from paper; the host wants only the digits. */
export const normalizeInsuranceNumber = (s: string): string => s.normalize('NFC').replace(/[\s.]/g, '');

/** What the officer reads for each card printer failure; every one but `missing` says the card was not printed. */
const OFFICER_PRINTER_KEYS: Readonly<Record<PrinterFailure, MessageKey>> = {
  missing: 'officer.card.err.printerMissing',
  failed: 'officer.card.err.printerFailed',
  'queue-stopped': 'officer.card.err.queueStopped',
  'job-pending': 'officer.card.err.jobPending',
  'job-failed': 'officer.card.err.jobFailed',
};

/** The sentence for a failed print (session loss is handled by the store before this). */
export function cardPrintErrorMessage(error: KioskError, insuranceNumber: string): OfficerMessage {
  const reason = error.detail?.reason;
  switch (error.code) {
    case 'not-found':
      return reason === 'no-card'
        ? { key: 'officer.card.err.noCard', params: { n: insuranceNumber } }
        : { key: 'officer.card.err.unknown', params: { n: insuranceNumber } };
    case 'device-unavailable':
      return { key: OFFICER_PRINTER_KEYS[printerFailureOf(reason, 'card') ?? 'failed'] };
    case 'invalid-input':
      return { key: 'officer.card.err.invalid' };
    default:
      return { key: 'officer.card.err.generic' };
  }
}

export const receiptMessageKey = (receipt: CardPrintResult['receipt']): MessageKey => `officer.card.receipt.${receipt}`;
