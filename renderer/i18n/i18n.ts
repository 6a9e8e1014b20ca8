/** Message lookup with `{name}` placeholders. Components never hard-code user-facing text. */
import { en } from './en';
import { vi } from './vi';
import type { MessageKey } from './vi';

export type Locale = 'vi' | 'en';
export type { MessageKey };

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { vi, en };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(locale: Locale): Translate {
  const cat = CATALOGUES[locale];
  return (key, params) => {
    const s = cat[key];
    return params ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : s;
  };
}

/** Maps an error code from the contract to a catalogue key, so every error has a human sentence. */
export function errorKey(code: string): MessageKey {
  switch (code) {
    case 'rate-limited':
      return 'error.rate-limited';
    case 'host-unavailable':
      return 'error.host-unavailable';
    case 'invalid-input':
      return 'error.invalid-input';
    default:
      return 'error.generic';
  }
}
