import { useId } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import styles from './Field.module.css';

export interface InputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'children' | 'onChange'> {
  /** Visible label, also the input's accessible name. */
  readonly label: string;
  /** Called with the whole new text, NFC (a Vietnamese name typed or pasted in NFD must compare equal). */
  readonly onValue: (value: string) => void;
  /** Shown under the input (a hint); the caller links it through aria-describedby. */
  readonly children?: ReactNode;
  readonly testId?: string;
}

/**
 * A labelled native input, for screens typed on a real keyboard (the counter console). Kiosk screens use
 * TextField, which brings the on-screen keyboard; both share Field.module.css so they look alike (a screen
 * tightens both through --field-gap and --field-pad).
 */
export function InputField({ label, onValue, children, testId, ...input }: Readonly<InputFieldProps>) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <input id={id} className={styles.input} data-testid={testId} onChange={(e) => onValue(e.target.value.normalize('NFC'))} {...input} />
      {children}
    </div>
  );
}
