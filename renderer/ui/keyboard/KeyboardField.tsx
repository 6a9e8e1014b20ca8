import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent, ClipboardEvent, FocusEvent, KeyboardEvent } from 'react';
import type { Translate } from '../../i18n/i18n';
import fieldStyles from '../Field.module.css';
import styles from './KeyboardField.module.css';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { deleteBackward, pasteText, physicalAction, typeChar } from './input-method';
import type { InputMethod, KeyboardMode } from './input-method';
import { nextAction, revealDelta, scrollParent } from './reveal';

export interface KeyboardFieldProps {
  /** Visible label, also the input's accessible name. */
  readonly label: string;
  /** Form field name. */
  readonly name: string;
  /** Current text (NFC). */
  readonly value: string;
  /** Called with the whole new text (NFC) after each key, paste or on-screen key. */
  readonly onChange: (next: string) => void;
  /** Which keys and what they type: see KeyboardMode ('text' Telex/VNI, 'digits', 'plain', 'email', 'code'). */
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
  /** Show dots instead of the text (passwords). */
  readonly masked?: boolean | undefined;
  /** A multi-line box (feedback messages); Enter still closes the keyboard. */
  readonly multiline?: boolean | undefined;
  /** Ids of further elements describing the field (e.g. a character counter). */
  readonly describedBy?: string | undefined;
  readonly autoFocus?: boolean | undefined;
  readonly className?: string | undefined;
  /** Marks the field invalid when its message is shown elsewhere (see describedBy). */
  readonly invalid?: boolean | undefined;
}

type Editable = HTMLInputElement | HTMLTextAreaElement;

/** Fields on screen that have opened the keyboard; html[data-osk] is set while there is at least one. */
let roomUsers = 0;

function takeRoom(): () => void {
  roomUsers++;
  document.documentElement.dataset.osk = 'open';
  return () => {
    roomUsers--;
    if (roomUsers > 0) return;
    delete document.documentElement.dataset.osk;
    document.documentElement.style.removeProperty('--osk-room');
  };
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

  // The keyboard is docked over the bottom of the screen. While it is open, html[data-osk] adds room below the page
  // and the field is scrolled clear of it. The room stays until the field leaves the screen: taking it away when
  // the keyboard closes would shrink the page under the citizen's finger, and the tap that closed the keyboard
  // (on "Tra cứu", say) would land somewhere else.
  const input = useRef<Editable | null>(null);
  const dock = useRef<HTMLDivElement>(null);
  const [roomTaken, setRoomTaken] = useState(false);
  useEffect(() => {
    if (open && !roomTaken) setRoomTaken(true);
  }, [open, roomTaken]);
  useEffect(() => {
    if (!roomTaken) return undefined;
    return takeRoom();
  }, [roomTaken]);
  // Declared after the room effect so the room is there to scroll into. The field and, when both fit, the
  // form's next button are brought above the keyboard; the room grows if a keyboard is taller than the default.
  useEffect(() => {
    const field = wrapper.current;
    const keys = dock.current;
    if (!open || !roomTaken || field === null || keys === null) return;
    const root = document.documentElement;
    const room = Number.parseFloat(root.style.getPropertyValue('--osk-room')) || 0;
    if (keys.offsetHeight > room) root.style.setProperty('--osk-room', `${keys.offsetHeight}px`);
    const action = nextAction(field);
    const delta = revealDelta(field.getBoundingClientRect(), action?.getBoundingClientRect() ?? null, 0, keys.getBoundingClientRect().top);
    if (delta !== 0) scrollParent(field).scrollBy({ top: delta });
  }, [open, roomTaken]);

  const done = (): void => {
    setOpen(false);
    props.onDone?.();
  };

  const onKeyDown = (e: KeyboardEvent<Editable>): void => {
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

  const onPaste = (e: ClipboardEvent<Editable>): void => {
    e.preventDefault();
    props.onChange(pasteText(props.value, e.clipboardData.getData('text'), props.mode, props.maxLength));
  };

  // Input that bypassed keydown (autofill, an OS input method): accept it, normalised and filtered.
  const onChange = (e: ChangeEvent<Editable>): void => {
    props.onChange(pasteText('', e.target.value, props.mode, props.maxLength));
  };

  // Close when focus leaves both the input and the keyboard (tapping another field).
  const onBlur = (e: FocusEvent<HTMLDivElement>): void => {
    const to = e.relatedTarget;
    if (!(to instanceof Node) || !wrapper.current?.contains(to)) setOpen(false);
  };

  const describedBy = [props.error ? errId : undefined, props.describedBy].filter((x) => x !== undefined).join(' ');
  // Shared by <input> and <textarea>; the OS touch keyboard is suppressed (inputMode none), ours opens instead.
  const common = {
    id,
    name: props.name,
    value: props.value,
    placeholder: props.placeholder,
    inputMode: 'none' as const,
    autoComplete: 'off',
    autoCorrect: 'off',
    autoCapitalize: 'off',
    spellCheck: false,
    autoFocus: props.autoFocus,
    'aria-invalid': props.error || props.invalid ? true : undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
    'data-testid': props.testId,
    onFocus: () => setOpen(true),
    onClick: () => setOpen(true),
    onKeyDown,
    onPaste,
    onChange,
  };

  return (
    <div ref={wrapper} className={fieldStyles.field} onBlur={onBlur}>
      <label className={fieldStyles.label} htmlFor={id}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea
          ref={(el) => {
            input.current = el;
          }}
          {...common}
          className={props.className ?? `${fieldStyles.input} ${styles.input}`}
        />
      ) : (
        <input
          ref={(el) => {
            input.current = el;
          }}
          {...common}
          type={props.masked ? 'password' : 'text'}
          className={`${fieldStyles.input} ${styles.input}${props.className ? ` ${props.className}` : ''}`}
        />
      )}
      {props.error ? (
        <div id={errId} className={fieldStyles.error} role="alert">
          {props.error}
        </div>
      ) : null}
      {open ? (
        <div ref={dock} className={styles.dock}>
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
