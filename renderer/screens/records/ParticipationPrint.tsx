/**
 * "In bảng quá trình tham gia": the whole history on the receipt printer, and the same statement as an A4 PDF shown in
 * the page (renderer/ui/PdfView.tsx), gone with the screen.
 */
import { useState } from 'react';
import styles from './ParticipationPrint.module.css';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { PdfView } from '../../ui/PdfView';

type PrintState = { readonly kind: 'idle' | 'busy' | 'failed' } | { readonly kind: 'queued'; readonly jobId: number };

export function ParticipationPrint() {
  const t = useT();
  const api = useApp((s) => s.api);
  const [print, setPrint] = useState<PrintState>({ kind: 'idle' });
  const [pdf, setPdf] = useState<Uint8Array | null>(null);
  const [pdfFailed, setPdfFailed] = useState(false);

  const printReceipt = async (): Promise<void> => {
    setPrint({ kind: 'busy' });
    const r = await api.records.printParticipation({});
    setPrint(r.ok ? { kind: 'queued', jobId: r.value.jobId } : { kind: 'failed' });
  };
  const showPdf = async (): Promise<void> => {
    setPdfFailed(false);
    const r = await api.records.participationPdf({});
    if (!r.ok) {
      setPdfFailed(true);
      return;
    }
    setPdf(Uint8Array.from(atob(r.value.pdfBase64), (ch) => ch.charCodeAt(0)));
  };

  return (
    <div className={styles.box}>
      <div className={styles.actions}>
        <Button primary onClick={() => void printReceipt()} disabled={print.kind === 'busy'} testId="participation-print">
          {t('statement.print')}
        </Button>
        <Button onClick={() => void showPdf()} testId="participation-pdf">
          {t('statement.pdf')}
        </Button>
      </div>
      {print.kind === 'queued' ? (
        <p role="status" data-testid="participation-print-status">
          {t('statement.queued', { job: print.jobId })}
        </p>
      ) : null}
      {print.kind === 'failed' || pdfFailed ? (
        <p role="alert" className={styles.error} data-testid="participation-print-error">
          {t('statement.failed')}
        </p>
      ) : null}
      {pdf !== null ? (
        <PdfView className={styles.frame} bytes={pdf} title={t('statement.pdfTitle')} testId="participation-pdf-frame" />
      ) : null}
    </div>
  );
}
