/**
 * Entry point for every scanned code (text already decoded from UTF-8): classify, then parse.
 * Never throws; unknown or damaged input yields a typed CodeError.
 *
 * Classification, in order:
 *  1. no `|` and starts with `F01` → Form 01 registration code;
 *  2. last `|`-part is `$` → BHYT card;
 *  3. BHYT-shaped (part 2 a `dd/mm/yyyy`/`yyyy` date, part 3 gender `1`/`2`) but no `$` → truncated BHYT;
 *  4. part 0 all digits → CCCD (field-level errors from there on);
 *  5. anything else → `unknown-code`.
 */
import { codeError } from './code-errors';
import { parseBhytBirthDate } from './code-dates';
import type { CodeParseResult } from './code-types';
import { parseBhytParts } from './parse-bhyt';
import { parseCccdFields } from './parse-cccd';
import { checkRegistrationCode } from './registration-code';

/** Real payloads are under 1 KiB; anything far larger is not a card and not worth normalising. */
export const MAX_CODE_LENGTH = 8192;

/** C0/C1 controls except tab (CR, LF, NUL, … appended by scanners) and a stray BOM: removed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufeff]/g;
/** A scanner configured to transmit the AIM symbology identifier prefixes e.g. `]Q1`. */
const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;

const failWith = (...args: Parameters<typeof codeError>): CodeParseResult => ({ ok: false, error: codeError(...args) });

/**
 * NFC, controls removed (a tab becomes a space: it separates words), AIM prefix dropped, trimmed.
 * Exported for callers that log lengths or hashes.
 */
export function prepareScannedText(text: string): string {
  return text.normalize('NFC').replace(CONTROL_CHARS, '').replace(/\t/g, ' ').trim().replace(AIM_PREFIX, '').trim();
}

function looksLikeBhyt(parts: readonly string[]): boolean {
  return parts.length >= 4 && /^[12]$/.test((parts[3] ?? '').trim()) && parseBhytBirthDate((parts[2] ?? '').trim()) !== null;
}

export function parseScannedCode(text: string): CodeParseResult {
  if (typeof text !== 'string') return failWith('empty-code');
  if (text.length > MAX_CODE_LENGTH) return failWith('code-too-long');
  const s = prepareScannedText(text);
  if (s === '') return failWith('empty-code');

  if (!s.includes('|')) {
    if (!/^F01/i.test(s)) return failWith('unknown-code');
    const checked = checkRegistrationCode(s);
    if (checked.ok) return { ok: true, value: { kind: 'registration', registrationCode: checked.code } };
    return failWith(checked.reason === 'check' ? 'registration-bad-check' : 'registration-bad-format');
  }

  const parts = s.split('|');
  if ((parts[parts.length - 1] ?? '').trim() === '$') return parseBhytParts(parts);
  if (looksLikeBhyt(parts)) return failWith('bhyt-missing-terminator');
  if (/^\d+$/.test((parts[0] ?? '').trim())) return parseCccdFields(parts);
  return failWith('unknown-code');
}
