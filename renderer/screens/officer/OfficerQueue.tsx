import { Button } from '../../ui/Button';
import { servicesOfCounter, useOfficer, useOfficerT } from '../../state/officer-store';
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
  const finishTicket = useOfficer((s) => s.finishTicket);
  const counter = useOfficer((s) => s.session?.counter ?? '');
  const counterServices = useOfficer((s) => s.counterServices);
  const served = servicesOfCounter(counterServices, counter);

  return (
    <section className={styles.panel} aria-labelledby="officer-queue-title" data-testid="officer-queue">
      <h2 className={styles.h2} id="officer-queue-title">
        {t('officer.queue.title')}
      </h2>
      <p className={styles.muted}>{t('officer.queue.intro')}</p>
      <p className={styles.muted} data-testid="officer-served-services">
        {t('officer.queue.servesHere', { counter, services: served.map((sv) => `${sv} ${t(`service.${sv}`)}`).join(', ') })}
      </p>
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
              <th scope="col">{t('officer.queue.service')}</th>
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
              <tr
                key={e.ticketId}
                data-testid="officer-queue-row"
                data-registration-code={e.registrationCode ?? undefined}
                data-ticket={e.label}
              >
                <td className={styles.number}>{e.label}</td>
                <td>{t(`service.${e.service}`)}</td>
                <td>{e.counter ?? t('officer.queue.lineWaiting')}</td>
                <td>{e.registrationCode ?? ''}</td>
                <td>{e.fullName ?? ''}</td>
                <td>
                  {e.registrationId === null ? null : (
                    <span className={`${styles.badge} ${e.checkOverall ? overallClass[e.checkOverall] : styles.neutral}`}>
                      {t(e.checkOverall ? `officer.overall.${e.checkOverall}` : 'officer.overall.none')}
                    </span>
                  )}
                </td>
                <td>{t(`officer.queue.state.${e.state}`)}</td>
                <td>
                  {e.registrationId !== null ? (
                    <button type="button" className={styles.rowButton} onClick={() => void open(e.registrationId ?? 0)}>
                      {t('officer.queue.open', { number: e.label })}
                    </button>
                  ) : e.state === 'called' && e.counter === counter ? (
                    <button
                      type="button"
                      className={styles.rowButton}
                      disabled={busy}
                      onClick={() => void finishTicket(e)}
                      data-testid="officer-finish-ticket"
                    >
                      {t('officer.queue.finish', { label: e.label })}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
