import { useId, useState } from 'react';
import type { Translate } from '../../i18n/i18n';
import styles from './DateEntry.module.css';
import { isoToParts, optionsFor, partialIsoToParts, partsToIso, partsToPartialIso, setPart, stepPart } from './date-entry-model';
import type { DatePart, DateParts, DateRange } from './date-entry-model';

export interface DateEntryProps {
  /** Group label, e.g. "Ngày sinh *". */
  readonly label: string;
  /** The chosen date as 'YYYY-MM-DD', or null while any part is missing. */
  readonly value: string | null;
  /** Called with 'YYYY-MM-DD' once day, month and year are all chosen, otherwise null. */
  readonly onChange: (next: string | null) => void;
  /** Oldest year offered (e.g. 1900). */
  readonly minYear: number;
  /** Latest allowed date 'YYYY-MM-DD' (e.g. today for a date of birth). */
  readonly max: string;
  /** Year a stepper starts from when none is chosen (default: the newest year). */
  readonly startYear?: number | undefined;
  /** Message lookup (pass useT()). */
  readonly t: Translate;
  /** Message shown under the group and announced when present. */
  readonly error?: string | undefined;
  /** Prefix for data-testid of the selects: `${testId}-day`, `-month`, `-year`. */
  readonly testId?: string | undefined;
  /**
   * Dates of birth: a year alone ('YYYY') or a month and year ('YYYY-MM') is a value too, for citizens whose papers
   * record no more; the group then says how to enter one.
   */
  readonly allowPartial?: boolean | undefined;
}

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

const sameDate = (a: DateParts, b: DateParts): boolean => a.day === b.day && a.month === b.month && a.year === b.year;

/**
 * Day / month / year pickers with big − and + buttons. The lists only offer dates that exist and
 * lie within the range, and changing one part clamps the others, so an invalid date cannot be built.
 */
export function DateEntry(props: Readonly<DateEntryProps>) {
  const { t } = props;
  const id = useId();
  const errId = `${id}-err`;
  const range: DateRange =
    props.startYear === undefined
      ? { minYear: props.minYear, max: props.max }
      : { minYear: props.minYear, max: props.max, startYear: props.startYear };
  const toParts = props.allowPartial === true ? partialIsoToParts : isoToParts;
  const toIso = props.allowPartial === true ? partsToPartialIso : partsToIso;
  const hintId = `${id}-hint`;
  const [parts, setParts] = useState<DateParts>(() => toParts(props.value));

  // A value set from outside (filled from a scanned ID card, or a form reset to null) replaces the choice.
  // Values this component emitted itself are remembered in lastValue, so echoes change nothing.
  const fromValue = toParts(props.value);
  const [lastValue, setLastValue] = useState(props.value);
  if (props.value !== lastValue) {
    setLastValue(props.value);
    if (!sameDate(fromValue, parts)) setParts(fromValue);
  }

  const update = (next: DateParts): void => {
    setParts(next);
    const iso = toIso(next);
    setLastValue(iso);
    if (iso !== props.value) props.onChange(iso);
  };

  const partLabel = (part: DatePart): string => t(part === 'day' ? 'date.day' : part === 'month' ? 'date.month' : 'date.year');

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{props.label}</legend>
      {props.allowPartial === true ? (
        <p id={hintId} className={styles.hint} data-testid={props.testId === undefined ? undefined : `${props.testId}-hint`}>
          {t('date.partialHint')}
        </p>
      ) : null}
      <div className={styles.parts}>
        {PARTS.map((part) => {
          const selectId = `${id}-${part}`;
          const name = partLabel(part);
          const options = optionsFor(parts, part, range);
          const value = parts[part];
          return (
            <div key={part} className={`${styles.part} ${styles[part]}`}>
              <label className={styles.partLabel} htmlFor={selectId}>
                {name}
              </label>
              <div className={styles.control}>
                {part === 'year' ? (
                  <button
                    type="button"
                    className={styles.step}
                    aria-label={t('date.decrease10')}
                    onClick={() => update(stepPart(parts, part, -10, range))}
                  >
                    <span aria-hidden="true">−10</span>
                  </button>
                ) : null}
                <button
                  type="button"
                  className={styles.step}
                  aria-label={t('date.decrease', { part: name.toLowerCase() })}
                  onClick={() => update(stepPart(parts, part, -1, range))}
                >
                  <span aria-hidden="true">−</span>
                </button>
                <select
                  id={selectId}
                  className={styles.select}
                  value={value === null ? '' : String(value)}
                  aria-invalid={props.error ? true : undefined}
                  aria-describedby={[props.error ? errId : '', props.allowPartial === true ? hintId : ''].join(' ').trim() || undefined}
                  data-testid={props.testId === undefined ? undefined : `${props.testId}-${part}`}
                  onChange={(e) => update(setPart(parts, part, e.target.value === '' ? null : Number(e.target.value), range))}
                >
                  <option value="">{t('date.choose')}</option>
                  {options.map((n) => (
                    <option key={n} value={n}>
                      {part === 'month' ? t('date.monthOption', { month: n }) : String(n)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className={styles.step}
                  aria-label={t('date.increase', { part: name.toLowerCase() })}
                  onClick={() => update(stepPart(parts, part, 1, range))}
                >
                  <span aria-hidden="true">+</span>
                </button>
                {part === 'year' ? (
                  <button
                    type="button"
                    className={styles.step}
                    aria-label={t('date.increase10')}
                    onClick={() => update(stepPart(parts, part, 10, range))}
                  >
                    <span aria-hidden="true">+10</span>
                  </button>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      {props.error ? (
        <div id={errId} className={styles.error} role="alert">
          {props.error}
        </div>
      ) : null}
    </fieldset>
  );
}
