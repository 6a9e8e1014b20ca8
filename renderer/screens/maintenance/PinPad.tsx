import { useEffect } from 'react';
import type { Translate } from '../../i18n/i18n';
import styles from './Maintenance.module.css';

export const PIN_MAX = 8;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export interface PinPadProps {
  readonly value: string;
  readonly onChange: (pin: string) => void;
  readonly onSubmit: () => void;
  readonly disabled: boolean;
  readonly t: Translate;
}

/** A large digits-only keypad; the PIN shows as dots, and the physical keyboard's digits work too. */
export function PinPad(props: Readonly<PinPadProps>) {
  const { value, onChange, onSubmit, disabled, t } = props;
  const press = (d: string) => {
    if (!disabled && value.length < PIN_MAX) onChange(value + d);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (disabled) return;
      if (/^\d$/.test(e.key)) {
        if (value.length < PIN_MAX) onChange(value + e.key);
        e.preventDefault();
      } else if (e.key === 'Backspace') {
        onChange(value.slice(0, -1));
        e.preventDefault();
      } else if (e.key === 'Enter' && e.target === document.body) {
        onSubmit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [value, onChange, onSubmit, disabled]);

  return (
    <div className={styles.pinArea}>
      <output
        className={styles.pinDots}
        aria-live="polite"
        data-testid="pin-display"
        aria-label={t('maintenance.pin.display', { count: value.length })}
      >
        {value.length === 0 ? '\u00a0' : '●'.repeat(value.length)}
      </output>
      <div role="group" aria-label={t('maintenance.pin.pad')} className={styles.pad}>
        {DIGITS.map((d) => (
          <button
            key={d}
            type="button"
            className={styles.key}
            onClick={() => press(d)}
            disabled={disabled}
            aria-label={t('maintenance.pin.digit', { digit: d })}
            data-testid={`pin-${d}`}
          >
            {d}
          </button>
        ))}
        <button type="button" className={styles.key} onClick={() => onChange('')} disabled={disabled} data-testid="pin-clear">
          {t('maintenance.pin.clear')}
        </button>
        <button
          type="button"
          className={styles.key}
          onClick={() => press('0')}
          disabled={disabled}
          aria-label={t('maintenance.pin.digit', { digit: '0' })}
          data-testid="pin-0"
        >
          0
        </button>
        <button
          type="button"
          className={styles.key}
          onClick={() => onChange(value.slice(0, -1))}
          disabled={disabled}
          aria-label={t('maintenance.pin.backspace')}
          data-testid="pin-backspace"
        >
          ⌫
        </button>
      </div>
    </div>
  );
}
