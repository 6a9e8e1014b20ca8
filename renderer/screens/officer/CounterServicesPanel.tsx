/**
 * The supervisor's "Dịch vụ của từng quầy" (issue #18): which services each counter serves. Office data in the shared
 * database; "Gọi số tiếp theo" at a counter calls only those services' numbers. The host checks the role on save.
 */
import { useState } from 'react';
import { SERVICES, type ServiceCode } from '../../../preload/contract/ticket-label';
import type { Translate } from '../../i18n/i18n';
import { useOfficer } from '../../state/officer-store';
import styles from './Officer.module.css';
import own from './OfficerSupervisor.module.css';

function CounterRow({
  t,
  counter,
  services,
}: {
  readonly t: Translate;
  readonly counter: string;
  readonly services: readonly ServiceCode[];
}) {
  const busy = useOfficer((s) => s.busy);
  const save = useOfficer((s) => s.setCounterServices);
  const [draft, setDraft] = useState<readonly ServiceCode[]>(services);
  const toggle = (s: ServiceCode) =>
    setDraft((d) => (d.includes(s) ? d.filter((x) => x !== s) : SERVICES.filter((x) => x === s || d.includes(x))));
  return (
    <fieldset className={own.counterRow} data-testid="supervisor-counter-services" data-counter={counter}>
      <legend className={own.counterName}>{t('officer.supervisor.counterN', { counter })}</legend>
      {SERVICES.map((s) => (
        <label key={s} className={styles.check}>
          <input
            type="checkbox"
            checked={draft.includes(s)}
            onChange={() => toggle(s)}
            data-testid={`supervisor-service-${counter}-${s}`}
          />
          {`${s} · ${t(`service.${s}`)}`}
        </label>
      ))}
      <button
        type="button"
        className={styles.rowButton}
        disabled={busy}
        onClick={() => void save(counter, draft)}
        data-testid={`supervisor-save-services-${counter}`}
      >
        {t('officer.supervisor.saveServices', { counter })}
      </button>
    </fieldset>
  );
}

export function CounterServicesPanel({ t }: { readonly t: Translate }) {
  const counters = useOfficer((s) => s.counterServices);
  return (
    <div className={own.section}>
      <h3 className={styles.h3}>{t('officer.supervisor.services')}</h3>
      <p className={styles.muted}>{t('officer.supervisor.servicesIntro')}</p>
      {counters.map((c) => (
        <CounterRow key={`${c.counter}:${c.services.join('')}`} t={t} counter={c.counter} services={c.services} />
      ))}
    </div>
  );
}
