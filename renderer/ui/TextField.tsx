import { setInputMethod, useInputMethod } from './keyboard/input-method-store';
import { useUiT } from './translate-context';
import { KeyboardField } from './keyboard/KeyboardField';

export interface TextFieldProps {
  /** Visible label, also the input's accessible name. */
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Message shown under the field and announced when present. */
  readonly error?: string | undefined;
  readonly placeholder?: string;
  /** Digits-only fields get the on-screen digit pad. */
  readonly numeric?: boolean;
  /**
   * Typed as-is, without Telex/VNI (so "w" stays "w"): 'plain' letters and digits, 'email' adds @ . - _ and
   * .vn/.com, 'code' is capitals, digits and "-". Overrides `numeric`.
   */
  readonly mode?: 'plain' | 'email' | 'code';
  /** Dots instead of the text (passwords). */
  readonly masked?: boolean;
  readonly autoFocus?: boolean;
  readonly maxLength?: number;
  readonly name: string;
  /** Capitalise each word (names). */
  readonly autoCapitalize?: boolean;
  /** A multi-line box (feedback message). */
  readonly multiline?: boolean;
  /** Ids of further elements describing the field (e.g. a counter). */
  readonly describedBy?: string;
  readonly className?: string | undefined;
  readonly testId?: string;
  /** Invalid, with the message shown by the caller (referenced through describedBy). */
  readonly invalid?: boolean;
}

/**
 * A kiosk text field: the on-screen keyboard (Vietnamese Telex by default, VNI switchable, a digit pad for
 * numbers) opens when it is tapped; a hardware keyboard types through the same engine. Values are NFC.
 */
export function TextField(props: Readonly<TextFieldProps>) {
  const t = useUiT();
  const inputMethod = useInputMethod();
  return (
    <KeyboardField
      label={props.label}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      mode={props.mode ?? (props.numeric ? 'digits' : 'text')}
      inputMethod={inputMethod}
      onInputMethod={setInputMethod}
      t={t}
      error={props.error}
      placeholder={props.placeholder}
      maxLength={props.maxLength}
      autoCapitalize={props.autoCapitalize}
      multiline={props.multiline}
      describedBy={props.describedBy}
      className={props.className}
      testId={props.testId}
      invalid={props.invalid}
      masked={props.masked}
      autoFocus={props.autoFocus}
    />
  );
}
