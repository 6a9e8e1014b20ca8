import { useId } from 'react';
import styles from '../../ui/Field.module.css';

/** A labelled input for sign-in forms: passwords are masked, digit fields get the numeric keypad. */
export function AccountField(props: {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly kind: 'password' | 'digits';
  readonly maxLength: number;
  readonly autoFocus?: boolean;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        className={styles.input}
        type={props.kind === 'password' ? 'password' : 'text'}
        inputMode={props.kind === 'digits' ? 'numeric' : 'text'}
        maxLength={props.maxLength}
        autoComplete="off"
        autoFocus={props.autoFocus}
        value={props.value}
        onChange={(e) => props.onChange(props.kind === 'digits' ? e.target.value.replace(/\D/g, '') : e.target.value.normalize('NFC'))}
      />
    </div>
  );
}
