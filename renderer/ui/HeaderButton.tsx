import type { ReactNode } from 'react';
import styles from './AppHeader.module.css';

/** An outlined button on the header's brand colour (home, sign out, language). */
export function HeaderButton(props: {
  readonly children: ReactNode;
  readonly onClick: () => void;
  readonly testId: string;
  /** The language of the label when it differs from the page's (the language toggle). */
  readonly lang?: string;
}) {
  return (
    <button type="button" className={styles.button} lang={props.lang} onClick={props.onClick} data-testid={props.testId}>
      {props.children}
    </button>
  );
}
