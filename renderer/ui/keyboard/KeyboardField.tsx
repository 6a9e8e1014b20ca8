import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent, ClipboardEvent, FocusEvent, KeyboardEvent } from 'react';
import type { Translate } from '../../i18n/i18n';
import fieldStyles from '../Field.module.css';
import styles from './KeyboardField.module.css';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { deleteBackward, pasteText, physicalAction, typeChar } from './input-method';
import type { InputMethod, KeyboardMode } from './input-method';

export interface KeyboardFieldProps {
  /** Visible label, also the input's accessible name. */
  readonly label: string;
  /** Form field name. */
  readonly name: string;
  /** Current text (NFC). */
  readonly value: string;
  /** Called with the whole new text (NFC) after each key, paste or on-screen key. */
  readonly onChange: (next: string) => void;
  /** 'text' (letters through Telex/VNI) or 'digits' (0–9 only, digit keypad). */
  readonly mode: KeyboardMode;
  /** Vietnamese typing method for both the on-screen and the hardware keyboard. */
  readonly inputMethod: InputMethod;
  /** The Telex/VNI switch on the on-screen keyboard was pressed; omit to hide the switch. */
  readonly onInputMethod?: ((method: InputMethod) => void) | undefined;
  /** "Xong" or Enter: the keyboard closes, then this runs (e.g. move to the next field). */
  readonly onDone?: (() => void) | undefined;
  /** Message lookup (pass useT()). */
  readonly t: Translate;
  /** Message shown under the field and announced when present. */
  readonly error?: string | undefined;
  readonly placeholder?: string | undefined;
  /** Longest value accepted, in characters. */
  readonly maxLength?: number | undefined;
  /** Capitalise the first letter of each word (for names). */
  readonly autoCapitalize?: boolean | undefined;
  /** data-testid of the input; the keyboard gets `${testId}-keyboard`. */
  readonly testId?: string | undefined;
}

/**
 * A labelled text field that opens the on-screen keyboard when focused or tapped. Typing on a
 * hardware keyboard goes through the same engine (so Telex/VNI work there too); pastes are NFC.
 * Editing happens at the end of the value; the OS touch keyboard is suppressed (inputMode none).
 * The keyboard is docked at the bottom of the screen and closes on "Xong", Enter, Escape, or when
 * focus leaves the field and the keyboard.
 */
export function KeyboardField(props: Readonly<KeyboardFieldProps>) {
  const id = useId();
  const errId = `${id}-err`;
  const wrapper = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  // The keyboard is docked over the bottom of the screen (closing it must not move what the citizen is
  // about to tap); while it is open, html[data-osk] adds room below the page and the field is scrolled clear.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const root = document.documentElement;
    root.dataset.osk = 'open';
    input.current?.scrollIntoView?.({ block: 'center' });
    return () => {
      delete root.dataset.osk;
    };
  }, [open]);

  const done = (): void => {
    setOpen(false);
    props.onDone?.();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const action = physicalAction(e, props.mode);
    switch (action.kind) {
      case 'char':
        e.preventDefault();
        props.onChange(typeChar(props.value, action.ch, props.mode, props.inputMethod, props.maxLength));
        return;
      case 'backspace':
        e.preventDefault();
        props.onChange(deleteBackward(props.value));
        return;
      case 'done':
        e.preventDefault();
        done();
        return;
      case 'close':
        if (open) e.preventDefault();
        setOpen(false);
        return;
      case 'ignore':
        e.preventDefault();
        return;
      case 'pass':
        return;
      default: {
        const never: never = action;
        return never;
      }
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>): void => {
    e.preventDefault();
    props.onChange(pasteText(props.value, e.clipboardData.getData('text'), props.mode, props.maxLength));
  };

  // Input that bypassed keydown (autofill, an OS input method): accept it, normalised and filtered.
  const onChange = (e: ChangeEvent<HTMLInputElement>): void => {
    props.onChange(pasteText('', e.target.value, props.mode, props.maxLength));
  };

  // Close when focus leaves both the input and the keyboard (tapping another field).
  const onBlur = (e: FocusEvent<HTMLDivElement>): void => {
    const to = e.relatedTarget;
    if (!(to instanceof Node) || !wrapper.current?.contains(to)) setOpen(false);
  };

  return (
    <div ref={wrapper} className={fieldStyles.field} onBlur={onBlur}>
      <label className={fieldStyles.label} htmlFor={id}>
        {props.label}
      </label>
      <input
        ref={input}
        id={id}
        name={props.name}
        className={`${fieldStyles.input} ${styles.input}`}
        value={props.value}
        placeholder={props.placeholder}
        inputMode="none"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errId : undefined}
        data-testid={props.testId}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onChange={onChange}
      />
      {props.error ? (
        <div id={errId} className={fieldStyles.error} role="alert">
          {props.error}
        </div>
      ) : null}
      {open ? (
        <div className={styles.dock}>
          <OnScreenKeyboard
            value={props.value}
            onChange={props.onChange}
            mode={props.mode}
            inputMethod={props.inputMethod}
            onInputMethod={props.onInputMethod}
            onDone={done}
            t={props.t}
            maxLength={props.maxLength}
            autoCapitalize={props.autoCapitalize}
            testId={props.testId === undefined ? undefined : `${props.testId}-keyboard`}
          />
        </div>
      ) : null}
    </div>
  );
}
