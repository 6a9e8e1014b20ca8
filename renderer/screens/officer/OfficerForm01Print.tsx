/**
 * "In tờ khai 01" on the registration detail at the counter: the open registration's Form 01 to the office's A4
 * document printer, for a citizen who came without the paper form. The host checks the officer session and audits
 * the print with the officer as actor; a lost session goes back to sign-in through the store.
 */
import { useId, useState } from 'react';
import type { Form01PrintResult } from '../../../preload/contract/form01-print-result';
import { printerFailureOf } from '../../../preload/contract/printer-failure-reasons';
import type { PrinterFailure } from '../../../preload/contract/printer-failure-reasons';
import type { KioskError } from '../../../preload/contract/result';
import type { MessageKey } from '../../i18n/i18n';
import { errorKey } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import styles from './Officer.module.css';

/** What the officer reads for each document printer failure; every one but `missing` says the form was not printed. */
const OFFICER_PRINTER_KEYS: Readonly<Record<PrinterFailure, MessageKey>> = {
  missing: 'form01print.officer.noPrinter',
  failed: 'form01print.officer.failed',
  'queue-stopped': 'form01print.officer.queueStopped',
  'job-pending': 'form01print.officer.jobPending',
  'job-failed': 'form01print.officer.jobFailed',
};

function errorMessageKey(error: KioskError): MessageKey {
  if (error.code === 'device-unavailable') {
    return OFFICER_PRINTER_KEYS[printerFailureOf(error.detail?.reason, 'document') ?? 'failed'];
  }
  if (error.code === 'not-found') return 'form01print.officer.gone';
  return errorKey(error.code);
}

export function OfficerForm01Print() {
  const t = useOfficerT();
  const printForm = useOfficer((s) => s.printForm);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; value: Form01PrintResult } | { ok: false; error: KioskError } | null>(null);
  const titleId = useId();

  const print = async () => {
    setBusy(true);
    setOutcome(null);
    const r = await printForm();
    setBusy(false);
    if (r !== null) setOutcome(r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error });
  };

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-testid="officer-form01-print">
      <h3 className={styles.h3} id={titleId}>
        {t('form01print.officer.title')}
      </h3>
      <p className={styles.muted}>{t('form01print.officer.hint')}</p>
      <Button onClick={() => void print()} disabled={busy} testId="officer-form01-print-button">
        {busy ? t('form01print.busy') : t('form01print.button')}
      </Button>
      {outcome?.ok === true ? (
        <div className={styles.info} role="status" data-testid="officer-form01-outcome" data-copy={outcome.value.copyNumber}>
          {t('form01print.officer.done', {
            code: outcome.value.registrationCode,
            copy: outcome.value.copyNumber,
            destination: outcome.value.destination,
          })}
        </div>
      ) : null}
      {outcome?.ok === false ? (
        <div className={styles.alert} role="alert" data-testid="officer-form01-error">
          {t(errorMessageKey(outcome.error))}
        </div>
      ) : null}
    </section>
  );
}
