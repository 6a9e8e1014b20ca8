/** English names of the on-screen keyboard's punctuation keys (spread into en.ts). */
import type { keyboardVi } from './keyboard-vi';

export const keyboardEn: Readonly<Record<keyof typeof keyboardVi, string>> = {
  'keyboard.key.comma': 'Comma (,)',
  'keyboard.key.dot': 'Full stop (.)',
  'keyboard.key.hyphen': 'Hyphen (-)',
  'keyboard.key.slash': 'Slash (/)',
  'keyboard.key.at': 'At sign (@)',
  'keyboard.key.underscore': 'Underscore (_)',
};
