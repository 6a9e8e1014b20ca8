import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './PublicScreen.module.css';
import { PAGE_SIZE, ProvinceSelect, Results, usePagedSearch } from './public-ui';
import type { FacilityItem, FacilityList } from '../../../preload/contract/channels/facilities';
import type { MessageKey } from '../../i18n/i18n';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

interface Query {
  readonly list: FacilityList;
  readonly provinceCode: string;
  readonly text: string;
  readonly code: string;
}

const LISTS: readonly { readonly value: FacilityList; readonly label: MessageKey }[] = [
  { value: 'bhyt', label: 'pub.facilities.bhyt' },
  { value: 'sick-leave', label: 'pub.facilities.sickLeave' },
];

export function FacilitiesScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const [list, setList] = useState<FacilityList>('bhyt');
  const [provinceCode, setProvinceCode] = useState('');
  const [text, setText] = useState('');
  const [code, setCode] = useState('');
  const fetch = useCallback(
    (q: Query, offset: number) =>
      api.facilities.search({
        list: q.list,
        offset,
        limit: PAGE_SIZE,
        ...(q.provinceCode ? { provinceCode: q.provinceCode } : {}),
        ...(q.text ? { text: q.text } : {}),
        ...(q.code ? { code: q.code } : {}),
      }),
    [api],
  );
  const { state, query, run } = usePagedSearch(fetch);
  const search = (next: Partial<Query> = {}) =>
    void run({ list, provinceCode, text: text.trim(), code: code.replace(/[^0-9A-Za-z]/g, '').toUpperCase(), ...next });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    search();
  };

  return (
    <section aria-labelledby="facilities-title">
      <h2 id="facilities-title" className={styles.title}>
        {t('pub.facilities.title')}
      </h2>
      <p className={styles.intro}>{t('pub.facilities.intro')}</p>
      <fieldset className={styles.toggle}>
        <legend>{t('pub.facilities.list')}</legend>
        {LISTS.map((l) => (
          <label key={l.value} className={styles.toggleOption}>
            <input
              type="radio"
              name="facility-list"
              value={l.value}
              checked={list === l.value}
              onChange={() => {
                setList(l.value);
                // Switching list re-runs the current search, so the citizen sees the other list at once.
                if (query) search({ list: l.value });
              }}
              data-testid={`facility-list-${l.value}`}
            />
            {t(l.label)}
          </label>
        ))}
      </fieldset>
      <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="facilities-form">
        <ProvinceSelect value={provinceCode} onChange={setProvinceCode} />
        <TextField name="text" label={t('pub.name')} value={text} onChange={setText} maxLength={100} />
        <TextField name="code" label={t('pub.facilities.code')} value={code} onChange={setCode} maxLength={5} />
        <div className={styles.formActions}>
          <Button primary type="submit" testId="facilities-submit">
            {t('pub.search')}
          </Button>
        </div>
      </form>
      <Results<FacilityItem>
        state={state}
        testId="facilities-results"
        itemKey={(f) => f.code}
        onPage={(offset) => query && void run(query, offset)}
        render={(f) => (
          <div className={styles.itemBody}>
            <h3 className={styles.itemTitle}>{f.name}</h3>
            <p className={styles.itemMeta}>
              <span className={styles.badge}>{`${t('pub.code')}: ${f.code}`}</span>
              {t(`pub.level.${f.level}`)}
            </p>
            <p className={styles.itemMeta}>{f.address}</p>
          </div>
        )}
      />
    </section>
  );
}
