import { useId } from 'react';
import styles from './Field.module.css';

export interface TextFieldProps {
  /** Visible label, also the input's accessible name. */
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Message shown under the field and announced when present. */
  readonly error?: string | undefined;
  readonly placeholder?: string;
  /** Digits-only fields get the numeric keypad on touch screens. */
  readonly numeric?: boolean;
  readonly maxLength?: number;
  readonly name: string;
}

export function TextField(props: Readonly<TextFieldProps>) {
  const id = useId();
  const errId = `${id}-err`;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        className={styles.input}
        value={props.value}
        placeholder={props.placeholder}
        inputMode={props.numeric ? 'numeric' : 'text'}
        maxLength={props.maxLength}
        autoComplete="off"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errId : undefined}
        onChange={(e) => props.onChange(e.target.value.normalize('NFC'))}
      />
      {props.error ? (
        <div id={errId} className={styles.error} role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  );
}
