import { KioskFailure } from '../../../preload/contract/result';
import type { DevicesService } from '../../services/devices/devices-service';
import type { ReaderHold } from '../../services/devices/reader-hold';
import type { HandlerMap } from '../dispatcher';

export function deviceHandlers(
  devices: DevicesService,
  hold: Pick<ReaderHold, 'requireHolder'>,
): Pick<HandlerMap, 'devices:status' | 'devices:testPrint' | 'devices:printJob' | 'devices:claim' | 'devices:wedgeScan'> {
  return {
    'devices:wedgeScan': ({ text }, ctx) => {
      // Keystrokes are a scan only where the station's reader is a keyboard wedge: elsewhere a screen could forge a card.
      if (devices.status().reader.transport !== 'keyboard') {
        throw new KioskFailure('forbidden', "this station's reader is not in keyboard mode", { reason: 'reader-not-keyboard' });
      }
      hold.requireHolder(ctx.clientId);
      devices.wedgeScan(text);
      return { accepted: true };
    },
    'devices:claim': (_input, ctx) => {
      hold.requireHolder(ctx.clientId);
      return { holder: true };
    },
    'devices:status': () => devices.status(),
    'devices:testPrint': () => ({ jobId: devices.testPrint() }),
    'devices:printJob': ({ jobId }) => {
      const job = devices.queue.get(jobId);
      if (!job) throw new KioskFailure('not-found', 'no such print job');
      return job;
    },
  };
}
