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

function Timings({ t, locale, row }: { readonly t: Translate; readonly locale: string; readonly row: DayReport['counters'][number] }) {
  return (
    <>
      <td>{minutes(t, locale, row.waitP50)}</td>
      <td>{minutes(t, locale, row.waitP90)}</td>
      <td>{minutes(t, locale, row.serviceP50)}</td>
      <td>{minutes(t, locale, row.serviceP90)}</td>
    </>
  );
}

const isRejectReason = (k: string): k is RejectReason => (REJECT_REASONS as readonly string[]).includes(k);
const reasonLabel = (t: Translate, k: string): string => (isRejectReason(k) ? t(`officer.reason.${k}`) : k);

const TIMING_HEADS = ['report.waitP50', 'report.waitP90', 'report.serviceP50', 'report.serviceP90'] as const;

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
        <label className={styles.check}>
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
          <table className={`${styles.table} ${own.section}`} data-testid="report-services">
            <caption className={styles.caption}>{t('report.byService')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.service')}</th>
                <th scope="col">{t('report.tickets')}</th>
                <th scope="col">{t('report.served')}</th>
                {TIMING_HEADS.map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.services.map((s) => (
                <tr key={s.service} data-service={s.service}>
                  <th scope="row">{`${s.service} · ${t(`service.${s.service}`)}`}</th>
                  <td className={styles.number}>{s.tickets}</td>
                  <td className={styles.number}>{s.served}</td>
                  <Timings t={t} locale={locale} row={{ counter: s.service, ...s }} />
                </tr>
              ))}
            </tbody>
          </table>
          <table className={`${styles.table} ${own.section}`} data-testid="report-counters">
            <caption className={styles.caption}>{t('report.byCounter')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.counter')}</th>
                <th scope="col">{t('report.served')}</th>
                {TIMING_HEADS.map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.counters.map((c) => (
                <tr key={c.counter} data-counter={c.counter}>
                  <th scope="row">{t('officer.supervisor.counterN', { counter: c.counter })}</th>
                  <td className={styles.number}>{c.served}</td>
                  <Timings t={t} locale={locale} row={c} />
                </tr>
              ))}
            </tbody>
          </table>
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
