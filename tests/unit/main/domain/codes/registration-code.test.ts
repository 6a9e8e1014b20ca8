import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScannedCode } from '../../../../../main/domain/codes/parse-scanned-code';
import {
  REGISTRATION_CODE_PREFIX,
  checkRegistrationCode,
  generateRegistrationCode,
  normalizeRegistrationCode,
} from '../../../../../main/domain/codes/registration-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FORMAT = /^F01-[0-9A-HJKMNP-TV-Z]{8}-[0-9A-HJKMNP-TV-Z]$/;

/** A fixed byte source: returns the given 5-byte draws in order. */
function draws(...list: number[][]): (n: number) => Uint8Array {
  let i = 0;
  return (n) => {
    const d = list[i++];
    if (!d || d.length !== n) throw new Error('unexpected draw');
    return Uint8Array.from(d);
  };
}

describe('registration codes', () => {
  it('generates F01-XXXXXXXX-C from 40 random bits', () => {
    expect(REGISTRATION_CODE_PREFIX).toBe('F01-');
    expect(generateRegistrationCode(draws([0, 0, 0, 0, 0]))).toBe('F01-00000000-0');
    // 0xFFFFFFFFFF = 32^8 - 1 → ZZZZZZZZ; (32^8 - 1) mod 37 = 15 → 'F' (computed independently in Python).
    expect(generateRegistrationCode(draws([255, 255, 255, 255, 255]))).toBe('F01-ZZZZZZZZ-F');
    for (let i = 0; i < 200; i++) {
      const code = generateRegistrationCode(randomBytes);
      expect(code).toMatch(FORMAT);
      expect(normalizeRegistrationCode(code)).toBe(code);
    }
  });

  it('redraws when the check value would need one of Crockford\u2019s extra symbols (*~$=U)', () => {
    // 00000001 has value 1 → check 1; 0000000Z has value 31; 00000010 = 32 → check 32 (redraw).
    const code = generateRegistrationCode(draws([0, 0, 0, 0, 32], [0, 0, 0, 0, 1]));
    expect(code).toBe('F01-00000001-1');
    expect(() => generateRegistrationCode(() => Uint8Array.of(0, 0, 0, 0, 32))).toThrow(/constant/);
    expect(() => generateRegistrationCode(() => Uint8Array.of(1, 2))).toThrow(RangeError);
  });

  it('normalises forgiving input: case, spaces, hyphens, missing prefix, O/I/L look-alikes', () => {
    // 7K3M9QX3 mod 37 = 0 (computed independently in Python); 7K3M9QX1 mod 37 = 35, never issued.
    const canonical = 'F01-7K3M9QX3-0';
    const check = '0';
    for (const input of [
      canonical,
      canonical.toLowerCase(),
      `f01 7k3m 9qx3 ${check}`,
      `F017K3M9QX3${check}`,
      `7K3M9QX3${check}`,
      `7K3M9QX3-O`,
      `  F01-7K3M9QX3-${check}\n`,
      `ＦＯ１－７Ｋ３Ｍ９ＱＸ３－${check}`,
    ]) {
      expect(normalizeRegistrationCode(input)).toBe(canonical);
    }
    expect(normalizeRegistrationCode('F01-7K3M9QX3')).toBeNull();
    // Look-alikes: I and L read as 1 (7K3M9QX1 has check value 35, so a typed "I" fails its check, as it should).
    expect(checkRegistrationCode('F01-7K3M9QXI-0')).toEqual({ ok: false, reason: 'check' });
    expect(normalizeRegistrationCode('f01-oooooool-1')).toBe('F01-00000001-1');
    expect(normalizeRegistrationCode('F01-7K3M9QX1-*')).toBeNull();
    expect(checkRegistrationCode('F01-7K3M9QU1-0')).toEqual({ ok: false, reason: 'format' });
    expect(checkRegistrationCode('F02-7K3M9QX1-0')).toEqual({ ok: false, reason: 'format' });
  });

  it('detects every single-character substitution and adjacent transposition', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        let used = false;
        const code = generateRegistrationCode(() => (used ? randomBytes(5) : ((used = true), bytes)));
        const symbols = code.replace(/-/g, '').slice(3); // 9 symbols: body + check
        for (let i = 0; i < symbols.length; i++) {
          for (const c of ALPHABET) {
            if (c === symbols[i]) continue;
            const typo = symbols.slice(0, i) + c + symbols.slice(i + 1);
            expect(normalizeRegistrationCode(typo)).toBeNull();
          }
          if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1]) {
            const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
            expect(normalizeRegistrationCode(swapped)).toBeNull();
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('parses scanned registration codes and reports a bad check character', () => {
    const code = generateRegistrationCode(randomBytes);
    expect(parseScannedCode(`${code}\r\n`)).toEqual({ ok: true, value: { kind: 'registration', registrationCode: code } });
    const wrongCheck = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    const bad = parseScannedCode(wrongCheck);
    expect(bad.ok ? '' : bad.error.code).toBe('registration-bad-check');
    expect(parseScannedCode(`${code.slice(0, -1)}U`)).toMatchObject({ ok: false, error: { code: 'registration-bad-check' } });
    expect(parseScannedCode('F01-ABC')).toMatchObject({ ok: false, error: { code: 'registration-bad-format' } });
  });
});
