import { describe, expect, it } from 'vitest';
import { errorName, newErrorReference } from '../../../../renderer/app/error-reference';

describe('error reference', () => {
  it('is short, upper-case and matches the system:reportError schema', () => {
    const ref = newErrorReference(1_764_000_000_000, () => new Uint8Array([0x7f, 0x2a]));
    expect(ref).toMatch(/^E-[0-9A-Z]{6}-7F2A$/);
    expect(ref).toMatch(/^[A-Z0-9-]{6,24}$/);
  });

  it('reports only the error name, never the message', () => {
    class FormCrash extends Error {
      override name = 'FormCrash';
    }
    expect(errorName(new FormCrash('Nguyễn Văn An 001192012345'))).toBe('FormCrash');
    expect(errorName('a string')).toBe('string');
    const odd = new Error('x');
    odd.name = 'has spaces and ư';
    expect(errorName(odd)).toBe('Error');
  });
});
