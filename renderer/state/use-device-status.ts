import { useEffect, useState } from 'react';
import type { DevicesStatus } from '../../preload/contract/channels/devices';
import { useApp } from './store-context';

/**
 * The reader's and the receipt printer's state, live (`devices:changed`), for every citizen screen that depends on
 * them. Null until the host answered: screens treat unknown as available, so a slow answer never hides a button.
 */
export function useDeviceStatus(): DevicesStatus | null {
  const api = useApp((s) => s.api);
  const [status, setStatus] = useState<DevicesStatus | null>(null);
  useEffect(() => {
    let live = true;
    let heard = false;
    const off = api.devices.onChanged((s) => {
      heard = true;
      setStatus(s);
    });
    void api.devices.status({}).then((r) => {
      // An event that arrived meanwhile is newer than this answer.
      if (live && r.ok && !heard) setStatus(r.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return status;
}

/** Why the receipt printer cannot print now, or null when it can (or its state is not known yet). */
export type PrinterProblem = 'paper-out' | 'cover-open' | 'offline';

export function printerProblem(status: DevicesStatus | null): PrinterProblem | null {
  if (status === null) return null;
  if (status.mode === 'none') return 'offline';
  const p = status.printer;
  if (p.paper === 'out') return 'paper-out';
  if (p.cover === 'open') return 'cover-open';
  if (p.status === 'absent' || p.status === 'error' || p.online === false) return 'offline';
  return null;
}

/** Whether the code reader can read a card now; unknown counts as available. */
export function readerAvailable(status: DevicesStatus | null): boolean {
  if (status === null) return true;
  return status.mode !== 'none' && status.reader.status !== 'absent' && status.reader.status !== 'error';
}
