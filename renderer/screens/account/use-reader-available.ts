import { readerAvailable, useDeviceStatus } from '../../state/use-device-status';

/**
 * False while the code reader is unplugged or failed, so the card sign-in can say so instead of
 * waiting for a card that can never be read. Unknown (still loading) counts as available.
 */
export function useReaderAvailable(): boolean {
  return readerAvailable(useDeviceStatus());
}
