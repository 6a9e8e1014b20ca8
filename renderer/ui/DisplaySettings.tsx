import { useEffect } from 'react';
import type { Translate } from '../i18n/i18n';
import styles from './DisplaySettings.module.css';
import { applyDisplaySettings, TEXT_SCALES } from './display-settings';
import type { Contrast, TextScale } from './display-settings';

export type { Contrast, TextScale };

export interface DisplaySettingsProps {
  /** Current text size factor. */
  readonly textScale: TextScale;
  /** Current colour theme. */
  readonly contrast: Contrast;
  /** A text size button was pressed. */
  readonly onTextScale: (scale: TextScale) => void;
  /** The high-contrast toggle was pressed (with the new value). */
  readonly onContrast: (contrast: Contrast) => void;
  /** Message lookup (pass useT()). */
  readonly t: Translate;
}

/**
 * Compact text-size (100/125/150 %) and high-contrast controls. State lives with the caller; this
 * mirrors it onto <html> (--text-scale, data-contrast) so tokens.css restyles the whole kiosk.
 */
export function DisplaySettings(props: Readonly<DisplaySettingsProps>) {
  const { t } = props;

  useEffect(() => {
    applyDisplaySettings(document.documentElement, { textScale: props.textScale, contrast: props.contrast });
  }, [props.textScale, props.contrast]);

  return (
    <div role="group" aria-label={t('display.label')} className={styles.group}>
      <div role="group" aria-label={t('display.textSize')} className={styles.sizes}>
        {TEXT_SCALES.map((scale, i) => {
          const percent = Math.round(scale * 100);
          return (
            <button
              key={scale}
              type="button"
              className={styles.button}
              aria-pressed={props.textScale === scale}
              onClick={() => props.onTextScale(scale)}
              data-testid={`text-scale-${percent}`}
            >
              <span aria-hidden="true" style={{ fontSize: `${0.8 + i * 0.25}em` }}>
                A
              </span>
              {/* The name is "Cỡ chữ 125%" and contains the visible "125%" (WCAG 2.5.3 label in name). */}
              <span className={styles.srOnly}>{t('display.textSize.prefix')}</span>
              <span className={styles.percent}>{percent}%</span>
            </button>
          );
        })}
      </div>
      <button
        type="button"
        className={`${styles.button} ${styles.contrast}`}
        aria-pressed={props.contrast === 'high'}
        onClick={() => props.onContrast(props.contrast === 'high' ? 'normal' : 'high')}
        data-testid="toggle-contrast"
      >
        <span aria-hidden="true">◐ </span>
        {t('display.contrast')}
      </button>
    </div>
  );
}
