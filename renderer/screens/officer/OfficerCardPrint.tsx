/**
 * "In thẻ BHYT" at the counter: the officer types a mã số and prints (or reprints) that person's card on the
 * counter's card printer. The host decides the copy number and audits it; this panel only says what happened.
 * There is no PDF preview here: `card:preview` serves the signed-in citizen's own card only.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { InputField } from '../../ui/InputField';
import { isInsuranceNumber, normalizeInsuranceNumber, receiptMessageKey } from '../../state/officer-card-print';
import type { OfficerCardPrinted } from '../../state/officer-card-print';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import styles from './Officer.module.css';

export function OfficerCardPrint({ initialNumber }: { readonly initialNumber: string }) {
  const t = useOfficerT();
  const busy = useOfficer((s) => s.busy);
  const message = useOfficer((s) => s.message);
  const printCard = useOfficer((s) => s.printCard);
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
          <Button primary type="submit" disabled={busy} testId="officer-card-submit">
            {busy ? t('officer.card.busy') : t('officer.card.print')}
          </Button>
          <Button onClick={backToQueue} testId="officer-card-back">
            {t('officer.backToQueue')}
          </Button>
        </div>
      </form>
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
