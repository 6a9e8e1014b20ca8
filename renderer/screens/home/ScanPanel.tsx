import styles from './ScanPanel.module.css';
import { ScanFields, scanErrorText } from './ScanField';
import { Button } from '../../ui/Button';
import { useApp, useT } from '../../state/store-context';

/** What the reader last read, kept in the citizen state so an idle reset wipes it. */
export function ScanPanel() {
  const t = useT();
  const scan = useApp((s) => s.citizen.scan);
  const clearScan = useApp((s) => s.clearScan);
  const lookupScannedCard = useApp((s) => s.lookupScannedCard);
  if (scan === null) return null;
  return (
    <section
      className={`${styles.panel} ${scan.ok ? '' : styles.error}`}
      aria-labelledby="scan-title"
      aria-live="polite"
      data-testid="scan-panel"
    >
      <h3 id="scan-title" className={styles.title}>
        {scan.ok ? t('scan.title') : t('scan.errorTitle')}
      </h3>
      {scan.ok ? (
        <ScanFields code={scan.code} t={t} className={styles.fields} />
      ) : (
        <p className={styles.message} role="alert" data-testid="scan-error">
          {scanErrorText(t, scan.error)}
        </p>
      )}
      <div className={styles.actions}>
        {scan.ok && scan.code.kind === 'cccd' ? (
          <Button primary onClick={() => void lookupScannedCard()} testId="scan-lookup">
            {t('lookup.scanned.button')}
          </Button>
        ) : null}
        <Button onClick={clearScan} testId="scan-close">
          {t('scan.close')}
        </Button>
      </div>
    </section>
  );
}
