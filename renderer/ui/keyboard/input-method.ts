/**
 * Pure editing logic behind the on-screen keyboard and KeyboardField: which keys exist, what a key
 * does to the value, and how physical keystrokes and pastes are routed. Editing always happens at
 * the end of the value (a kiosk field has no caret to move), so every function maps value → value.
 */
import { applyTelexKey } from '../../lib/telex';
import { applyVniKey } from '../../lib/vni';

export type InputMethod = 'telex' | 'vni';
/**
 * 'text': Vietnamese through Telex/VNI, with the punctuation of street addresses (`, . - /`);
 * 'plain': letters and digits typed as they are, no Telex/VNI (passwords, where "s" must stay "s");
 * 'email': as typed, no spaces, with `@ . - _` and the common endings ".vn" and ".com";
 * 'code': upper-case letters, digits and "-" only (registration codes such as F01-7K3M9QXZ-4);
 * 'digits': 0–9 only, on a keypad.
 */
export type KeyboardMode = 'text' | 'digits' | 'plain' | 'email' | 'code';

/** One on-screen key. Letter and digit keys type their character; the others are named actions. */
export type KeySpec =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'space' }
  | { readonly kind: 'shift' }
  | { readonly kind: 'method'; readonly method: InputMethod }
  | { readonly kind: 'done' };

const chars = (s: string): readonly KeySpec[] => [...s].map((ch) => ({ kind: 'char', ch }));
const char = (ch: string): KeySpec => ({ kind: 'char', ch });

/** Symbol keys that screen readers would otherwise read poorly; OnScreenKeyboard names them. */
export const SYMBOL_KEYS = [',', '.', '-', '/', '@', '_'] as const;
export type SymbolKey = (typeof SYMBOL_KEYS)[number];
export const isSymbolKey = (ch: string): ch is SymbolKey => (SYMBOL_KEYS as readonly string[]).includes(ch);

/** The text layout keeps a digit row: VNI marks are digits, and addresses have house numbers. */
const TEXT_ROWS: readonly (readonly KeySpec[])[] = [
  chars('1234567890'),
  chars('qwertyuiop'),
  chars('asdfghjkl'),
  [{ kind: 'shift' }, ...chars('zxcvbnm'), { kind: 'backspace' }],
  [
    { kind: 'method', method: 'telex' },
    { kind: 'method', method: 'vni' },
    ...chars(',.'),
    { kind: 'space' },
    ...chars('-/'),
    { kind: 'done' },
  ],
];

const PLAIN_ROWS: readonly (readonly KeySpec[])[] = [
  chars('1234567890'),
  chars('qwertyuiop'),
  chars('asdfghjkl'),
  [{ kind: 'shift' }, ...chars('zxcvbnm'), { kind: 'backspace' }],
  [...chars('-.'), { kind: 'space' }, ...chars('@_'), { kind: 'done' }],
];

/** No space bar and no shift: an address has neither spaces nor meaningful capitals. */
const EMAIL_ROWS: readonly (readonly KeySpec[])[] = [
  chars('1234567890'),
  chars('qwertyuiop'),
  chars('asdfghjkl'),
  [...chars('zxcvbnm-_'), { kind: 'backspace' }],
  [char('@'), char('.'), char('.vn'), char('.com'), { kind: 'done' }],
];

/** Keys show and type capitals, as the code is printed on the slip. */
const CODE_ROWS: readonly (readonly KeySpec[])[] = [
  chars('1234567890'),
  chars('QWERTYUIOP'),
  chars('ASDFGHJKL'),
  [...chars('ZXCVBNM-'), { kind: 'backspace' }, { kind: 'done' }],
];

const DIGIT_ROWS: readonly (readonly KeySpec[])[] = [
  chars('123'),
  chars('456'),
  chars('789'),
  [{ kind: 'backspace' }, { kind: 'char', ch: '0' }, { kind: 'done' }],
];

export function keyboardRows(mode: KeyboardMode): readonly (readonly KeySpec[])[] {
  switch (mode) {
    case 'text':
      return TEXT_ROWS;
    case 'digits':
      return DIGIT_ROWS;
    case 'plain':
      return PLAIN_ROWS;
    case 'email':
      return EMAIL_ROWS;
    case 'code':
      return CODE_ROWS;
    default: {
      const never: never = mode;
      return never;
    }
  }
}

/** What each mode accepts; the on-screen keys and the hardware keyboard both go through it. */
function accepts(mode: KeyboardMode, ch: string): boolean {
  switch (mode) {
    case 'digits':
      return /^\d+$/.test(ch);
    case 'email':
      return !/\s/u.test(ch);
    case 'code':
      return /^[A-Za-z0-9-]+$/.test(ch);
    default:
      return true;
  }
}

/**
 * Types one key (a character, or a short ending such as ".vn"): through the Vietnamese engine in text mode,
 * as it is in plain and e-mail modes, upper-cased in code mode; a key the mode does not accept changes nothing.
 */
export function typeChar(value: string, ch: string, mode: KeyboardMode, method: InputMethod, maxLength?: number): string {
  if (!accepts(mode, ch)) return value;
  let next: string;
  if (mode === 'text') next = method === 'telex' ? applyTelexKey(value, ch) : applyVniKey(value, ch);
  else if (mode === 'code') next = value + ch.toUpperCase();
  else next = (value + ch).normalize('NFC');
  // A mark key can shorten or keep the length, so only a longer result can break the limit.
  return maxLength !== undefined && [...next].length > maxLength && [...next].length > [...value].length ? value : next;
}

/** Removes the last character (an NFC code point, so "Đức" → "Đứ"). */
export function deleteBackward(value: string): string {
  const cs = [...value.normalize('NFC')];
  return cs.slice(0, -1).join('');
}

/** Pasted text: NFC, no control characters or line breaks, only what the mode accepts, within the limit. */
export function pasteText(value: string, pasted: string, mode: KeyboardMode, maxLength?: number): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  let clean = pasted.normalize('NFC').replace(/[\u0000-\u001f\u007f]+/g, ' ');
  if (mode === 'digits') clean = clean.replace(/\D+/g, '');
  if (mode === 'email') clean = clean.replace(/\s+/gu, '');
  if (mode === 'code') clean = clean.toUpperCase().replace(/[^A-Z0-9-]+/g, '');
  const next = (value + clean).normalize('NFC');
  return maxLength === undefined ? next : [...next].slice(0, maxLength).join('');
}

/** Applies upper case to a letter typed while Shift is on (or at a word start with auto-capitalise). */
export function caseFor(ch: string, value: string, shift: boolean, autoCapitalize: boolean): string {
  const wordStart = value.length === 0 || /\s$/u.test(value);
  return shift || (autoCapitalize && wordStart) ? ch.toUpperCase() : ch;
}

/** The subset of a KeyboardEvent the routing looks at, so it can be tested without a DOM. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export type PhysicalAction =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'done' }
  | { readonly kind: 'close' }
  /** A printable key this field does not accept (a letter in a digits field): swallow it. */
  | { readonly kind: 'ignore' }
  /** Not ours (Tab, arrows, shortcuts such as Ctrl+V): let the browser handle it. */
  | { readonly kind: 'pass' };

/** Routes a hardware keystroke so Telex/VNI also work from a physical keyboard. */
export function physicalAction(e: KeyPress, mode: KeyboardMode): PhysicalAction {
  if (e.ctrlKey || e.metaKey || e.altKey) return { kind: 'pass' };
  if (e.key === 'Backspace') return { kind: 'backspace' };
  if (e.key === 'Enter') return { kind: 'done' };
  if (e.key === 'Escape') return { kind: 'close' };
  if ([...e.key].length !== 1) return { kind: 'pass' };
  if (!accepts(mode, e.key)) return { kind: 'ignore' };
  return { kind: 'char', ch: e.key };
}
