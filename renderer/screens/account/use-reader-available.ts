import { useEffect, useState } from 'react';
import { useApp } from '../../state/store-context';

/**
 * False while the code reader is unplugged or failed, so the card sign-in can say so instead of
 * waiting for a card that can never be read. Unknown (still loading) counts as available.
 */
export function useReaderAvailable(): boolean {
  const api = useApp((s) => s.api);
  const [available, setAvailable] = useState(true);
  useEffect(() => {
    let live = true;
    let heard = false;
    const apply = (status: string) => setAvailable(status !== 'absent' && status !== 'error');
    const off = api.devices.onChanged((s) => {
      heard = true;
      apply(s.reader.status);
    });
    void api.devices.status({}).then((r) => {
      // An event that arrived meanwhile is newer than this answer.
      if (live && r.ok && !heard) apply(r.value.reader.status);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return available;
}
