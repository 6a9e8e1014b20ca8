/** The sentence for a failed lookup: the scan-specific refusals get their own, everything else the generic one. */
import type { KioskError } from '../../preload/contract/result';
import { errorKey } from './i18n';
import type { MessageKey } from './i18n';

export function lookupErrorKey(e: KioskError): MessageKey {
  if (e.detail?.reason === 'wrong-card-type') return 'card.err.wrongCardType';
  if (e.detail?.reason === 'no-card-scan') return 'card.err.noCardScan';
  return errorKey(e.code);
}
