/**
 * "Kiểm tra tờ khai 01": the form's code (scanned or typed), then the CCCD, then the field-by-field outcome and the
 * queue ticket. The card's fields never travel from here: the host compares with the card its own reader read.
 * The ticket number appears only after the host says the printer printed it ("no print, no ticket").
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './Registration.module.css';
import { registrationErrorKey } from './registration-error';
import { Form01Print } from './Form01Print';
import type { CheckOutcomeView, TicketView } from '../../../preload/contract/channels/registration';
import type { ScannedCode } from '../../../preload/contract/channels/devices';
import type { KioskError } from '../../../preload/contract/result';
import { checkRegistrationCode } from '../../../preload/contract/registration-code';
import type { MessageKey } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useApp, useT } from '../../state/store-context';
import { printerProblem, useDeviceStatus } from '../../state/use-device-status';
import { PrinterNotice } from '../devices/DeviceNotices';

type Phase =
  | { readonly name: 'code'; readonly notice?: MessageKey }
  | { readonly name: 'card'; readonly code: string; readonly notice?: MessageKey }
  | { readonly name: 'checking'; readonly code: string }
  | { readonly name: 'outcome'; readonly outcome: CheckOutcomeView; readonly printError?: KioskError }
  | { readonly name: 'printing'; readonly outcome: CheckOutcomeView }
  | { readonly name: 'ticket'; readonly ticket: TicketView }
  | { readonly name: 'error'; readonly code: string; readonly error: KioskError };

/** A form QR the host could not accept says why (a damaged or retyped code), anything else is "unreadable". */
function scanNotice(code: string): MessageKey {
  if (code === 'registration-bad-check') return 'reg.error.badCheck';
  if (code === 'registration-bad-format') return 'reg.error.badCode';
  return 'reg.check.scanUnreadable';
}

export function RegistrationCheckScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const resetCitizen = useApp((s) => s.resetCitizen);
  const [phase, setPhase] = useState<Phase>({ name: 'code' });
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>(undefined);
  // The scan listener is registered once; it reads the current phase through this ref.
  const phaseRef = useRef(phase);
  phaseRef.current = phase;

  const check = useCallback(
    async (code: string) => {
      setPhase({ name: 'checking', code });
      const r = await api.registration.check({ code });
      if (phaseRef.current.name !== 'checking') return; // the citizen left meanwhile
      setPhase(r.ok ? { name: 'outcome', outcome: r.value } : { name: 'error', code, error: r.error });
    },
    [api],
  );

  useEffect(() => {
    const onScan = (scan: ScannedCode) => {
      const now = phaseRef.current;
      if (!scan.ok) {
        if (now.name === 'code' || now.name === 'card') setPhase({ ...now, notice: scanNotice(scan.error.code) });
        return;
      }
      const c = scan.code;
      if (now.name === 'code' || now.name === 'error') {
        if (c.kind === 'registration') setPhase({ name: 'card', code: c.registrationCode });
        else if (now.name === 'code') setPhase({ name: 'code', notice: 'reg.check.scanFormFirst' });
        else if (c.kind === 'cccd') void check(now.code);
        return;
      }
      if (now.name === 'card') {
        if (c.kind === 'cccd') void check(now.code);
        else if (c.kind === 'bhyt') setPhase({ ...now, notice: 'reg.check.wrongCardBhyt' });
        else setPhase({ name: 'card', code: c.registrationCode });
      }
    };
    return api.devices.onScanned(onScan);
  }, [api, check]);

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    const code = typed.trim().toUpperCase();
    if (code === '') {
      setTypedError(t('reg.check.codeEmpty'));
      return;
    }
    // Checked here, before the card: a mistyped character is named now, not after the citizen scanned their CCCD.
    const checked = checkRegistrationCode(code);
    if (!checked.ok) {
      setTypedError(t(checked.reason === 'check' ? 'reg.error.badCheck' : 'reg.error.badCode'));
      return;
    }
    setTypedError(undefined);
    setPhase({ name: 'card', code: checked.code });
  };

  const printTicket = async (outcome: CheckOutcomeView) => {
    setPhase({ name: 'printing', outcome });
    const r = await api.registration.printTicket({});
    if (phaseRef.current.name !== 'printing') return;
    setPhase(r.ok ? { name: 'ticket', ticket: r.value } : { name: 'outcome', outcome, printError: r.error });
  };

  const restart = () => {
    setTyped('');
    setPhase({ name: 'code' });
  };

  return (
    <section aria-labelledby="reg-check-title" data-testid="reg-check" data-phase={phase.name}>
      <h2 id="reg-check-title" className={styles.title}>
        {t('reg.check.title')}
      </h2>
      {phase.name === 'code' ? (
        <div className={styles.panel}>
          <p className={styles.step}>{t('reg.check.stepCode')}</p>
          {phase.notice ? <Notice text={t(phase.notice)} /> : null}
          <form onSubmit={submitCode} noValidate>
            <TextField
              label={t('reg.check.code')}
              name="registrationCode"
              mode="code"
              value={typed}
              onChange={(v) => setTyped(v.toUpperCase())}
              maxLength={40}
              error={typedError}
              testId="reg-code-input"
            />
            <div className={styles.actions}>
              <Button primary type="submit" testId="reg-code-next">
                {t('reg.check.codeNext')}
              </Button>
            </div>
          </form>
        </div>
      ) : null}
      {phase.name === 'card' || phase.name === 'checking' ? (
        <div className={styles.panel}>
          <p className={styles.ok} data-testid="reg-code-read">
            {t('reg.check.codeRead', { code: phase.code })}
          </p>
          <p className={styles.step}>{phase.name === 'card' ? t('reg.check.stepCard') : t('reg.check.checking')}</p>
          {phase.name === 'card' && phase.notice ? <Notice text={t(phase.notice)} /> : null}
          {phase.name === 'card' ? (
            <div className={styles.actions}>
              <Button onClick={restart} testId="reg-change-code">
                {t('reg.check.changeCode')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {phase.name === 'error' ? (
        <div className={styles.panel}>
          <Notice text={t(registrationErrorKey(phase.error))} testId="reg-error" />
          <div className={styles.actions}>
            <Button primary onClick={restart} testId="reg-again">
              {t('reg.again')}
            </Button>
          </div>
        </div>
      ) : null}
      {phase.name === 'outcome' || phase.name === 'printing' ? (
        <Outcome
          outcome={phase.outcome}
          printing={phase.name === 'printing'}
          printError={phase.name === 'outcome' ? phase.printError : undefined}
          onPrint={() => void printTicket(phase.outcome)}
        />
      ) : null}
      {phase.name === 'ticket' ? (
        <div className={styles.panel}>
          <div className={styles.ticket} role="status">
            <p>{t('reg.ticket.title')}</p>
            <p className={styles.ticketNumber} data-testid="ticket-number">
              {phase.ticket.label}
            </p>
            <p>{phase.ticket.counter === '' ? t('reg.ticket.anyCounter') : t('reg.ticket.counter', { counter: phase.ticket.counter })}</p>
          </div>
          <Form01Print from="checked" hint="form01print.hintChecked" />
          <div className={styles.actions}>
            <Button primary onClick={resetCitizen} testId="reg-done">
              {t('reg.done')}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function Notice({ text, testId }: { readonly text: string; readonly testId?: string }) {
  return (
    <p className={styles.error} role="alert" data-testid={testId ?? 'reg-notice'}>
      {text}
    </p>
  );
}

const FIELD_KEY = {
  idNumber: 'reg.field.idNumber',
  fullName: 'reg.field.fullName',
  dateOfBirth: 'reg.field.dateOfBirth',
  gender: 'reg.field.gender',
  address: 'reg.field.address',
  cardNumber: 'reg.field.cardNumber',
  insuranceNumber: 'reg.field.insuranceNumber',
} as const satisfies Record<CheckOutcomeView['fields'][number]['field'], MessageKey>;

const OVERALL_KEY = {
  match: 'reg.outcome.match',
  'needs-officer': 'reg.outcome.needsOfficer',
  mismatch: 'reg.outcome.mismatch',
} as const satisfies Record<CheckOutcomeView['overall'], MessageKey>;

function Outcome(props: {
  readonly outcome: CheckOutcomeView;
  readonly printing: boolean;
  readonly printError: KioskError | undefined;
  readonly onPrint: () => void;
}) {
  const t = useT();
  const { outcome } = props;
  const devices = useDeviceStatus();
  // No ticket button while the printer cannot print: the citizen is told where to go instead (it comes back live).
  const canPrint = printerProblem(devices) === null;
  const bannerClass = outcome.overall === 'match' ? styles.ok : outcome.overall === 'mismatch' ? styles.error : styles.warn;
  return (
    <div className={styles.panel}>
      <h3>{t('reg.outcome.title', { code: outcome.registrationCode })}</h3>
      <p className={bannerClass} data-testid="reg-outcome" data-overall={outcome.overall}>
        {t(OVERALL_KEY[outcome.overall])}
      </p>
      {outcome.fields.some((f) => f.field === 'insuranceNumber' && f.result === 'mismatch') ? (
        <Notice text={t('reg.outcome.notOwner')} testId="reg-not-owner" />
      ) : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('reg.outcome.colField')}</th>
            <th scope="col">{t('reg.outcome.colForm')}</th>
            <th scope="col">{t('reg.outcome.colCard')}</th>
            <th scope="col">{t('reg.outcome.colResult')}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.fields.map((f) => (
            <tr
              key={f.field}
              className={
                f.result === 'mismatch'
                  ? styles.rowMismatch
                  : f.result === 'diacritics-only' || f.result === 'unverifiable' || f.result === 'discrepant'
                    ? styles.rowWarn
                    : undefined
              }
              data-testid={`reg-field-${f.field}`}
              data-result={f.result}
            >
              <th scope="row">{t(FIELD_KEY[f.field])}</th>
              <td>{f.form}</td>
              <td>{f.card}</td>
              <td className={styles.result}>{t(`reg.result.${f.result}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome.overall === 'mismatch' ? null : <Form01Print from="checked" hint="form01print.hintChecked" />}
      {props.printError ? <Notice text={t(registrationErrorKey(props.printError))} testId="reg-print-error" /> : null}
      {props.printing ? (
        <p className={styles.step} role="status">
          {t('reg.ticket.printing')}
        </p>
      ) : !canPrint ? (
        <PrinterNotice status={devices} instead="devices.citizen.printer.ticket" />
      ) : (
        <div className={styles.actions}>
          <Button primary onClick={props.onPrint} testId="reg-print-ticket">
            {props.printError ? t('reg.ticket.retry') : t('reg.ticket.print')}
          </Button>
        </div>
      )}
    </div>
  );
}
