/** Password rules for citizen accounts and generation of initial passwords. */

/** No 0/O, 1/l/I: initial passwords are read off an SMS by people of every age. */
export const UNAMBIGUOUS_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = 'too-short' | 'too-long' | 'needs-letter-and-digit' | 'same-as-old' | 'repeat-mismatch';

export function passwordProblem(
  password: string,
  options: { readonly old?: string; readonly repeat?: string } = {},
): PasswordProblem | null {
  const pw = password.normalize('NFC');
  if (options.repeat !== undefined && options.repeat.normalize('NFC') !== pw) return 'repeat-mismatch';
  if ([...pw].length < MIN_PASSWORD_LENGTH) return 'too-short';
  if ([...pw].length > MAX_PASSWORD_LENGTH) return 'too-long';
  if (!/\p{L}/u.test(pw) || !/\p{Nd}/u.test(pw)) return 'needs-letter-and-digit';
  if (options.old !== undefined && options.old.normalize('NFC') === pw) return 'same-as-old';
  return null;
}

/** Uniform over the alphabet (rejection sampling); retried until it has at least one letter and one digit. */
export function generatePassword(random: (n: number) => Uint8Array, length = 10, alphabet = UNAMBIGUOUS_ALPHABET): string {
  const limit = 256 - (256 % alphabet.length);
  for (;;) {
    let out = '';
    while (out.length < length) {
      for (const byte of random(length * 2)) {
        if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
      }
    }
    if (/[A-Za-z]/.test(out) && /\d/.test(out)) return out;
  }
}
