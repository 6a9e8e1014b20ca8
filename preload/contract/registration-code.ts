/**
 * Form 01 registration code: `F01-XXXXXXXX-C`.
 *
 * - `XXXXXXXX`: 8 symbols of Crockford base32 (`0-9 A-Z` without I, L, O, U) = 40 random bits,
 *   so guessing a live code is hopeless and two forms never collide in practice.
 * - `C`: Crockford's check symbol — the 40-bit value mod 37. Because 37 is prime and the place
 *   weights (powers of 32) differ mod 37, it catches every single wrong character and every swap
 *   of two adjacent characters, the two mistakes people make when typing a code.
 *   Crockford spells check values 32–36 as `* ~ $ = U`, which are awkward on a touch keyboard and
 *   on paper, so the generator redraws until the check value is below 32; issued codes therefore
 *   use only the 32 ordinary symbols, and anything else in the check position is rejected.
 * - Input is forgiving as Crockford intends: case-insensitive, spaces/hyphens optional, prefix
 *   optional, O→0 and I/L→1.
 */

export const REGISTRATION_CODE_PREFIX = 'F01-';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 8;
const CHECK_MODULUS = 37;
const MAX_DRAWS = 64;

function symbolValue(c: string): number {
  return ALPHABET.indexOf(c);
}

/** Value of the body mod 37, computed incrementally (the full value is 40 bits; kept small anyway). */
function checkValue(body: string): number {
  let acc = 0;
  for (const c of body) acc = (acc * 32 + symbolValue(c)) % CHECK_MODULUS;
  return acc;
}

function encodeBody(bytes: Uint8Array): string {
  // 5 bytes = 40 bits = 8 symbols of 5 bits, most significant first.
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(bytes[i] ?? 0);
  let body = '';
  for (let i = BODY_LENGTH - 1; i >= 0; i--) body += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  return body;
}

/** A fresh code. `random(n)` must return n cryptographically random bytes (e.g. crypto.randomBytes). */
export function generateRegistrationCode(random: (n: number) => Uint8Array): string {
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const bytes = random(5);
    if (bytes.length < 5) throw new RangeError('generateRegistrationCode: random(5) returned fewer than 5 bytes');
    const body = encodeBody(bytes);
    const check = checkValue(body);
    if (check < 32) return `${REGISTRATION_CODE_PREFIX}${body}-${ALPHABET[check]}`;
  }
  // 64 draws all landing on 5/37 of the space means the random source is broken.
  throw new Error('generateRegistrationCode: random source looks constant');
}

export type RegistrationCodeCheck =
  { readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: 'format' | 'check' };

/** Like normalizeRegistrationCode, but says whether the input was malformed or only failed its check. */
export function checkRegistrationCode(input: string): RegistrationCodeCheck {
  const compact = input
    .normalize('NFKC') // full-width letters from some on-screen keyboards
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  let body: string;
  if (compact.length === 12 && compact.startsWith('F01')) body = compact.slice(3);
  else if (compact.length === 9) body = compact;
  else return { ok: false, reason: 'format' };
  const main = body.slice(0, BODY_LENGTH);
  const check = body.slice(BODY_LENGTH);
  if (![...main].every((c) => ALPHABET.includes(c))) return { ok: false, reason: 'format' };
  // A check position outside the alphabet (Crockford's `*~$=U`, a typo) is a failed check, not a format error.
  if (symbolValue(check) !== checkValue(main)) return { ok: false, reason: 'check' };
  return { ok: true, code: `${REGISTRATION_CODE_PREFIX}${main}-${check}` };
}

/** Canonical `F01-XXXXXXXX-C`, or null when the input is malformed or fails its check symbol. */
export function normalizeRegistrationCode(input: string): string | null {
  const r = checkRegistrationCode(input);
  return r.ok ? r.code : null;
}
