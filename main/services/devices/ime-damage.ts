/**
 * Signs that a keyboard-wedge scan was rewritten by a Vietnamese input method (Unikey, EVKey, the OS Vietnamese
 * keyboard) before the kiosk saw it. The reader "types" the code; with Telex on, the keystrokes of "Nguyễn" arrive as
 * ASCII letters plus tone keys, and what reaches the page depends on the IME: "Nguyeenx" (Telex keys not composed),
 * "Nguye6n4" (VNI), "Nguye^n~" (VIQR), or `?` / U+FFFD where a letter could not be typed. Stripping or adding
 * characters may also break the `|` field count of a CCCD. A card read that way must never be accepted as the
 * citizen's name: the scan is refused with its own message, and the device screen tells the technician.
 * Checked only on wedge scans (devices:wedgeScan); HID POS and serial carry bytes, not keystrokes.
 */
import { CCCD_ACCEPTED_FIELD_COUNTS } from '../../domain/codes/parse-cccd';

export type ImeDamageSign = 'telex' | 'vni' | 'viqr' | 'replacement' | 'field-count';

const ASCII_WORD = /^[A-Za-z]+$/;
/** Written Vietnamese has no doubled a/e/o, no "dd", no w after a vowel: these are Telex keys left uncomposed. */
const TELEX_KEYS = /aa|ee|oo|dd|aw|ow|uw/i;
/**
 * No Vietnamese syllable ends in s, f, r, x or j: those are Telex tone keys. One such word alone is not enough:
 * names of the Central Highlands peoples are written in ASCII and may end so ("Ksor"); two are.
 */
const TELEX_TONE_END = /[aeiouy][a-z]*[sfrxj]$/i;
/** VNI tone/vowel keys are digits; a name never has one. */
const DIGIT = /\d/;
/** VIQR marks after a letter. Not the apostrophe: Ede and Jarai names have one ("H'Nen"). */
const VIQR_MARK = /[A-Za-z][\^(+~`]/;

const wordsOf = (field: string): string[] => field.split(/[\s,.]+/).filter((w) => w !== '');

/**
 * Only the name is checked for keystroke patterns: it is what the kiosk shows and matches on, and addresses hold
 * legitimate foreign words ("Times City", "Green Bay") that would look like Telex.
 */
export function detectImeDamage(text: string): ImeDamageSign[] {
  const signs = new Set<ImeDamageSign>();
  if (text.includes('\uFFFD') || text.includes('?')) signs.add('replacement');
  const fields = text.split('|');
  const cccdLike = /^\d{12}$/.test((fields[0] ?? '').trim()) && fields.length > 1;
  if (!cccdLike) return [...signs];
  if (!CCCD_ACCEPTED_FIELD_COUNTS.includes(fields.length)) signs.add('field-count');
  const name = fields[2] ?? '';
  const ascii = wordsOf(name).filter((w) => ASCII_WORD.test(w));
  if (ascii.some((w) => TELEX_KEYS.test(w)) || ascii.filter((w) => TELEX_TONE_END.test(w)).length >= 2) signs.add('telex');
  if (DIGIT.test(name)) signs.add('vni');
  if (VIQR_MARK.test(name)) signs.add('viqr');
  return [...signs];
}
