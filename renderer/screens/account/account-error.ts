/** Turns a failed account/records call into one sentence, with the numbers the host sent (attempts, minutes, seconds). */
import type { KioskError } from '../../../preload/contract/result';
import { errorKey } from '../../i18n/i18n';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { waitText } from '../../lib/wait-text';

export type ErrorContext = 'password' | 'otp' | 'change' | 'card' | 'records';

const num = (e: KioskError, key: string): number => {
  const v = e.detail?.[key];
  return typeof v === 'number' ? v : 0;
};

const PASSWORD_PROBLEMS: Readonly<Record<string, MessageKey>> = {
  'too-short': 'account.err.pw.too-short',
  'too-long': 'account.err.pw.too-long',
  'needs-letter-and-digit': 'account.err.pw.needs-letter-and-digit',
  'same-as-old': 'account.err.pw.same-as-old',
  'repeat-mismatch': 'account.err.pw.repeat-mismatch',
};

/** A password change fails on its OTP or on the current password, both 'unauthorized': the host's message tells them apart. */
export function wrongOtpInChange(e: KioskError, context: ErrorContext): boolean {
  return context === 'change' && e.message.includes('code');
}

export function accountErrorText(t: Translate, e: KioskError, context: ErrorContext): string {
  switch (e.code) {
    case 'locked-out':
      return context === 'otp' || wrongOtpInChange(e, context)
        ? t('account.err.otpLocked')
        : t('account.err.lockedOut', { minutes: Math.max(1, Math.ceil(num(e, 'retryAfterSeconds') / 60)) });
    case 'unauthorized':
      if (e.detail?.reason === 'signed-in-elsewhere') return t('session.ended.elsewhere');
      if (e.detail?.remainingAttempts === undefined) return t('account.err.sessionEnded');
      // A wrong OTP and a wrong password both say "unauthorized": the message tells them apart.
      if (context === 'otp' || wrongOtpInChange(e, context)) return t('account.err.wrongOtp', { n: num(e, 'remainingAttempts') });
      // Signed in already: only the current password can be wrong, not the mã số.
      if (context === 'change') return t('account.err.wrongCurrentPassword', { n: num(e, 'remainingAttempts') });
      return t('account.err.wrongPassword', { n: num(e, 'remainingAttempts') });
    case 'expired':
      if (e.detail?.reason === 'no-card-scan') return t('card.err.noCardScan');
      if (e.detail?.reason === 'session-expired') return t('session.ended.expired');
      return t('account.err.otpExpired');
    case 'rate-limited':
      // A station or account limit (issue #14) names its limit; the OTP service's own resend cooldown does not.
      if (e.detail?.limit !== undefined) return waitText(t, num(e, 'retryAfterSeconds'));
      return t('account.err.resendWait', { seconds: num(e, 'retryAfterSeconds') });
    case 'unsupported-code':
      return t('card.err.wrongCardType');
    case 'conflict':
      // Only reached without a code to confirm with (no registered phone): the OTP step shows the warning otherwise.
      if (e.detail?.reason === 'signed-in-elsewhere') {
        return e.detail.otpSent === true || e.detail.codeStillValid === true
          ? t('account.elsewhere.warning')
          : t('account.elsewhere.noPhone');
      }
      return t(errorKey(e.code));
    case 'not-found':
      return context === 'card' ? t('account.err.noAccount') : t('records.empty');
    case 'forbidden':
      if (e.detail?.reason === 'no-registered-phone') return t('account.err.noPhone');
      return t('account.err.mustChange');
    case 'invalid-input': {
      const reason = e.detail?.reason;
      const key = typeof reason === 'string' ? PASSWORD_PROBLEMS[reason] : undefined;
      if (key !== undefined) return t(key);
      if (e.detail?.path === 'insuranceNumber') return t('account.err.insuranceNumber');
      if (e.detail?.path === 'idNumber') return t('account.err.idNumber');
      if (e.detail?.path === 'code' || e.detail?.path === 'otp' || e.detail?.field === 'otp') return t('account.err.otpFormat');
      return t('error.invalid-input');
    }
    default:
      return t(errorKey(e.code));
  }
}
