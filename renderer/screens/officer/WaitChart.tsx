/**
 * Waiting times over the day, drawn in the page as inline SVG (no chart library): each called number is a dot at the
 * time it was called and its wait; the hourly p50 is a solid line and the hourly p90 a dashed one. Axis labels come
 * from the catalogue (Vietnamese first). The table beside it carries the same figures for screen readers.
 */
import type { DayReport } from '../../../preload/contract/day-report';
import type { Translate } from '../../i18n/i18n';
import own from './OfficerReport.module.css';

const W = 960;
const H = 380;
const PAD = { left: 78, right: 24, top: 20, bottom: 64 };

/** A round upper bound for the wait axis, in minutes: 5, 10, 15, 20, 30, 45, 60, then per hour. */
function niceMax(minutes: number): number {
  for (const m of [5, 10, 15, 20, 30, 45, 60]) if (minutes <= m) return m;
  return Math.ceil(minutes / 60) * 60;
}

export function WaitChart({ report, t }: { readonly report: DayReport; readonly t: Translate }) {
  if (report.waits.length === 0) return <p data-testid="report-chart-empty">{t('report.noWaits')}</p>;
  const firstHour = Math.min(7, ...report.waits.map((w) => Math.floor(w.minute / 60)));
  const lastHour = Math.max(17, ...report.waits.map((w) => Math.floor(w.minute / 60) + 1));
  const yMax = niceMax(Math.max(...report.waits.map((w) => w.waitSeconds / 60), ...report.hourly.map((h) => h.p90 / 60)));
  const x = (minute: number): number => PAD.left + ((minute - firstHour * 60) / ((lastHour - firstHour) * 60)) * (W - PAD.left - PAD.right);
  const y = (minutes: number): number => H - PAD.bottom - (minutes / yMax) * (H - PAD.top - PAD.bottom);
  const hours = Array.from({ length: lastHour - firstHour + 1 }, (_, i) => firstHour + i);
  const yTicks = Array.from({ length: 6 }, (_, i) => (yMax / 5) * i);
  const line = (pick: (h: DayReport['hourly'][number]) => number): string =>
    report.hourly.map((h) => `${x(h.hour * 60 + 30).toFixed(1)},${y(pick(h) / 60).toFixed(1)}`).join(' ');
  return (
    <figure className={own.figure}>
      <svg viewBox={`0 0 ${W} ${H}`} className={own.chart} role="img" aria-labelledby="wait-chart-title" data-testid="report-chart">
        <title id="wait-chart-title">{t('report.chart')}</title>
        {yTicks.map((m) => (
          <g key={m}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(m)} y2={y(m)} className={own.grid} />
            <text x={PAD.left - 10} y={y(m) + 6} textAnchor="end" className={own.tick}>
              {Number.isInteger(m) ? m : m.toFixed(1)}
            </text>
          </g>
        ))}
        {hours.map((h) => (
          <text key={h} x={x(h * 60)} y={H - PAD.bottom + 26} textAnchor="middle" className={own.tick}>
            {`${h}h`}
          </text>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className={own.axis} />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} className={own.axis} />
        {report.waits.map((w, i) => (
          <circle
            key={i}
            cx={x(w.minute)}
            cy={y(w.waitSeconds / 60)}
            r={6}
            className={own[`dot${w.service}`]}
            data-testid="report-chart-dot"
          />
        ))}
        <polyline points={line((h) => h.p50)} className={own.p50} />
        <polyline points={line((h) => h.p90)} className={own.p90} />
        {/* Markers too, so an hour with a single call still shows its p50/p90. */}
        {report.hourly.map((h) => (
          <g key={h.hour}>
            <rect x={x(h.hour * 60 + 30) - 7} y={y(h.p90 / 60) - 7} width={14} height={14} className={own.marker90} />
            <rect x={x(h.hour * 60 + 30) - 7} y={y(h.p50 / 60) - 7} width={14} height={14} className={own.marker50} />
          </g>
        ))}
        <text x={(PAD.left + W - PAD.right) / 2} y={H - 12} textAnchor="middle" className={own.axisLabel}>
          {t('report.axisHour')}
        </text>
        <text
          x={20}
          y={(PAD.top + H - PAD.bottom) / 2}
          textAnchor="middle"
          transform={`rotate(-90 20 ${(PAD.top + H - PAD.bottom) / 2})`}
          className={own.axisLabel}
        >
          {t('report.axisWait')}
        </text>
      </svg>
      <figcaption className={own.caption}>{t('report.chartDesc')}</figcaption>
    </figure>
  );
}
