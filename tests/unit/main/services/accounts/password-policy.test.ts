import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generatePassword, passwordProblem, UNAMBIGUOUS_ALPHABET } from '../../../../../main/services/accounts/password-policy';

describe('password policy', () => {
  it('generates 10 unambiguous characters with a letter and a digit', () => {
    for (let i = 0; i < 200; i++) {
      const pw = generatePassword((n) => new Uint8Array(randomBytes(n)));
      expect(pw).toHaveLength(10);
      expect([...pw].every((c) => UNAMBIGUOUS_ALPHABET.includes(c))).toBe(true);
      expect(pw).toMatch(/\d/);
      expect(pw).toMatch(/[A-Za-z]/);
      expect(pw).not.toMatch(/[0O1lI]/);
    }
  });

  it('retries when a draw has no digit', () => {
    const draws = [new Uint8Array(20).fill(0), new Uint8Array(20).fill(UNAMBIGUOUS_ALPHABET.indexOf('7'))];
    draws[1]![0] = 0;
    let i = 0;
    expect(generatePassword(() => draws[Math.min(i++, 1)]!)).toBe('A777777777');
  });

  it('accepts Vietnamese letters and normalizes composition', () => {
    expect(passwordProblem('Bảohiểm2025')).toBeNull();
    expect(passwordProblem('Bảohiểm2025', { repeat: 'Bảohiểm2025'.normalize('NFD') })).toBeNull();
    expect(passwordProblem('Bảohiểm2025', { old: 'Bảohiểm2025'.normalize('NFD') })).toBe('same-as-old');
  });
});
