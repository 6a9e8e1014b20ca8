import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './PublicScreen.module.css';
import { PAGE_SIZE, ProvinceSelect, Results, SelectField, usePagedSearch } from './public-ui';
import type { CollectionPointItem } from '../../../preload/contract/channels/collection-points';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

type Kind = '' | 'diem-thu' | 'dai-ly';
interface Query {
  readonly provinceCode: string;
  readonly kind: Kind;
  readonly text: string;
}

export function CollectionPointsScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const [provinceCode, setProvinceCode] = useState('');
  const [kind, setKind] = useState<Kind>('');
  const [text, setText] = useState('');
  const fetch = useCallback(
    (q: Query, offset: number) =>
      api.collectionPoints.search({
        offset,
        limit: PAGE_SIZE,
        ...(q.provinceCode ? { provinceCode: q.provinceCode } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.text ? { text: q.text } : {}),
      }),
    [api],
  );
  const { state, query, run } = usePagedSearch(fetch);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run({ provinceCode, kind, text: text.trim() });
  };
  return (
    <section aria-labelledby="points-title">
      <h2 id="points-title" className={styles.title}>
        {t('pub.points.title')}
      </h2>
      <p className={styles.intro}>{t('pub.points.intro')}</p>
      <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="points-form">
        <ProvinceSelect value={provinceCode} onChange={setProvinceCode} />
        <SelectField
          label={t('pub.points.kind')}
          name="kind"
          value={kind}
          onChange={(v) => setKind(v === 'diem-thu' || v === 'dai-ly' ? v : '')}
        >
          <option value="">{t('pub.points.kind.any')}</option>
          <option value="diem-thu">{t('pub.points.kind.diem-thu')}</option>
          <option value="dai-ly">{t('pub.points.kind.dai-ly')}</option>
        </SelectField>
        <TextField name="text" label={t('pub.name')} value={text} onChange={setText} maxLength={100} />
        <div className={styles.formActions}>
          <Button primary type="submit" testId="points-submit">
            {t('pub.search')}
          </Button>
        </div>
      </form>
      <Results<CollectionPointItem>
        state={state}
        testId="points-results"
        itemKey={(p) => p.id}
        onPage={(offset) => query && void run(query, offset)}
        render={(p) => (
          <div className={styles.itemBody}>
            <h3 className={styles.itemTitle}>{p.name}</h3>
            <p className={styles.itemMeta}>
              <span className={styles.badge}>{t(`pub.points.kind.${p.kind}`)}</span>
              {p.address}
            </p>
            {p.phone ? <p className={styles.itemMeta}>{`${t('pub.phone')}: ${p.phone}`}</p> : null}
          </div>
        )}
      />
    </section>
  );
}
