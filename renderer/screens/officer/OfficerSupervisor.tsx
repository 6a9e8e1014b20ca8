/**
 * The supervisor's panel at the counter console: officer accounts with any lockout (and unlock), and the tickets
 * being served at a counter (put back to waiting when that officer left). Shown only to supervisors, but the host
 * checks the role on every call: this menu is a convenience, not the control.
 */
import type { OfficerAccountView, QueueEntryView } from '../../../preload/contract/channels/officer';
import { CounterServicesPanel } from './CounterServicesPanel';
import type { Translate } from '../../i18n/i18n';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import { Button } from '../../ui/Button';
import styles from './Officer.module.css';
import own from './OfficerSupervisor.module.css';

const VN_CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false });
const clock = (iso: string): string => VN_CLOCK.format(new Date(iso));

function accountState(o: OfficerAccountView, t: Translate): { text: string; className: string | undefined } {
  if (o.disabled) return { text: t('officer.supervisor.state.disabled'), className: styles.neutral };
  if (o.lockedUntil !== null) return { text: t('officer.supervisor.state.locked', { time: clock(o.lockedUntil) }), className: styles.bad };
  return { text: t('officer.supervisor.state.active'), className: styles.match };
}

function OfficerAccounts({ t }: { readonly t: Translate }) {
  const officers = useOfficer((s) => s.officers);
  const busy = useOfficer((s) => s.busy);
  const unlockOfficer = useOfficer((s) => s.unlockOfficer);
  return (
    <table className={styles.table} data-testid="supervisor-officers">
      <caption className={styles.caption}>{t('officer.supervisor.accounts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('officer.username')}</th>
          <th scope="col">{t('officer.supervisor.displayName')}</th>
          <th scope="col">{t('officer.supervisor.role')}</th>
          <th scope="col">{t('officer.queue.state')}</th>
          <th scope="col">{t('officer.queue.action')}</th>
        </tr>
      </thead>
      <tbody>
        {officers.map((o) => {
          const state = accountState(o, t);
          return (
            <tr key={o.officerId} data-testid="supervisor-officer-row" data-username={o.username} data-locked={o.lockedUntil !== null}>
              <td>{o.username}</td>
              <td>{o.displayName}</td>
              <td>{t(`officer.supervisor.role.${o.role}`)}</td>
              <td>
                <span className={`${styles.badge} ${state.className ?? ''}`}>{state.text}</span>
              </td>
              <td>
                {o.lockedUntil !== null ? (
                  <button
                    type="button"
                    className={styles.rowButton}
                    disabled={busy}
                    onClick={() => void unlockOfficer(o)}
                    data-testid="supervisor-unlock"
                  >
                    {t('officer.supervisor.unlock', { username: o.username })}
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function CalledTickets({ t, called }: { readonly t: Translate; readonly called: readonly QueueEntryView[] }) {
  const busy = useOfficer((s) => s.busy);
  const releaseTicket = useOfficer((s) => s.releaseTicket);
  if (called.length === 0) return <p data-testid="supervisor-called-empty">{t('officer.supervisor.calledEmpty')}</p>;
  return (
    <table className={styles.table} data-testid="supervisor-called">
      <thead>
        <tr>
          <th scope="col">{t('officer.queue.number')}</th>
          <th scope="col">{t('officer.queue.counter')}</th>
          <th scope="col">{t('officer.queue.code')}</th>
          <th scope="col">{t('officer.supervisor.calledAt')}</th>
          <th scope="col">{t('officer.queue.action')}</th>
        </tr>
      </thead>
      <tbody>
        {called.map((e) => (
          <tr key={e.ticketId} data-testid="supervisor-called-row" data-registration-code={e.registrationCode ?? undefined}>
            <td className={styles.number}>{e.label}</td>
            <td>{e.counter ?? ''}</td>
            <td>{e.registrationCode ?? ''}</td>
            <td>{e.calledAt === null ? '' : clock(e.calledAt)}</td>
            <td>
              <button
                type="button"
                className={styles.rowButton}
                disabled={busy}
                onClick={() => void releaseTicket(e)}
                data-testid="supervisor-release"
              >
                {t('officer.supervisor.release', { number: e.label })}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OfficerSupervisor() {
  const t = useOfficerT();
  const queue = useOfficer((s) => s.queue);
  const message = useOfficer((s) => s.message);
  const openSupervisor = useOfficer((s) => s.openSupervisor);
  const backToQueue = useOfficer((s) => s.backToQueue);
  const openReport = useOfficer((s) => s.openReport);
  const called = queue.filter((e) => e.state === 'called');
  return (
    <section className={styles.panel} aria-labelledby="supervisor-title" data-testid="officer-supervisor">
      <h2 className={styles.h2} id="supervisor-title">
        {t('officer.supervisor.title')}
      </h2>
      <p className={styles.muted}>{t('officer.supervisor.intro')}</p>
      <div className={styles.actions}>
        <Button onClick={backToQueue} testId="supervisor-back">
          {t('officer.backToQueue')}
        </Button>
        <Button onClick={() => void openSupervisor()} testId="supervisor-refresh">
          {t('officer.queue.refresh')}
        </Button>
        <Button primary onClick={() => void openReport()} testId="supervisor-open-report">
          {t('officer.supervisor.openReport')}
        </Button>
      </div>
      {message ? (
        <div className={styles.info} role="status" data-testid="supervisor-message">
          {t(message.key, message.params)}
        </div>
      ) : null}
      <OfficerAccounts t={t} />
      <div className={own.section}>
        <h3 className={styles.h3}>{t('officer.supervisor.called')}</h3>
        <p className={styles.muted}>{t('officer.supervisor.calledIntro')}</p>
        <CalledTickets t={t} called={called} />
      </div>
      <CounterServicesPanel t={t} />
    </section>
  );
}
