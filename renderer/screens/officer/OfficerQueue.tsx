import { Button } from '../../ui/Button';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import styles from './Officer.module.css';

const overallClass = { match: styles.match, 'needs-officer': styles.diff, mismatch: styles.bad } as const;

export function OfficerQueue() {
  const t = useOfficerT();
  const queue = useOfficer((s) => s.queue);
  const busy = useOfficer((s) => s.busy);
  const message = useOfficer((s) => s.message);
  const refreshQueue = useOfficer((s) => s.refreshQueue);
  const callNext = useOfficer((s) => s.callNext);
  const open = useOfficer((s) => s.open);
  const openCardPrint = useOfficer((s) => s.openCardPrint);
  const isSupervisor = useOfficer((s) => s.session?.role === 'supervisor');
  const openSupervisor = useOfficer((s) => s.openSupervisor);

  return (
    <section className={styles.panel} aria-labelledby="officer-queue-title" data-testid="officer-queue">
      <h2 className={styles.h2} id="officer-queue-title">
        {t('officer.queue.title')}
      </h2>
      <p className={styles.muted}>{t('officer.queue.intro')}</p>
      <div className={styles.actions}>
        <Button primary onClick={() => void callNext()} disabled={busy} testId="officer-call-next">
          {t('officer.queue.callNext')}
        </Button>
        <Button onClick={() => void refreshQueue(false)} testId="officer-refresh">
          {t('officer.queue.refresh')}
        </Button>
        <Button onClick={() => openCardPrint()} testId="officer-open-card-print">
          {t('officer.card.open')}
        </Button>
        {isSupervisor ? (
          <Button onClick={() => void openSupervisor()} testId="officer-open-supervisor">
            {t('officer.supervisor.open')}
          </Button>
        ) : null}
      </div>
      {message ? (
        <div className={styles.info} role="status" data-testid="officer-message">
          {t(message.key, message.params)}
        </div>
      ) : null}
      {queue.length === 0 ? (
        <p data-testid="officer-queue-empty">{t('officer.queue.empty')}</p>
      ) : (
        <table className={styles.table} data-testid="officer-queue-table">
          <thead>
            <tr>
              <th scope="col">{t('officer.queue.number')}</th>
              <th scope="col">{t('officer.queue.counter')}</th>
              <th scope="col">{t('officer.queue.code')}</th>
              <th scope="col">{t('officer.queue.name')}</th>
              <th scope="col">{t('officer.queue.check')}</th>
              <th scope="col">{t('officer.queue.state')}</th>
              <th scope="col">{t('officer.queue.action')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((e) => (
              <tr key={e.ticketId} data-testid="officer-queue-row" data-registration-code={e.registrationCode}>
                <td className={styles.number}>{String(e.number).padStart(3, '0')}</td>
                <td>{e.counter}</td>
                <td>{e.registrationCode}</td>
                <td>{e.fullName ?? ''}</td>
                <td>
                  <span className={`${styles.badge} ${e.checkOverall ? overallClass[e.checkOverall] : styles.neutral}`}>
                    {t(e.checkOverall ? `officer.overall.${e.checkOverall}` : 'officer.overall.none')}
                  </span>
                </td>
                <td>{t(`officer.queue.state.${e.state}`)}</td>
                <td>
                  <button type="button" className={styles.rowButton} onClick={() => void open(e.registrationId)}>
                    {t('officer.queue.open', { number: String(e.number).padStart(3, '0') })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
