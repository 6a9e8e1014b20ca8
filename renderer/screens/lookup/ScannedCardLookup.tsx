import styles from './ScannedCardLookup.module.css';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';

/**
 * "Tra cứu bằng thẻ CCCD": the host looks up the card its own reader scanned, so the screen sends no ID number.
 * Always offered (a citizen may press before scanning: the host then says to scan first).
 */
export function ScannedCardLookup() {
  const t = useT();
  const scan = useApp((s) => s.citizen.scan);
  const lookupScannedCard = useApp((s) => s.lookupScannedCard);
  const card = scan?.ok === true && scan.code.kind === 'cccd' ? scan.code : null;
  return (
    <div className={styles.box} data-testid="scanned-card-lookup">
      <p className={styles.hint}>{t('lookup.scanned.hint')}</p>
      {scan?.ok === true && (scan.code.kind === 'cccd' || scan.code.kind === 'bhyt') ? (
        <p className={styles.read} role="status" data-testid="scanned-card-status">
          {card !== null ? t('account.card.scanned', { name: card.fullName }) : t('account.card.notCccd')}
        </p>
      ) : null}
      <Button onClick={() => void lookupScannedCard()} testId="lookup-scanned-card">
        {t('lookup.scanned.submit')}
      </Button>
    </div>
  );
}
