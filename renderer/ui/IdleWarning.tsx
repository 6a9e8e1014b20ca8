import { useEffect, useId, useRef } from 'react';
import type { Translate } from '../i18n/i18n';
import styles from './IdleWarning.module.css';

export interface IdleWarningProps {
  /** Whole seconds left before the session is wiped (from the idle timer's onWarning/onTick). */
  readonly secondsLeft: number;
  /** "Tiếp tục" was pressed: report activity to the idle timer, which hides the dialog. */
  readonly onContinue: () => void;
  /** Message lookup (pass useT()). */
  readonly t: Translate;
}

/**
 * Modal warning before the idle timeout. Render it only while the warning is active. Focus moves
 * to "Tiếp tục" so a single tap or Enter keeps the session; Tab stays on that button.
 */
export function IdleWarning(props: Readonly<IdleWarningProps>) {
  const { t } = props;
  const titleId = useId();
  const messageId = useId();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    button.current?.focus();
  }, []);

  return (
    // A tap beside the dialog also means "still here"; it must not reach the screen underneath.
    <div
      className={styles.backdrop}
      data-testid="idle-warning"
      onClick={(e) => {
        if (e.target === e.currentTarget) props.onContinue();
      }}
    >
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        className={styles.dialog}
        onKeyDown={(e) => {
          // The only control is the button: keep focus on it instead of letting Tab escape the modal.
          if (e.key === 'Tab') {
            e.preventDefault();
            button.current?.focus();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            props.onContinue();
          }
        }}
      >
        <h2 id={titleId} className={styles.title}>
          {t('idle.title')}
        </h2>
        <p id={messageId} className={styles.message}>
          {t('idle.message', { seconds: props.secondsLeft })}
        </p>
        <div className={styles.count} aria-hidden="true">
          {props.secondsLeft}
        </div>
        <button ref={button} type="button" className={styles.continue} onClick={props.onContinue} data-testid="idle-continue">
          {t('idle.continue')}
        </button>
      </div>
    </div>
  );
}
