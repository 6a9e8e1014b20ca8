/**
 * Development and test helper: the last OTP sent to a phone, read from the dev SMS sink (the database only has a
 * hash). Never wired to a real gateway.
 */
import type { DevSmsSink } from '../notifications/dev-sms-sink';

export function lastOtpCode(sink: Pick<DevSmsSink, 'lastTo'>, phone: string): string | null {
  const message = sink.lastTo(phone);
  if (message === null) return null;
  return /Mã xác thực BHXH của bạn là (\d{6})\./.exec(message.body)?.[1] ?? null;
}
