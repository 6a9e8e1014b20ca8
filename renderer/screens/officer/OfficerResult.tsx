import { Button } from '../../ui/Button';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import type { DecisionOutcome } from '../../state/officer-store';
import styles from './Officer.module.css';

export function OfficerResult({ outcome }: { readonly outcome: DecisionOutcome }) {
  const t = useOfficerT();
  const backToQueue = useOfficer((s) => s.backToQueue);
  const openCardPrint = useOfficer((s) => s.openCardPrint);
  const approved = outcome.kind === 'approved';
  return (
    <section className={styles.panel} aria-labelledby="officer-result-title" data-testid="officer-result" data-outcome={outcome.kind}>
      <h2 className={styles.h2} id="officer-result-title">
        {approved ? t('officer.result.approved.title', { code: outcome.code }) : t('officer.result.rejected.title', { code: outcome.code })}
      </h2>
      <div className={styles.info} role="status">
        {approved
          ? t('officer.result.approved.body')
          : t('officer.result.rejected.body', { reason: t(`officer.reason.${outcome.reason}`) })}
      </div>
      <ul>
        {outcome.sms ? <li>{t('officer.result.sms')}</li> : null}
        <li>{outcome.email ? t('officer.result.email') : t('officer.result.noEmail')}</li>
        {approved ? <li>{outcome.receipt ? t('officer.result.receipt') : t('officer.result.noReceipt')}</li> : null}
      </ul>
      <div className={styles.actions}>
        <Button primary onClick={backToQueue} testId="officer-back-to-queue">
          {t('officer.backToQueue')}
        </Button>
        {outcome.kind === 'approved' && outcome.insuranceNumber !== null ? (
          <Button onClick={() => openCardPrint(outcome.insuranceNumber ?? '')} testId="officer-result-card-print">
            {t('officer.card.openFor', { n: outcome.insuranceNumber })}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
