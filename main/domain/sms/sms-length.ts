/**
 * SMS length rules (3GPP TS 23.038 / 23.040): a message in the GSM 7-bit alphabet holds 160 characters (153 per part
 * when concatenated; characters of the extension table count twice); any other character (Vietnamese letters with
 * diacritics are outside GSM-7) makes the whole message UCS-2: 70 UTF-16 units, 67 per part. Our notices stay
 * within MAX_SMS_PARTS parts: gateways charge per part and handsets join at most a few reliably.
 */

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '^{}\\[~]|€\f';

export const MAX_SMS_PARTS = 3;

export interface SmsLength {
  readonly encoding: 'gsm7' | 'ucs2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  readonly units: number;
  readonly parts: number;
}

export function smsLength(text: string): SmsLength {
  let septets = 0;
  for (const ch of text) {
    if (GSM7_BASIC.includes(ch)) septets += 1;
    else if (GSM7_EXTENSION.includes(ch)) septets += 2;
    else {
      const units = text.length;
      return { encoding: 'ucs2', units, parts: units <= 70 ? 1 : Math.ceil(units / 67) };
    }
  }
  return { encoding: 'gsm7', units: septets, parts: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}

/** The longest UCS-2 message of `parts` parts (our texts are Vietnamese, hence UCS-2). */
export const ucs2Capacity = (parts: number): number => (parts <= 1 ? 70 : parts * 67);

/**
 * `build(note)` makes the message around a note. The note is shortened at a word boundary (with '…') until the
 * message fits in MAX_SMS_PARTS; returns the message and whether the note was shortened.
 */
export function fitNoteInSms(note: string, build: (note: string) => string): { readonly text: string; readonly shortened: boolean } {
  const full = build(note);
  if (smsLength(full).parts <= MAX_SMS_PARTS) return { text: full, shortened: false };
  const words = note.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const text = build(`${words.slice(0, n).join(' ')}…`);
    if (smsLength(text).parts <= MAX_SMS_PARTS) return { text, shortened: true };
  }
  // A single huge word: cut by characters.
  for (let n = note.length - 1; n > 0; n--) {
    const text = build(`${note.slice(0, n)}…`);
    if (smsLength(text).parts <= MAX_SMS_PARTS) return { text, shortened: true };
  }
  return { text: build(''), shortened: true };
}
