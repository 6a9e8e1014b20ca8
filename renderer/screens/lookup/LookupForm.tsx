import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './LookupScreen.module.css';
import type { MessageKey } from '../../i18n/i18n';
import type { LookupQuery } from '../../state/app-store';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { DateEntry } from '../../ui/keyboard/DateEntry';
import { isoDate } from '../../ui/keyboard/date-entry-model';

type Errors = Partial<Record<'fullName' | 'dob' | 'idNumber', MessageKey>>;

/** Keeps what the citizen typed when they come back from a result ("loses nothing"). */
export function LookupForm({ initial }: { readonly initial: LookupQuery | null }) {
  const t = useT();
  const provinces = useApp((s) => s.provinces);
  const loadProvinces = useApp((s) => s.loadProvinces);
  const submitLookup = useApp((s) => s.submitLookup);
  const [fullName, setFullName] = useState(initial?.fullName ?? '');
  const [dob, setDob] = useState<string | null>(initial?.dateOfBirth ?? null);
  const [provinceCode, setProvinceCode] = useState(initial?.provinceCode ?? '');
  const [wardCode, setWardCode] = useState(initial?.wardCode ?? '');
  const [wards, setWards] = useState<readonly { readonly code: string; readonly name: string }[]>([]);
  const api = useApp((s) => s.api);
  const [idNumber, setIdNumber] = useState(initial?.idNumber ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const ids = { province: useId(), ward: useId() };
  // DateEntry offers only real dates up to today, so the only thing left to check is that one was chosen.
  const [today] = useState(() => isoDate(new Date()));

  useEffect(() => {
    void loadProvinces();
  }, [loadProvinces]);

  useEffect(() => {
    setWards([]);
    if (provinceCode === '') return undefined;
    let live = true;
    void api.registration.wards({ provinceCode }).then((r) => {
      if (live) setWards(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, [api, provinceCode]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    const name = fullName.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (name.length === 0) next.fullName = 'error.fullName.required';
    else if (name.length > 100) next.fullName = 'error.fullName.tooLong';
    if (dob === null) next.dob = 'error.dob.invalid';
    const id = idNumber.replace(/\s+/g, '');
    if (id.length > 0 && !/^(\d{9}|\d{12})$/.test(id)) next.idNumber = 'error.idNumber.invalid';
    setErrors(next);
    if (Object.keys(next).length > 0 || dob === null) return;
    void submitLookup({
      fullName: name,
      dateOfBirth: dob,
      ...(provinceCode ? { provinceCode } : {}),
      ...(provinceCode && wardCode ? { wardCode } : {}),
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
        autoCapitalize
        testId="lookup-name"
        error={errors.fullName ? t(errors.fullName) : undefined}
      />
      <DateEntry
        label={t('lookup.dob')}
        value={dob}
        onChange={setDob}
        minYear={1900}
        max={today}
        startYear={1980}
        t={t}
        testId="lookup-dob"
        allowPartial
        error={errors.dob ? t(errors.dob) : undefined}
      />
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
            onChange={(e) => {
              setProvinceCode(e.target.value);
              setWardCode('');
            }}
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
      {provinceCode !== '' && (
        <div className={styles.dob}>
          <label className={styles.legend} htmlFor={ids.ward}>
            {t('lookup.ward')}
          </label>
          <div>
            <select
              id={ids.ward}
              name="ward"
              className={styles.select}
              value={wardCode}
              onChange={(e) => setWardCode(e.target.value)}
              data-testid="lookup-ward"
            >
              <option value="">{t('lookup.ward.any')}</option>
              {wards.map((w) => (
                <option key={w.code} value={w.code}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <TextField
        name="idNumber"
        label={t('lookup.idNumber')}
        value={idNumber}
        onChange={(v) => setIdNumber(digits(v))}
        numeric
        maxLength={12}
        testId="lookup-id-number"
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
