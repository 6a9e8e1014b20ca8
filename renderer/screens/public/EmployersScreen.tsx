import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './PublicScreen.module.css';
import { PAGE_SIZE, ProvinceSelect, Results, usePagedSearch } from './public-ui';
import type { EmployerItem } from '../../../preload/contract/channels/employers';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

interface Query {
  readonly provinceCode: string;
  readonly text: string;
}

export function EmployersScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const [provinceCode, setProvinceCode] = useState('');
  const [text, setText] = useState('');
  const fetch = useCallback(
    (q: Query, offset: number) =>
      api.employers.search({
        offset,
        limit: PAGE_SIZE,
        ...(q.provinceCode ? { provinceCode: q.provinceCode } : {}),
        ...(q.text ? { text: q.text } : {}),
      }),
    [api],
  );
  const { state, query, run } = usePagedSearch(fetch);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run({ provinceCode, text: text.trim() });
  };
  return (
    <section aria-labelledby="employers-title">
      <h2 id="employers-title" className={styles.title}>
        {t('pub.employers.title')}
      </h2>
      <p className={styles.intro}>{t('pub.employers.intro')}</p>
      <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="employers-form">
        <ProvinceSelect value={provinceCode} onChange={setProvinceCode} />
        <TextField name="text" label={t('pub.name')} value={text} onChange={setText} maxLength={100} />
        <div className={styles.formActions}>
          <Button primary type="submit" testId="employers-submit">
            {t('pub.search')}
          </Button>
        </div>
      </form>
      <Results<EmployerItem>
        state={state}
        testId="employers-results"
        itemKey={(e) => e.code}
        onPage={(offset) => query && void run(query, offset)}
        render={(e) => (
          <div className={styles.itemBody}>
            <h3 className={styles.itemTitle}>{e.name}</h3>
            <p className={styles.itemMeta}>
              <span className={styles.badge}>{`${t('pub.code')}: ${e.code}`}</span>
              {e.address}
            </p>
          </div>
        )}
      />
    </section>
  );
}
