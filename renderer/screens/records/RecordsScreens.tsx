import { useEffect, useState } from 'react';
import styles from './Records.module.css';
import { BhytCardView } from './BhytCardView';
import { CardPrintActions } from './CardPrintActions';
import { ParticipationPrint } from './ParticipationPrint';
import { formatDate, formatMoney, formatMonth } from './format';
import type { SchemeName } from '../../../preload/contract/channels/records';
import type { KioskError } from '../../../preload/contract/result';
import type { MessageKey } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { accountErrorText } from '../account/account-error';
import { useAccount } from '../../state/account-store';
import type { Outcome } from '../../state/account-store';
import { useApp, useT } from '../../state/store-context';

const SCHEMES: readonly SchemeName[] = ['bhxh', 'bhtn', 'bhtnld-bnn', 'bhyt'];

/** Runs a load when the screen opens (and when deps change); returns the error to show, if any. */
function useLoad(load: () => Promise<Outcome>, deps: readonly unknown[]): KioskError | null {
  const [error, setError] = useState<KioskError | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((r) => {
      if (live) setError(r.ok ? null : r.error);
    });
    return () => {
      live = false;
    };
    // The caller's list says when the load runs again, exactly as useEffect's own would (useLoad is a thin wrapper).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return error;
}

function Frame(props: { readonly titleKey: MessageKey; readonly error: KioskError | null; readonly children: React.ReactNode }) {
  const t = useT();
  const go = useApp((s) => s.go);
  return (
    <section aria-labelledby="records-title">
      <h2 id="records-title" className={styles.title}>
        {t(props.titleKey)}
      </h2>
      {props.error ? (
        <p className={styles.panel} role="alert">
          {accountErrorText(t, props.error, 'records')}
        </p>
      ) : (
        props.children
      )}
      <div className={styles.actions}>
        <Button onClick={() => go({ name: 'records' })} testId="records-back">
          {t('records.backToMenu')}
        </Button>
      </div>
    </section>
  );
}

export function RecordsMenuScreen() {
  const t = useT();
  const go = useApp((s) => s.go);
  const items = [
    ['profile', 'records.profile'],
    ['card', 'records.card'],
    ['participation', 'records.participation'],
    ['benefits', 'records.benefits'],
    ['visits', 'records.visits'],
    ['changePassword', 'records.changePassword'],
  ] as const;
  return (
    <section aria-labelledby="records-title">
      <h2 id="records-title" className={styles.title}>
        {t('records.menu.title')}
      </h2>
      <div className={styles.menu}>
        {items.map(([name, key]) => (
          <button key={name} type="button" className={styles.tile} onClick={() => go({ name })} data-testid={`records-${name}`}>
            {t(key)}
          </button>
        ))}
      </div>
    </section>
  );
}

export function ProfileScreen() {
  const t = useT();
  const load = useAccount((s) => s.loadProfile);
  const profile = useAccount((s) => s.records.profile);
  const error = useLoad(load, []);
  const none = t('profile.none');
  return (
    <Frame titleKey="records.profile" error={error}>
      {profile ? (
        <dl className={`${styles.panel} ${styles.facts}`} data-testid="profile">
          <dt>{t('profile.insuranceNumber')}</dt>
          <dd>{profile.insuranceNumber}</dd>
          <dt>{t('profile.fullName')}</dt>
          <dd>{profile.fullName}</dd>
          <dt>{t('profile.dateOfBirth')}</dt>
          <dd>{formatDate(profile.dateOfBirth)}</dd>
          <dt>{t('profile.gender')}</dt>
          <dd>{t(profile.gender === 'male' ? 'profile.gender.male' : 'profile.gender.female')}</dd>
          <dt>{t('profile.idNumber')}</dt>
          <dd>{profile.idNumber ?? none}</dd>
          <dt>{t('profile.phone')}</dt>
          <dd>{profile.phone ?? none}</dd>
          <dt>{t('profile.email')}</dt>
          <dd>{profile.email ?? none}</dd>
          <dt>{t('profile.address')}</dt>
          <dd>{profile.address ?? none}</dd>
        </dl>
      ) : (
        <p role="status">{t('records.loading')}</p>
      )}
    </Frame>
  );
}

export function CardScreen() {
  const t = useT();
  const load = useAccount((s) => s.loadCard);
  const view = useAccount((s) => s.records.card);
  const error = useLoad(load, []);
  const [side, setSide] = useState<'front' | 'back'>('front');
  const card = view?.card;
  return (
    <Frame titleKey="records.card" error={error}>
      {view === undefined ? (
        <p role="status">{t('records.loading')}</p>
      ) : !card ? (
        <p className={styles.panel}>{t('card.none')}</p>
      ) : (
        <div className={styles.cardWrap}>
          <div>
            <BhytCardView
              key={side}
              card={card}
              side={side}
              label={t('card.imageLabel', { side: t(side === 'front' ? 'card.front' : 'card.back') })}
              qrLabel={t('card.qrLabel')}
            />
            <div className={styles.actions}>
              <Button primary onClick={() => setSide(side === 'front' ? 'back' : 'front')} testId="card-rotate">
                {t('card.rotate')}
              </Button>
            </div>
            <CardPrintActions />
          </div>
          <div className={`${styles.panel} ${styles.explain}`} data-testid="card-explain">
            <p>
              <strong>{t(`card.status.${card.status}`)}</strong>
            </p>
            <p>
              {card.validTo === null
                ? t('card.validity.open', { from: formatDate(card.validFrom) })
                : t('card.validity.range', { from: formatDate(card.validFrom), to: formatDate(card.validTo) })}
            </p>
            <p>
              {card.fiveYearsFrom === null
                ? t('card.fiveYears.none')
                : t('card.fiveYears.explain', { date: formatDate(card.fiveYearsFrom) })}
            </p>
          </div>
        </div>
      )}
    </Frame>
  );
}

export function ParticipationScreen() {
  const t = useT();
  const load = useAccount((s) => s.loadParticipation);
  const view = useAccount((s) => s.records.participation);
  const [scheme, setScheme] = useState<SchemeName | ''>('');
  const [year, setYear] = useState<number | ''>('');
  const error = useLoad(() => load({ ...(scheme !== '' ? { scheme } : {}), ...(year !== '' ? { year } : {}) }), [scheme, year]);
  return (
    <Frame titleKey="records.participation" error={error}>
      <ParticipationPrint />
      <div className={styles.toolbar}>
        <label className={styles.filter}>
          {t('participation.scheme')}
          <select
            className={styles.select}
            value={scheme}
            onChange={(e) => setScheme(e.target.value as SchemeName | '')}
            data-testid="filter-scheme"
          >
            <option value="">{t('participation.all')}</option>
            {SCHEMES.map((s) => (
              <option key={s} value={s}>
                {t(`participation.scheme.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.filter}>
          {t('participation.year')}
          <select
            className={styles.select}
            value={year}
            onChange={(e) => setYear(e.target.value === '' ? '' : Number(e.target.value))}
            data-testid="filter-year"
          >
            <option value="">{t('participation.all')}</option>
            {(view?.years ?? []).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {view === undefined ? (
        <p role="status">{t('records.loading')}</p>
      ) : (
        <>
          <h3>{t('participation.totals')}</h3>
          <ul className={styles.totals} data-testid="participation-totals">
            {view.totals.length === 0 ? <li>{t('records.empty')}</li> : null}
            {view.totals.map((x) => (
              <li key={x.scheme} className={styles.total}>
                {t(`participation.scheme.${x.scheme}`)}: {t('participation.months', { n: x.months })}
              </li>
            ))}
          </ul>
          <table className={styles.table} data-testid="participation-table">
            <thead>
              <tr>
                <th scope="col">{t('participation.scheme')}</th>
                <th scope="col">{t('participation.period')}</th>
                <th scope="col">{t('participation.employer')}</th>
                <th scope="col">{t('participation.position')}</th>
                <th scope="col" className={styles.num}>
                  {t('participation.salary')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.periods.map((p, i) => (
                <tr key={i}>
                  <td>{t(`participation.scheme.${p.scheme}`)}</td>
                  <td>
                    {formatMonth(p.fromMonth)} – {p.toMonth === null ? t('participation.now') : formatMonth(p.toMonth)} (
                    {t('participation.months', { n: p.months })})
                  </td>
                  <td>{p.employerName ?? ''}</td>
                  <td>{p.position ?? ''}</td>
                  <td className={styles.num}>{p.salaryBase === null ? '' : formatMoney(p.salaryBase)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Frame>
  );
}

export function BenefitsScreen() {
  const t = useT();
  const load = useAccount((s) => s.loadBenefits);
  const view = useAccount((s) => s.records.benefits);
  const error = useLoad(load, []);
  return (
    <Frame titleKey="records.benefits" error={error}>
      {view === undefined ? (
        <p role="status">{t('records.loading')}</p>
      ) : view.benefits.length === 0 ? (
        <p className={styles.panel}>{t('records.empty')}</p>
      ) : (
        <table className={styles.table} data-testid="benefits-table">
          <thead>
            <tr>
              <th scope="col">{t('benefits.kind')}</th>
              <th scope="col">{t('benefits.period')}</th>
              <th scope="col" className={styles.num}>
                {t('benefits.amount')}
              </th>
              <th scope="col">{t('benefits.note')}</th>
            </tr>
          </thead>
          <tbody>
            {view.benefits.map((b, i) => (
              <tr key={i}>
                <td>{t(`benefits.kind.${b.kind}`)}</td>
                <td>
                  {formatDate(b.fromDate)}
                  {b.toDate === null ? '' : ` – ${formatDate(b.toDate)}`}
                </td>
                <td className={styles.num}>{formatMoney(b.amount)}</td>
                <td>{b.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Frame>
  );
}

export function VisitsScreen() {
  const t = useT();
  const load = useAccount((s) => s.loadVisits);
  const view = useAccount((s) => s.records.visits);
  const [year, setYear] = useState<number | ''>('');
  const error = useLoad(() => load(year === '' ? undefined : year), [year]);
  return (
    <Frame titleKey="records.visits" error={error}>
      <div className={styles.toolbar}>
        <label className={styles.filter}>
          {t('participation.year')}
          <select
            className={styles.select}
            value={year}
            onChange={(e) => setYear(e.target.value === '' ? '' : Number(e.target.value))}
            data-testid="visits-year"
          >
            <option value="">{t('participation.all')}</option>
            {(view?.years ?? []).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {view === undefined ? (
        <p role="status">{t('records.loading')}</p>
      ) : view.visits.length === 0 ? (
        <p className={styles.panel}>{t('records.empty')}</p>
      ) : (
        <table className={styles.table} data-testid="visits-table">
          <thead>
            <tr>
              <th scope="col">{t('visits.date')}</th>
              <th scope="col">{t('visits.facility')}</th>
              <th scope="col">{t('visits.diagnosis')}</th>
              <th scope="col" className={styles.num}>
                {t('visits.total')}
              </th>
              <th scope="col" className={styles.num}>
                {t('visits.paid')}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.visits.map((v, i) => (
              <tr key={i}>
                <td>{formatDate(v.visitDate)}</td>
                <td>{v.facilityName}</td>
                <td>{v.diagnosisGroup}</td>
                <td className={styles.num}>{formatMoney(v.totalCost)}</td>
                <td className={styles.num}>{formatMoney(v.bhytPaid)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('visits.sum')}
              </th>
              <td className={styles.num}>{formatMoney(view.totalCost)}</td>
              <td className={styles.num}>{formatMoney(view.totalBhytPaid)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </Frame>
  );
}
