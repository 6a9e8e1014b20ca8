/**
 * "Báo cáo trong ngày" on the supervisor screen (issue #18): the office's day in numbers, the same figures as
 * `npm run admin -- report` (docs/services-and-ratings.md › report). Counts and times only, no personal data.
 */
import { REJECT_REASONS, type RejectReason } from '../../../preload/contract/channels/officer';
import type { DayReport } from '../../../preload/contract/day-report';
import type { Translate } from '../../i18n/i18n';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import { Button } from '../../ui/Button';
import styles from './Officer.module.css';
import own from './OfficerReport.module.css';
import { WaitChart } from './WaitChart';

function minutes(t: Translate, locale: string, seconds: number | null): string {
  if (seconds === null) return t('report.none');
  return t('report.minutes', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(seconds / 60) });
}

type Timing = Pick<DayReport['counters'][number], 'waitP50' | 'waitP90' | 'serviceP50' | 'serviceP90'>;

const TIMING_HEADS = ['report.waitP50', 'report.waitP90', 'report.serviceP50', 'report.serviceP90'] as const;

/** Counts, then the four wait and service times, per service or per counter. */
function TimingTable({
  t,
  locale,
  caption,
  testId,
  heads,
  rows,
}: {
  readonly t: Translate;
  readonly locale: string;
  readonly caption: string;
  readonly testId: string;
  /** The row label's column, then one per count. */
  readonly heads: readonly string[];
  readonly rows: readonly {
    readonly key: string;
    /** The data attribute tests find the row by, e.g. { 'data-service': 'B' }. */
    readonly data: Readonly<Record<`data-${string}`, string>>;
    readonly label: string;
    readonly counts: readonly number[];
    readonly timing: Timing;
  }[];
}) {
  return (
    <table className={`${styles.table} ${own.section}`} data-testid={testId}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {[...heads, ...TIMING_HEADS.map((k) => t(k))].map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} {...r.data}>
            <th scope="row">{r.label}</th>
            {r.counts.map((n, i) => (
              <td key={i} className={styles.number}>
                {n}
              </td>
            ))}
            <td>{minutes(t, locale, r.timing.waitP50)}</td>
            <td>{minutes(t, locale, r.timing.waitP90)}</td>
            <td>{minutes(t, locale, r.timing.serviceP50)}</td>
            <td>{minutes(t, locale, r.timing.serviceP90)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const isRejectReason = (k: string): k is RejectReason => (REJECT_REASONS as readonly string[]).includes(k);
const reasonLabel = (t: Translate, k: string): string => (isRejectReason(k) ? t(`officer.reason.${k}`) : k);

function Counts({
  caption,
  rows,
  testId,
}: {
  readonly caption: string;
  readonly rows: readonly { key: string; label: string; count: number }[];
  readonly testId: string;
}) {
  return (
    <table className={styles.table} data-testid={testId}>
      <caption className={styles.caption}>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{r.label}</th>
            <td className={styles.number}>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OfficerReport() {
  const t = useOfficerT();
  const locale = useOfficer((s) => s.locale);
  const report = useOfficer((s) => s.report);
  const message = useOfficer((s) => s.message);
  const openReport = useOfficer((s) => s.openReport);
  const openSupervisor = useOfficer((s) => s.openSupervisor);
  const vnDay = report === null ? '' : report.day.split('-').reverse().join('/');
  return (
    <section className={styles.panel} aria-labelledby="report-title" data-testid="officer-report">
      <h2 className={styles.h2} id="report-title">
        {t('report.title', { day: vnDay })}
      </h2>
      <p className={styles.muted}>{t('report.intro')}</p>
      <div className={styles.actions}>
        <Button onClick={() => void openSupervisor()} testId="report-back">
          {t('report.back')}
        </Button>
        <Button onClick={() => void openReport(report?.day)} testId="report-refresh">
          {t('report.refresh')}
        </Button>
        <label className={own.dayField}>
          {t('report.day')}
          <input
            type="date"
            className={own.day}
            value={report?.day ?? ''}
            onChange={(e) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) void openReport(e.target.value);
            }}
            data-testid="report-day"
          />
        </label>
      </div>
      {message ? (
        <div className={styles.info} role="status">
          {t(message.key, message.params)}
        </div>
      ) : null}
      {report === null ? null : (
        <>
          <div className={own.section}>
            <h3 className={styles.h3}>{t('report.chart')}</h3>
            <WaitChart report={report} t={t} />
          </div>
          <TimingTable
            t={t}
            locale={locale}
            caption={t('report.byService')}
            testId="report-services"
            heads={[t('report.service'), t('report.tickets'), t('report.served')]}
            rows={report.services.map((s) => ({
              key: s.service,
              data: { 'data-service': s.service },
              label: `${s.service} · ${t(`service.${s.service}`)}`,
              counts: [s.tickets, s.served],
              timing: s,
            }))}
          />
          <TimingTable
            t={t}
            locale={locale}
            caption={t('report.byCounter')}
            testId="report-counters"
            heads={[t('report.counter'), t('report.served')]}
            rows={report.counters.map((c) => ({
              key: c.counter,
              data: { 'data-counter': c.counter },
              label: t('officer.supervisor.counterN', { counter: c.counter }),
              counts: [c.served],
              timing: c,
            }))}
          />
          <div className={own.figures}>
            <Counts
              caption={t('report.ratings')}
              testId="report-ratings"
              rows={report.ratings.map((r) => ({ key: r.key, label: t(`rating.level.${r.key}`), count: r.count }))}
            />
            <Counts
              caption={t('report.reasons')}
              testId="report-reasons"
              rows={report.ratingReasons.map((r) => ({ key: r.key, label: t(`rating.reason.${r.key}`), count: r.count }))}
            />
            <Counts
              caption={t('report.decisions')}
              testId="report-decisions"
              rows={[
                { key: 'approved', label: t('report.approved'), count: report.approved },
                { key: 'rejected', label: t('report.rejected'), count: report.rejected },
                ...report.rejectReasons.map((r) => ({
                  key: `reason-${r.key}`,
                  label: t('report.rejectReason', { reason: reasonLabel(t, r.key) }),
                  count: r.count,
                })),
                { key: 'cards', label: t('report.cards'), count: report.cardsPrinted },
              ]}
            />
          </div>
        </>
      )}
    </section>
  );
}
