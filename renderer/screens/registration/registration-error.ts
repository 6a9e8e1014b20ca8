/** Maps a Form 01 channel error to the sentence the citizen reads: every refusal says what to do next. */
import type { KioskError } from '../../../preload/contract/result';
import type { MessageKey } from '../../i18n/i18n';

export function registrationErrorKey(error: KioskError): MessageKey {
  const reason = error.detail?.reason;
  // The card refusals come from the host's one "last scanned CCCD" check; their reason, not their code, says which.
  if (reason === 'no-card-scan') return 'reg.error.noCard';
  if (reason === 'wrong-card-type') return 'reg.error.wrongCard';
  switch (error.code) {
    case 'not-found':
      return 'reg.error.unknown';
    case 'invalid-input':
      if (error.detail?.field === 'code') return reason === 'check-symbol' ? 'reg.error.badCheck' : 'reg.error.badCode';
      if (error.detail?.field === 'otp') return 'reg.error.otpWrong';
      return 'reg.error.invalid';
    case 'expired':
      if (reason === 'no-code' || reason === 'expired') return 'reg.error.otpExpired';
      return 'reg.error.expired';
    case 'conflict':
      if (reason === 'already-approved') return 'reg.error.approved';
      if (reason === 'already-rejected') return 'reg.error.rejected';
      if (reason === 'already-checked') return 'reg.error.checked';
      if (reason === 'already-registered') return 'reg.error.alreadyRegistered';
      return 'reg.error.generic';
    case 'unsupported-code':
      return 'reg.error.wrongCard';
    case 'unauthorized':
      return 'reg.error.otpWrong';
    case 'locked-out':
      return 'reg.error.otpLocked';
    case 'rate-limited':
      return 'reg.error.rateLimited';
    case 'printer-not-ready':
      return printerKey(typeof reason === 'string' ? reason : '');
    default:
      return 'reg.error.generic';
  }
}

export function printerKey(reason: string): MessageKey {
  if (reason === 'paper-out') return 'reg.ticket.noPaper';
  if (reason === 'cover-open') return 'reg.ticket.coverOpen';
  return 'reg.ticket.printerDown';
}
