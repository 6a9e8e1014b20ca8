/** "Vui lòng đợi N giây/phút" for a station or account limit (issues #8, #14): whole minutes once the wait is long. */
import type { Translate } from '../i18n/i18n';

export function waitText(t: Translate, retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return seconds > 90 ? t('limits.waitMinutes', { minutes: Math.ceil(seconds / 60) }) : t('limits.waitSeconds', { seconds });
}
