import { useState } from 'react';
import type { PointerEvent } from 'react';
import type { Translate } from '../../i18n/i18n';
import styles from './OnScreenKeyboard.module.css';
import { caseFor, deleteBackward, isSymbolKey, keyboardRows, typeChar } from './input-method';
import type { InputMethod, KeyboardMode, KeySpec, SymbolKey } from './input-method';

export interface OnScreenKeyboardProps {
  /** Current text of the field being edited. */
  readonly value: string;
  /** Called with the whole new text (NFC) after each key. */
  readonly onChange: (next: string) => void;
  /** The layout: 'text' (Telex/VNI and address punctuation), 'plain', 'email', 'code', or the 'digits' keypad. */
  readonly mode: KeyboardMode;
  /** Vietnamese typing method applied to letter and digit keys in 'text' mode. */
  readonly inputMethod: InputMethod;
  /** The Telex/VNI switch was pressed; omit to hide the switch. */
  readonly onInputMethod?: ((method: InputMethod) => void) | undefined;
  /** "Xong" was pressed. */
  readonly onDone: () => void;
  /** Message lookup for key names (pass useT()). */
  readonly t: Translate;
  /** Longest value accepted, in characters. */
  readonly maxLength?: number | undefined;
  /** Capitalise the first letter of each word (for names). */
  readonly autoCapitalize?: boolean | undefined;
  /** data-testid of the keyboard container. */
  readonly testId?: string | undefined;
}

/** Screen-reader names of the punctuation keys ("." alone is read as nothing useful). */
const SYMBOL_NAMES = {
  ',': 'keyboard.key.comma',
  '.': 'keyboard.key.dot',
  '-': 'keyboard.key.hyphen',
  '/': 'keyboard.key.slash',
  '@': 'keyboard.key.at',
  _: 'keyboard.key.underscore',
} as const satisfies Record<SymbolKey, Parameters<Translate>[0]>;

/** Keeps focus in the field while a key is tapped, so the hardware keyboard keeps working too. */
const keepFocus = (e: PointerEvent): void => e.preventDefault();

export function OnScreenKeyboard(props: Readonly<OnScreenKeyboardProps>) {
  const { t } = props;
  const [shift, setShift] = useState(false);

  const press = (key: KeySpec): void => {
    switch (key.kind) {
      case 'char': {
        const ch =
          props.mode === 'digits' ? key.ch : caseFor(key.ch, props.value, shift, props.mode === 'text' && (props.autoCapitalize ?? false));
        props.onChange(typeChar(props.value, ch, props.mode, props.inputMethod, props.maxLength));
        setShift(false);
        return;
      }
      case 'space':
        props.onChange(typeChar(props.value, ' ', props.mode, props.inputMethod, props.maxLength));
        return;
      case 'backspace':
        props.onChange(deleteBackward(props.value));
        return;
      case 'shift':
        setShift((s) => !s);
        return;
      case 'method':
        props.onInputMethod?.(key.method);
        return;
      case 'done':
        props.onDone();
        return;
      default: {
        const never: never = key;
        return never;
      }
    }
  };

  const render = (key: KeySpec, i: number) => {
    const common = { type: 'button' as const, onPointerDown: keepFocus, onClick: () => press(key) };
    switch (key.kind) {
      case 'char': {
        const label = props.mode !== 'digits' && shift ? key.ch.toUpperCase() : key.ch;
        const name = isSymbolKey(key.ch) ? t(SYMBOL_NAMES[key.ch]) : undefined;
        return (
          <button
            key={i}
            {...common}
            className={`${styles.key}${key.ch.length > 1 ? ` ${styles.wide}` : ''}`}
            aria-label={name}
            data-key={key.ch}
          >
            {label}
          </button>
        );
      }
      case 'space':
        return (
          <button key={i} {...common} className={`${styles.key} ${styles.space}`} data-key="space">
            {t('keyboard.space')}
          </button>
        );
      case 'backspace':
        return (
          <button key={i} {...common} className={`${styles.key} ${styles.wide}`} aria-label={t('keyboard.backspace')} data-key="backspace">
            <span aria-hidden="true">⌫</span>
          </button>
        );
      case 'shift':
        return (
          <button
            key={i}
            {...common}
            className={`${styles.key} ${styles.wide}`}
            aria-label={t('keyboard.shift')}
            aria-pressed={shift}
            data-key="shift"
          >
            <span aria-hidden="true">⇧</span>
          </button>
        );
      case 'method':
        if (props.onInputMethod === undefined) return null;
        return (
          <button
            key={i}
            {...common}
            className={`${styles.key} ${styles.wide} ${styles.method}`}
            aria-pressed={props.inputMethod === key.method}
            data-key={key.method}
          >
            {t(key.method === 'telex' ? 'keyboard.method.telex' : 'keyboard.method.vni')}
          </button>
        );
      case 'done':
        return (
          <button key={i} {...common} className={`${styles.key} ${styles.wide} ${styles.done}`} data-key="done">
            {t('keyboard.done')}
          </button>
        );
      default: {
        const never: never = key;
        return never;
      }
    }
  };

  return (
    <div role="group" aria-label={t('keyboard.label')} className={`${styles.keyboard} ${styles[props.mode]}`} data-testid={props.testId}>
      {props.mode === 'text' ? (
        <p className={styles.hint}>{t(props.inputMethod === 'telex' ? 'keyboard.hint.telex' : 'keyboard.hint.vni')}</p>
      ) : null}
      {keyboardRows(props.mode).map((row, r) => (
        <div key={r} className={styles.row}>
          {row.map(render)}
        </div>
      ))}
    </div>
  );
}
