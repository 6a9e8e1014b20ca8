import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './PublicScreen.module.css';
import { PAGE_SIZE, ProvinceSelect, Results, usePagedSearch } from './public-ui';
import { VietnamMap } from './VietnamMap';
import type { OfficeDetail, OfficeItem } from '../../../preload/contract/channels/offices';
import { errorKey } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/i18n';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

interface Query {
  readonly provinceCode: string;
  readonly text: string;
}

/** Base64 of a UTF-8 string (the QR SVG is ASCII, but be safe). */
const toBase64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));

function OfficeDetailView({ detail, onBack }: { readonly detail: OfficeDetail; readonly onBack: () => void }) {
  const t = useT();
  const o = detail.office;
  return (
    <div data-testid="office-detail">
      <div className={styles.detail}>
        <div className={styles.detailCard}>
          <h3 className={styles.itemTitle}>{o.name}</h3>
          <dl className={styles.facts}>
            <dt>{t('pub.address')}</dt>
            <dd>{o.address}</dd>
            {o.phone ? (
              <>
                <dt>{t('pub.phone')}</dt>
                <dd>{o.phone}</dd>
              </>
            ) : null}
            {o.hours ? (
              <>
                <dt>{t('pub.hours')}</dt>
                <dd>{o.hours}</dd>
              </>
            ) : null}
          </dl>
          {/* How to get there, in words a person can act on (not raw coordinates). */}
          <div className={styles.mapBlock} data-testid="office-directions">
            <h4 className={styles.mapTitle}>{t('pub.offices.how')}</h4>
            <ol>
              <li>{t('pub.offices.how.qr')}</li>
              <li>{t('pub.offices.how.address', { address: o.address })}</li>
              {o.phone ? <li>{t('pub.offices.how.call', { phone: o.phone })}</li> : null}
            </ol>
          </div>
          <div className={styles.mapBlock}>
            <h4 className={styles.mapTitle}>{t('pub.offices.map')}</h4>
            <VietnamMap provinces={detail.provinces} office={o} />
          </div>
        </div>
        <div className={styles.qr}>
          <img
            src={`data:image/svg+xml;base64,${toBase64(detail.qrSvg)}`}
            alt={t('pub.offices.qr.alt', { name: o.name })}
            data-testid="office-qr"
          />
          <p>{t('pub.offices.qr')}</p>
        </div>
      </div>
      <div className={styles.actions}>
        <Button onClick={onBack} testId="office-back">
          {t('pub.offices.back')}
        </Button>
      </div>
    </div>
  );
}

export function OfficesScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const [provinceCode, setProvinceCode] = useState('');
  const [text, setText] = useState('');
  const [detail, setDetail] = useState<OfficeDetail | null>(null);
  const [detailError, setDetailError] = useState<MessageKey | null>(null);
  const fetch = useCallback(
    (q: Query, offset: number) =>
      api.offices.search({
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
  const open = async (code: string) => {
    setDetailError(null);
    const r = await api.offices.detail({ code });
    if (r.ok) setDetail(r.value);
    else setDetailError(errorKey(r.error.code));
  };

  return (
    <section aria-labelledby="offices-title">
      <h2 id="offices-title" className={styles.title}>
        {t('pub.offices.title')}
      </h2>
      {detail ? (
        <OfficeDetailView detail={detail} onBack={() => setDetail(null)} />
      ) : (
        <>
          <p className={styles.intro}>{t('pub.offices.intro')}</p>
          <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="offices-form">
            <ProvinceSelect value={provinceCode} onChange={setProvinceCode} />
            <TextField name="text" label={t('pub.name')} value={text} onChange={setText} maxLength={100} />
            <div className={styles.formActions}>
              <Button primary type="submit" testId="offices-submit">
                {t('pub.search')}
              </Button>
            </div>
          </form>
          {detailError ? (
            <p className={`${styles.status} ${styles.errorPanel}`} role="alert">
              {t(detailError)}
            </p>
          ) : null}
          <Results<OfficeItem>
            state={state}
            testId="offices-results"
            itemKey={(o) => o.code}
            onPage={(offset) => query && void run(query, offset)}
            render={(o) => (
              <>
                <div className={styles.itemBody}>
                  <h3 className={styles.itemTitle}>{o.name}</h3>
                  <p className={styles.itemMeta}>{o.address}</p>
                  {o.phone ? <p className={styles.itemMeta}>{`${t('pub.phone')}: ${o.phone}`}</p> : null}
                </div>
                <Button onClick={() => void open(o.code)} ariaLabel={`${t('pub.offices.select')}: ${o.name}`} testId={`office-${o.code}`}>
                  {t('pub.offices.select')}
                </Button>
              </>
            )}
          />
        </>
      )}
    </section>
  );
}
