import styles from './LookupScreen.module.css';
import { LookupForm } from './LookupForm';
import type { MaskedPerson } from '../../../preload/contract/channels/lookup';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { waitText } from '../../lib/wait-text';
import { ScannedCardLookup } from './ScannedCardLookup';

function MatchView({ m }: { readonly m: MaskedPerson }) {
  const t = useT();
  return (
    <dl className={styles.match} data-testid="lookup-match">
      <dt>{t('lookup.result.insuranceNumber')}</dt>
      <dd className={styles.number} data-testid="insurance-number">
        {m.insuranceNumber}
      </dd>
      <dt>{t('lookup.result.name')}</dt>
      <dd>{m.maskedName}</dd>
      <dt>{t('lookup.result.birthYear')}</dt>
      <dd>{m.birthYear}</dd>
      {m.maskedIdNumber ? (
        <>
          <dt>{t('lookup.result.idNumber')}</dt>
          <dd>{m.maskedIdNumber}</dd>
        </>
      ) : null}
      {m.provinceName ? (
        <>
          <dt>{t('lookup.result.province')}</dt>
          <dd>{m.provinceName}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function LookupScreen() {
  const t = useT();
  const lookup = useApp((s) => s.citizen.lookup);
  const editLookup = useApp((s) => s.editLookup);

  return (
    <section aria-labelledby="lookup-title">
      <h2 id="lookup-title" className={styles.title}>
        {t('lookup.title')}
      </h2>
      {lookup.phase === 'form' ? (
        <>
          <p className={styles.intro}>{t('lookup.intro')}</p>
          <ScannedCardLookup />
          <LookupForm initial={lookup.draft ?? null} />
        </>
      ) : null}
      {lookup.phase === 'searching' ? (
        <p className={styles.panel} role="status" aria-live="polite">
          {t('lookup.searching')}
        </p>
      ) : null}
      {lookup.phase === 'error' ? (
        <>
          <div className={`${styles.panel} ${styles.none}`} role="alert" data-testid="lookup-error">
            {lookup.retryAfterSeconds !== undefined ? waitText(t, lookup.retryAfterSeconds) : t(lookup.error)}
          </div>
          <ScannedCardLookup />
          <LookupForm initial={lookup.query} />
        </>
      ) : null}
      {lookup.phase === 'result' ? (
        <>
          <div
            className={`${styles.panel} ${styles[lookup.result.status]}`}
            role="status"
            aria-live="polite"
            data-testid={`lookup-${lookup.result.status}`}
          >
            {lookup.result.status === 'found' ? <h3 className={styles.panelTitle}>{t('lookup.found')}</h3> : null}
            {lookup.result.status === 'none' ? (
              <>
                <h3 className={styles.panelTitle}>{t('lookup.none')}</h3>
                <p>{t('lookup.none.help')}</p>
              </>
            ) : null}
            {lookup.result.status === 'ambiguous' ? (
              <>
                <h3 className={styles.panelTitle}>{t('lookup.ambiguous', { count: lookup.result.matches.length })}</h3>
                <p>{t('lookup.ambiguous.help')}</p>
              </>
            ) : null}
            {lookup.result.matches.map((m, i) => (
              // Ambiguous matches carry masked numbers, which two namesakes may share.
              <MatchView key={`${i}-${m.insuranceNumber}`} m={m} />
            ))}
            {lookup.result.matches.length > 0 ? <p className={styles.note}>{t('lookup.masked.note')}</p> : null}
          </div>
          <div className={styles.actions}>
            <Button onClick={editLookup} testId="lookup-again">
              {t('lookup.again')}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
