import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScannedBytes } from '../../../../native/reader/decode-scanned-bytes';

describe('decodeScannedBytes', () => {
  it('decodes UTF-8 and normalises to NFC', () => {
    const nfd = 'Nguyễn Đức'.normalize('NFD');
    const r = decodeScannedBytes(new TextEncoder().encode(nfd));
    expect(r).toEqual({ ok: true, text: 'Nguyễn Đức'.normalize('NFC') });
    expect(r.ok && r.text.length).toBe(10);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a truncated 3-byte sequence', [0x4e, 0xe1, 0xbb]],
    ['an overlong encoding', [0xc0, 0x80]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['Latin-1 text from a scanner set to a legacy code page', [0x4e, 0x67, 0xfc]],
  ])('rejects %s without echoing the bytes', (_label, bytes) => {
    const r = decodeScannedBytes(Uint8Array.from(bytes));
    expect(r).toMatchObject({ ok: false, code: 'invalid-utf8' });
    expect(r.ok ? '' : r.message).not.toMatch(/0x|\\x|[a-f0-9]{2} [a-f0-9]{2}/i);
  });

  it('property: any string round-trips (as NFC)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(decodeScannedBytes(new TextEncoder().encode(s))).toEqual({ ok: true, text: s.normalize('NFC') });
      }),
    );
  });

  it('property: random bytes never throw and agree with a strict decoder', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        const r = decodeScannedBytes(bytes);
        expect(r.ok).toBe(valid);
        if (!r.ok) expect(r.code).toBe('invalid-utf8');
      }),
    );
  });
});
