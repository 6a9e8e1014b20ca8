/**
 * "In tờ khai 01" at the kiosk: sends Form 01 to the office's A4 printer. The screen only says which of its own steps
 * the form comes from (just filed / just checked); the host decides which registration that is, so nothing here can
 * print another person's form. The button is offered only where a document printer is configured; without one the
 * citizen is told, in the same words as the slip, that the officer prints the form at the counter.
 */
import { useEffect, useState } from 'react';
import styles from './Registration.module.css';
import own from './Form01Print.module.css';
import { registrationErrorKey } from './registration-error';
import type { Form01PrintResult } from '../../../preload/contract/form01-print-result';
import { printerFailureOf } from '../../../preload/contract/printer-failure-reasons';
import type { PrinterFailure } from '../../../preload/contract/printer-failure-reasons';
import type { KioskError } from '../../../preload/contract/result';
import type { MessageKey } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { useApp, useT } from '../../state/store-context';

/** What the citizen reads for each document printer failure (a failed job reads like any printer problem). */
const KIOSK_PRINTER_KEYS: Readonly<Record<PrinterFailure, MessageKey>> = {
  missing: 'form01print.noPrinter',
  failed: 'form01print.failed',
  'queue-stopped': 'form01print.queueStopped',
  'job-pending': 'form01print.jobPending',
  'job-failed': 'form01print.failed',
};

export function form01PrintErrorKey(error: KioskError): MessageKey {
  const reason = error.detail?.reason;
  if (error.code === 'device-unavailable') return KIOSK_PRINTER_KEYS[printerFailureOf(reason, 'document') ?? 'failed'];
  if (error.code === 'forbidden') return 'form01print.refused';
  if (error.code === 'not-found') return 'form01print.gone';
  return registrationErrorKey(error);
}

/** Whether this computer has a document printer; null until the host answered (nothing is offered meanwhile). */
function useFormPrinter(): boolean | null {
  const api = useApp((s) => s.api);
  const [available, setAvailable] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void api.registration.formPrinter({}).then((r) => {
      // No answer: offer no button (the counter prints the form either way).
      if (live) setAvailable(r.ok && r.value.available);
    });
    return () => {
      live = false;
    };
  }, [api]);
  return available;
}

export function Form01Print({ from, hint }: { readonly from: 'filed' | 'checked'; readonly hint?: MessageKey }) {
  const t = useT();
  const api = useApp((s) => s.api);
  const available = useFormPrinter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; value: Form01PrintResult } | { ok: false; error: KioskError } | null>(null);

  const print = async () => {
    setBusy(true);
    setOutcome(null);
    const r = await api.registration.printForm({ from });
    setBusy(false);
    setOutcome(r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error });
  };

  if (available === null) return null;
  if (!available) {
    return (
      <div className={own.block} data-testid="form01-print-panel" data-printer="none">
        <p className={styles.muted} data-testid="form01-at-counter">
          {t('form01print.atCounter')}
        </p>
      </div>
    );
  }
  return (
    <div className={own.block} data-testid="form01-print-panel" data-printer="document">
      {hint ? <p className={styles.muted}>{t(hint)}</p> : null}
      <div className={styles.actions}>
        <Button onClick={() => void print()} disabled={busy} testId="form01-print">
          {busy ? t('form01print.busy') : t('form01print.button')}
        </Button>
      </div>
      {outcome?.ok === true ? (
        <p className={`${styles.ok} ${own.message}`} role="status" data-testid="form01-print-outcome" data-copy={outcome.value.copyNumber}>
          {t('form01print.done', { code: outcome.value.registrationCode })}
        </p>
      ) : null}
      {outcome?.ok === false ? (
        <p
          // No printer here is not the citizen's problem: a caution that the counter prints it, not an error.
          className={`${outcome.error.detail?.reason === 'document-printer-missing' ? styles.warn : styles.error} ${own.message}`}
          role="alert"
          data-testid="form01-print-error"
          data-reason={String(outcome.error.detail?.reason ?? outcome.error.code)}
        >
          {t(form01PrintErrorKey(outcome.error))}
        </p>
      ) : null}
    </div>
  );
}
