import type { ReactNode } from 'react';
import styles from './Button.module.css';

export interface ButtonProps {
  /** Visible label; also the accessible name unless `ariaLabel` is given. */
  readonly children: ReactNode;
  readonly onClick?: () => void;
  /** Filled style for the main action of a screen. */
  readonly primary?: boolean;
  readonly type?: 'button' | 'submit';
  readonly disabled?: boolean;
  readonly ariaLabel?: string;
  readonly testId?: string;
}

export function Button(props: Readonly<ButtonProps>) {
  return (
    <button
      type={props.type ?? 'button'}
      className={`${styles.button} ${props.primary ? styles.primary : ''}`}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-label={props.ariaLabel}
      data-testid={props.testId}
    >
      {props.children}
    </button>
  );
}
