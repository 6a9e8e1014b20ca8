/**
 * "Xem bản PDF" and "In thẻ" under the signed-in citizen's card. The preview PDF is fetched from the path the host
 * answers: over HTTP with the per-launch token in the browser host, from app://kiosk under Electron (same path, no
 * token: only the app's own window can reach that scheme). It is drawn in the page by pdf.js (renderer/ui/PdfView.tsx),
 * so it needs no PDF plugin. Printing answers the copy number, and every outcome (printed, reprint N, no card
 * printer, slip printer out of paper) gets its own sentence.
 */
import { useState } from 'react';
import type { CardPrintResult } from '../../../preload/contract/channels/card';
import { printerFailureOf } from '../../../preload/contract/printer-failure-reasons';
import type { KioskError } from '../../../preload/contract/result';
import { hostToken } from '../../bridge/kiosk';
import type { MessageKey } from '../../i18n/i18n';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { PdfView } from '../../ui/PdfView';
import styles from './CardPrint.module.css';

type PrintState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly result: CardPrintResult }
  | { readonly kind: 'failed'; readonly key: MessageKey };

export function printErrorKey(error: KioskError): MessageKey {
  const reason = error.detail?.reason;
  // missing, failed, queue-stopped, job-pending, job-failed: one sentence each (preload/contract/printer-failure-reasons.ts).
  const printer = error.code === 'device-unavailable' ? printerFailureOf(reason, 'card') : null;
  if (printer !== null) return `cardPrint.error.printer-${printer}`;
  if (reason === 'no-card') return 'cardPrint.error.no-card';
  if (error.code === 'unauthorized' || error.code === 'expired') return 'cardPrint.error.signed-out';
  return 'cardPrint.error.generic';
}

async function fetchPreview(path: string): Promise<Uint8Array | null> {
  const token = hostToken();
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const res = await fetch(path, { headers, cache: 'no-store' });
  if (!res.ok || res.headers.get('content-type') !== 'application/pdf') return null;
  return new Uint8Array(await res.arrayBuffer());
}

export function CardPrintActions() {
  const t = useT();
  const api = useApp((s) => s.api);
  const [print, setPrint] = useState<PrintState>({ kind: 'idle' });
  const [preview, setPreview] = useState<Uint8Array | null>(null);
  const [previewBusy, setPreviewBusy] = useState(false);
  const [previewFailed, setPreviewFailed] = useState(false);

  const openPreview = async (): Promise<void> => {
    setPreviewBusy(true);
    setPreviewFailed(false);
    try {
      const r = await api.card.preview({});
      const bytes = r.ok ? await fetchPreview(r.value.path) : null;
      setPreviewFailed(bytes === null);
      setPreview(bytes);
    } catch {
      setPreviewFailed(true);
    } finally {
      setPreviewBusy(false);
    }
  };

  const printCard = async (): Promise<void> => {
    setPrint({ kind: 'busy' });
    const r = await api.card.print({});
    setPrint(r.ok ? { kind: 'done', result: r.value } : { kind: 'failed', key: printErrorKey(r.error) });
  };

  const done = print.kind === 'done' ? print.result : null;
  const slipProblem = done !== null && (done.receipt === 'paper-out' || done.receipt === 'printer-problem') ? done.receipt : null;
  return (
    <div className={styles.box}>
      <p className={styles.hint}>{t('cardPrint.printHint')}</p>
      <div className={styles.actions}>
        <Button onClick={() => void openPreview()} disabled={previewBusy} testId="card-preview">
          {previewBusy ? t('cardPrint.previewBusy') : t('cardPrint.preview')}
        </Button>
        <Button primary onClick={() => void printCard()} disabled={print.kind === 'busy'} testId="card-print">
          {print.kind === 'busy' ? t('cardPrint.printBusy') : t('cardPrint.print')}
        </Button>
      </div>
      <div aria-live="polite">
        {done !== null && (
          <div className={`${styles.outcome} ${slipProblem === null ? styles.ok : styles.warn}`} data-testid="card-print-outcome">
            <p>
              <strong>{done.reprint ? t('cardPrint.reprinted', { copy: done.copyNumber }) : t('cardPrint.printed')}</strong>
            </p>
            <p>{t('cardPrint.collect')}</p>
            {slipProblem !== null && <p>{t(`cardPrint.receipt.${slipProblem}`)}</p>}
          </div>
        )}
      </div>
      {print.kind === 'failed' && (
        <p className={`${styles.outcome} ${styles.error}`} role="alert" data-testid="card-print-error">
          {t(print.key)}
        </p>
      )}
      {previewFailed && (
        <p className={`${styles.outcome} ${styles.error}`} role="alert" data-testid="card-preview-error">
          {t('cardPrint.error.preview')}
        </p>
      )}
      {preview !== null && (
        <div className={styles.backdrop}>
          <div className={styles.dialog} role="dialog" aria-modal="true" aria-labelledby="card-preview-title">
            <div className={styles.dialogHead}>
              <h3 id="card-preview-title" className={styles.dialogTitle}>
                {t('cardPrint.previewTitle')}
              </h3>
              <Button onClick={() => setPreview(null)} testId="card-preview-close">
                {t('cardPrint.close')}
              </Button>
            </div>
            <PdfView className={styles.frame} bytes={preview} title={t('cardPrint.previewFrame')} testId="card-preview-frame" />
          </div>
        </div>
      )}
    </div>
  );
}
