/**
 * "In thẻ BHYT" at the counter: the officer types a mã số, sees whose card it is (name, birth date, copies so far)
 * and only then prints (or reprints) it on the counter's card printer, so a mistyped number cannot print someone
 * else's card unnoticed. The host decides the copy number and audits it; this panel only says what happened.
 * There is no PDF preview here: `card:preview` serves the signed-in citizen's own card only.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { InputField } from '../../ui/InputField';
import { isInsuranceNumber, normalizeInsuranceNumber, receiptMessageKey } from '../../state/officer-card-print';
import type { CardHolder, OfficerCardPrinted } from '../../state/officer-card-print';
import { formatDob } from '../home/format-dob';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import styles from './Officer.module.css';

export function OfficerCardPrint({ initialNumber }: { readonly initialNumber: string }) {
  const t = useOfficerT();
  const busy = useOfficer((s) => s.busy);
  const message = useOfficer((s) => s.message);
  const printCard = useOfficer((s) => s.printCard);
  const cardHolder = useOfficer((s) => s.cardHolder);
  const [holder, setHolder] = useState<CardHolder | null>(null);
  const backToQueue = useOfficer((s) => s.backToQueue);
  const [number, setNumber] = useState(initialNumber);
  const [formatError, setFormatError] = useState(false);
  const [printed, setPrinted] = useState<OfficerCardPrinted | null>(null);
  const ids = { title: useId(), hint: useId(), err: useId() };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const n = normalizeInsuranceNumber(number);
    const valid = isInsuranceNumber(n);
    setFormatError(!valid);
    setPrinted(null);
    if (!valid) return;
    setNumber(n);
    void cardHolder(n).then(setHolder);
  };

  const confirm = () => {
    if (holder === null || busy) return;
    const n = holder.insuranceNumber;
    setHolder(null);
    void printCard(n).then(setPrinted);
  };

  const showError = formatError || message !== null;
  return (
    <section className={`${styles.panel} ${styles.narrow}`} aria-labelledby={ids.title} data-testid="officer-card-print">
      <h2 className={styles.h2} id={ids.title}>
        {t('officer.card.title')}
      </h2>
      <p className={styles.muted}>{t('officer.card.intro')}</p>
      <form onSubmit={submit} noValidate>
        <InputField
          label={t('officer.card.number')}
          name="insuranceNumber"
          value={number}
          inputMode="numeric"
          autoComplete="off"
          maxLength={16}
          aria-invalid={formatError}
          aria-describedby={showError ? `${ids.hint} ${ids.err}` : ids.hint}
          onValue={(v) => {
            setNumber(v);
            setFormatError(false);
            setHolder(null);
          }}
          testId="officer-card-number"
        >
          <span className={styles.muted} id={ids.hint}>
            {t('officer.card.numberHint')}
          </span>
        </InputField>
        {showError ? (
          <div className={styles.alert} role="alert" id={ids.err} data-testid="officer-card-error">
            {formatError ? t('officer.card.err.format') : message ? t(message.key, message.params) : null}
          </div>
        ) : null}
        <div className={styles.actions}>
          <Button primary={holder === null} type="submit" disabled={busy} testId="officer-card-submit">
            {t('officer.card.check')}
          </Button>
          <Button onClick={backToQueue} testId="officer-card-back">
            {t('officer.backToQueue')}
          </Button>
        </div>
      </form>
      {holder ? (
        <div className={styles.info} role="status" data-testid="officer-card-holder">
          <p>
            <strong>{t('officer.card.holder', { n: holder.insuranceNumber })}</strong>
          </p>
          <ul>
            <li data-testid="officer-card-holder-name">{t('officer.card.holderName', { name: holder.fullName })}</li>
            <li data-testid="officer-card-holder-dob">{t('officer.card.holderDob', { dob: formatDob(holder.dateOfBirth) })}</li>
            <li>
              {holder.copiesPrinted === 0
                ? t('officer.card.holderFirst')
                : t('officer.card.holderCopies', { copies: holder.copiesPrinted })}
            </li>
          </ul>
          <p>{t('officer.card.confirmAsk')}</p>
          <div className={styles.actions}>
            <Button primary onClick={confirm} disabled={busy} testId="officer-card-confirm">
              {busy ? t('officer.card.busy') : t('officer.card.print')}
            </Button>
            <Button onClick={() => setHolder(null)} testId="officer-card-cancel">
              {t('officer.card.notThisPerson')}
            </Button>
          </div>
        </div>
      ) : null}
      {printed ? (
        <div
          className={styles.info}
          role="status"
          data-testid="officer-card-outcome"
          data-copy={printed.copyNumber}
          data-reprint={printed.reprint}
        >
          <p>
            <strong>
              {printed.reprint
                ? t('officer.card.reprinted', { n: printed.insuranceNumber, copy: printed.copyNumber })
                : t('officer.card.printed', { n: printed.insuranceNumber })}
            </strong>
          </p>
          <ul>
            <li>{t('officer.card.destination', { destination: printed.destination })}</li>
            <li>{t('officer.card.collect', { place: printed.collectAt })}</li>
            <li data-receipt={printed.receipt}>{t(receiptMessageKey(printed.receipt))}</li>
          </ul>
        </div>
      ) : null}
    </section>
  );
}
