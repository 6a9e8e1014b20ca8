/**
 * "Lấy số thứ tự" (issue #18): the citizen picks what they came for (B BHYT card, C advice, D other) with one big
 * tap; no ID card, no personal data. The number appears only once the host says the slip printed ("no print, no
 * ticket", like Form 01's A tickets, which come from the Form 01 check). The idle guard takes the screen home.
 */
import { useRef, useState } from 'react';
import styles from './TakeTicket.module.css';
import type { WalkInTicketView } from '../../../preload/contract/channels/queue';
import type { KioskError } from '../../../preload/contract/result';
import { WALK_IN_SERVICES } from '../../../preload/contract/ticket-label';
import type { MessageKey } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { useApp, useT } from '../../state/store-context';
import { useDeviceStatus } from '../../state/use-device-status';
import { PrinterNotice } from '../devices/DeviceNotices';

type WalkIn = (typeof WALK_IN_SERVICES)[number];
type Phase =
  | { readonly name: 'choose'; readonly error?: { readonly key: MessageKey; readonly seconds?: number } }
  | { readonly name: 'printing'; readonly service: WalkIn }
  | { readonly name: 'ticket'; readonly ticket: WalkInTicketView };

function errorOf(e: KioskError): { key: MessageKey; seconds?: number } {
  if (e.code === 'rate-limited')
    return { key: 'queue.take.rateLimited', seconds: Math.max(1, Math.ceil(Number(e.detail?.retryAfterSeconds ?? 15))) };
  if (e.code === 'printer-not-ready' || e.code === 'device-unavailable') return { key: 'queue.take.printerDown' };
  return { key: 'queue.take.failed' };
}

export function TakeTicketScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const resetCitizen = useApp((s) => s.resetCitizen);
  const devices = useDeviceStatus();
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const phaseRef = useRef(phase);
  phaseRef.current = phase;

  const take = async (service: WalkIn) => {
    if (phase.name === 'printing') return;
    setPhase({ name: 'printing', service });
    const r = await api.queue.takeTicket({ service });
    if (phaseRef.current.name !== 'printing') return; // the citizen left meanwhile
    setPhase(r.ok ? { name: 'ticket', ticket: r.value } : { name: 'choose', error: errorOf(r.error) });
  };

  return (
    <section aria-labelledby="take-ticket-title" data-testid="take-ticket" data-phase={phase.name} className={styles.screen}>
      <h2 id="take-ticket-title" className={styles.title}>
        {t('queue.take.title')}
      </h2>
      {phase.name === 'ticket' ? (
        <div className={styles.ticket} role="status" data-testid="take-ticket-result">
          <p className={styles.ticketService}>{t(`service.${phase.ticket.service}`)}</p>
          <p>{t('queue.take.yourNumber')}</p>
          <p className={styles.ticketNumber} data-testid="take-ticket-number">
            {phase.ticket.label}
          </p>
          <p>
            {phase.ticket.counters.length === 0
              ? t('queue.take.anyCounter')
              : t('queue.take.counters', { counters: phase.ticket.counters.join(', ') })}
          </p>
          <p className={styles.muted}>{t('queue.take.rateAfter')}</p>
          <div className={styles.actions}>
            <Button primary onClick={() => resetCitizen('flow-end')} testId="take-ticket-done">
              {t('queue.take.done')}
            </Button>
            <Button onClick={() => setPhase({ name: 'choose' })} testId="take-ticket-another">
              {t('queue.take.another')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className={styles.intro}>{t('queue.take.intro')}</p>
          <PrinterNotice status={devices} instead="devices.citizen.printer.home" />
          {phase.name === 'choose' && phase.error ? (
            <p className={styles.error} role="alert" data-testid="take-ticket-error">
              {t(phase.error.key, phase.error.seconds === undefined ? undefined : { seconds: phase.error.seconds })}
            </p>
          ) : null}
          {phase.name === 'printing' ? (
            <p className={styles.printing} role="status" data-testid="take-ticket-printing">
              {t('queue.take.printing')}
            </p>
          ) : null}
          <div className={styles.services}>
            {WALK_IN_SERVICES.map((s) => (
              <button
                key={s}
                type="button"
                className={styles.service}
                disabled={phase.name === 'printing'}
                onClick={() => void take(s)}
                data-testid={`take-ticket-${s}`}
              >
                <span className={styles.letter} aria-hidden="true">
                  {s}
                </span>
                <span className={styles.serviceText}>
                  <span className={styles.serviceName}>{t(`service.${s}`)}</span>
                  <span className={styles.serviceDesc}>{t(`service.${s}.desc`)}</span>
                </span>
              </button>
            ))}
          </div>
          <p className={styles.hint}>{t('queue.take.form01Hint')}</p>
        </>
      )}
    </section>
  );
}
