import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { Locale, Translate } from '../i18n/i18n';
import styles from './AppHeader.module.css';
import { HeaderButton } from './HeaderButton';

export interface AppHeaderProps {
  readonly title: string;
  readonly subtitle: string;
  readonly locale: Locale;
  readonly onLocale: (locale: Locale) => void;
  readonly t: Translate;
  /** The counter console's tighter, single-row header. */
  readonly dense?: boolean;
  /** Controls between the title and the language toggle (sign out, home…). */
  readonly children?: ReactNode;
}

/**
 * The brand bar of the kiosk and of the counter console: title, the caller's controls, and the language
 * toggle. The page's `lang` follows the toggle here so screen readers switch voice with it.
 */
export function AppHeader(props: Readonly<AppHeaderProps>) {
  const { locale, onLocale, t } = props;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <header className={props.dense ? `${styles.header} ${styles.dense}` : styles.header}>
      <div className={styles.brand}>
        <h1 className={styles.title}>{props.title}</h1>
        <p className={styles.subtitle}>{props.subtitle}</p>
      </div>
      {props.children}
      <HeaderButton lang={other} onClick={() => onLocale(other)} testId="toggle-language">
        {locale === 'vi' ? t('app.switchToEnglish') : t('app.switchToVietnamese')}
      </HeaderButton>
    </header>
  );
}
