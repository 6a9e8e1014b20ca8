import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './LookupScreen.module.css';
import { checkDateParts } from '../../lib/date-parts';
import type { MessageKey } from '../../i18n/i18n';
import type { LookupQuery } from '../../state/app-store';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

type Errors = Partial<Record<'fullName' | 'dob' | 'idNumber', MessageKey>>;

/** Keeps what the citizen typed when they come back from a result ("loses nothing"). */
export function LookupForm({ initial }: { readonly initial: LookupQuery | null }) {
  const t = useT();
  const provinces = useApp((s) => s.provinces);
  const loadProvinces = useApp((s) => s.loadProvinces);
  const submitLookup = useApp((s) => s.submitLookup);
  const [y0, m0, d0] = (initial?.dateOfBirth ?? '--').split('-');
  const [fullName, setFullName] = useState(initial?.fullName ?? '');
  const [day, setDay] = useState(d0 ?? '');
  const [month, setMonth] = useState(m0 ?? '');
  const [year, setYear] = useState(y0 ?? '');
  const [provinceCode, setProvinceCode] = useState(initial?.provinceCode ?? '');
  const [idNumber, setIdNumber] = useState(initial?.idNumber ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const ids = { province: useId(), dob: useId() };

  useEffect(() => {
    void loadProvinces();
  }, [loadProvinces]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    const name = fullName.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (name.length === 0) next.fullName = 'error.fullName.required';
    else if (name.length > 100) next.fullName = 'error.fullName.tooLong';
    const dob = checkDateParts(day.trim(), month.trim(), year.trim());
    if (!dob.ok) next.dob = dob.reason === 'future' ? 'error.dob.future' : 'error.dob.invalid';
    const id = idNumber.replace(/\s+/g, '');
    if (id.length > 0 && !/^(\d{9}|\d{12})$/.test(id)) next.idNumber = 'error.idNumber.invalid';
    setErrors(next);
    if (Object.keys(next).length > 0 || !dob.ok) return;
    void submitLookup({
      fullName: name,
      dateOfBirth: dob.iso,
      ...(provinceCode ? { provinceCode } : {}),
      ...(id ? { idNumber: id } : {}),
    });
  };

  const digits = (v: string) => v.replace(/\D+/g, '');
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="lookup-form">
      <TextField
        name="fullName"
        label={t('lookup.fullName')}
        placeholder={t('lookup.fullName.placeholder')}
        value={fullName}
        onChange={setFullName}
        maxLength={120}
        error={errors.fullName ? t(errors.fullName) : undefined}
      />
      <fieldset className={styles.dob} aria-describedby={errors.dob ? ids.dob : undefined}>
        <legend className={styles.legend}>{t('lookup.dob')}</legend>
        <div className={styles.dobParts}>
          <label className={styles.dobPart}>
            {t('lookup.dob.day')}
            <input
              className={styles.dobInput}
              name="dobDay"
              inputMode="numeric"
              maxLength={2}
              value={day}
              onChange={(e) => setDay(digits(e.target.value))}
            />
          </label>
          <label className={styles.dobPart}>
            {t('lookup.dob.month')}
            <input
              className={styles.dobInput}
              name="dobMonth"
              inputMode="numeric"
              maxLength={2}
              value={month}
              onChange={(e) => setMonth(digits(e.target.value))}
            />
          </label>
          <label className={styles.dobPart}>
            {t('lookup.dob.year')}
            <input
              className={`${styles.dobInput} ${styles.dobYear}`}
              name="dobYear"
              inputMode="numeric"
              maxLength={4}
              value={year}
              onChange={(e) => setYear(digits(e.target.value))}
            />
          </label>
        </div>
        {errors.dob ? (
          <div id={ids.dob} className={styles.error} role="alert">
            {t(errors.dob)}
          </div>
        ) : null}
      </fieldset>
      <div className={styles.dob}>
        <label className={styles.legend} htmlFor={ids.province}>
          {t('lookup.province')}
        </label>
        <div>
          <select
            id={ids.province}
            name="province"
            className={styles.select}
            value={provinceCode}
            onChange={(e) => setProvinceCode(e.target.value)}
          >
            <option value="">{t('lookup.province.any')}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField
        name="idNumber"
        label={t('lookup.idNumber')}
        value={idNumber}
        onChange={(v) => setIdNumber(digits(v))}
        numeric
        maxLength={12}
        error={errors.idNumber ? t(errors.idNumber) : undefined}
      />
      <div className={styles.actions}>
        <Button primary type="submit" testId="lookup-submit">
          {t('lookup.submit')}
        </Button>
      </div>
    </form>
  );
}
