/**
 * What a citizen screen says when a device it depends on cannot work right now: in Vietnamese (or English), what is
 * not available and what to do instead. Nothing is shown while the devices are fine or their state is not known yet.
 */
import notice from '../../ui/Notice.module.css';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../state/store-context';
import { printerProblem, readerAvailable } from '../../state/use-device-status';
import type { PrinterProblem } from '../../state/use-device-status';
import type { DevicesStatus } from '../../../preload/contract/channels/devices';

const PRINTER_KEY = {
  'paper-out': 'devices.citizen.printer.paper-out',
  'cover-open': 'devices.citizen.printer.cover-open',
  offline: 'devices.citizen.printer.offline',
} as const satisfies Record<PrinterProblem, MessageKey>;

export function ReaderNotice({ status, instead }: { readonly status: DevicesStatus | null; readonly instead: MessageKey }) {
  const t = useT();
  if (readerAvailable(status)) return null;
  return (
    <p className={notice.warn} role="status" data-testid="reader-notice">
      {t('devices.citizen.readerDown')} {t(instead)}
    </p>
  );
}

export function PrinterNotice({ status, instead }: { readonly status: DevicesStatus | null; readonly instead: MessageKey }) {
  const t = useT();
  const problem = printerProblem(status);
  if (problem === null) return null;
  return (
    <p className={notice.warn} role="status" data-testid="printer-notice" data-problem={problem}>
      {t(PRINTER_KEY[problem])} {t(instead)}
    </p>
  );
}
