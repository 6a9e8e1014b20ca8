import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScannedBytes } from '../../../../../native/reader/decode-scanned-bytes';
import { encodeHidPosReports } from '../../../../../native/reader/hid-pos-encoder';
import { createHidPosAssembler } from '../../../../../native/reader/hid-pos-report';
import { toKioskErrorCode } from '../../../../../main/domain/codes/code-errors';
import { CODE_ERROR_CODES, type CodeParseResult } from '../../../../../main/domain/codes/code-types';
import { expectKind } from '../../../../../main/domain/codes/expect-kind';
import { FIXTURES_DIR, loadFixturePayloads } from '../../../../support/fixture-payloads';
import { MAX_CODE_LENGTH, parseScannedCode } from '../../../../../main/domain/codes/parse-scanned-code';
import { ALL_FIXTURES, fixture } from '../../../../support/test-payloads';

const KNOWN_CODES = new Set<string>(CODE_ERROR_CODES);

/** The contract every result must meet, whatever the input. */
function checkShape(r: CodeParseResult): void {
  if (r.ok) {
    expect(['cccd', 'bhyt', 'registration']).toContain(r.value.kind);
    return;
  }
  expect(KNOWN_CODES.has(r.error.code)).toBe(true);
  expect(r.error.messageEn.length).toBeGreaterThan(0);
}

describe('parseScannedCode', () => {
  it('reads the repository fixtures from disk', () => {
    expect(FIXTURES_DIR).toMatch(/tests[\\/]fixtures[\\/]$/);
    expect(loadFixturePayloads('cccd-qr.txt').map((f) => f.label)).toEqual([
      'old-id-present',
      'no-old-id',
      'post-2025-address',
      'year-only-dob',
      'eleven-parts',
    ]);
    expect(loadFixturePayloads('bhyt-qr.txt').map((f) => f.label)).toEqual(['old-template-15', 'template-1666-17']);
  });

  it.each(ALL_FIXTURES.map((f) => [f.label, f.payload] as const))('parses fixture %s', (label, payload) => {
    const r = parseScannedCode(payload);
    expect(r.ok ? r.value.kind : r.error.code).toBe(label.includes('template') ? 'bhyt' : 'cccd');
  });

  it('extracts the key CCCD fixture fields exactly', () => {
    expect(parseScannedCode(fixture('old-id-present'))).toEqual({
      ok: true,
      value: {
        kind: 'cccd',
        idNumber: '001192012345',
        oldIdNumber: '013456789',
        fullName: 'Nguyễn Thị Lan Anh',
        dateOfBirth: '1992-03-14',
        gender: 'female',
        address: 'Số 7 Ngõ 12 Phố Hàng Bông, Phường Hàng Trống, Quận Hoàn Kiếm, Hà Nội',
        issueDate: '2021-05-20',
        extraFields: [],
        discrepancies: [],
      },
    });
    expect(parseScannedCode(fixture('no-old-id'))).toMatchObject({
      value: { oldIdNumber: null, fullName: 'Trần Văn Đức', gender: 'male' },
    });
    expect(parseScannedCode(fixture('post-2025-address'))).toMatchObject({
      value: { idNumber: '036215000777', dateOfBirth: '2015-07-09' },
    });
    expect(parseScannedCode(fixture('year-only-dob'))).toMatchObject({ value: { dateOfBirth: '1960', oldIdNumber: '172345678' } });
    expect(parseScannedCode(fixture('eleven-parts'))).toMatchObject({ value: { extraFields: ['', '', '', ''], issueDate: '2025-08-20' } });
  });

  it('classifies empty and unknown input', () => {
    for (const empty of ['', '   ', '\r\n', '\u0000\u0000'])
      expect(parseScannedCode(empty)).toMatchObject({ ok: false, error: { code: 'empty-code' } });
    for (const other of ['https://example.vn', '8934567890123', 'Nguyễn|Văn|A', 'CCCD:001192012345']) {
      const r = parseScannedCode(other);
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'unknown-code', messageEn: 'The code is not a CCCD, a BHYT card or a Form 01 code.' },
      });
    }
    expect(parseScannedCode('x'.repeat(MAX_CODE_LENGTH + 1))).toMatchObject({ ok: false, error: { code: 'code-too-long' } });
  });

  it('drops an AIM symbology prefix sent by a scanner', () => {
    expect(parseScannedCode(`]Q1${fixture('no-old-id')}`)).toMatchObject({ ok: true, value: { kind: 'cccd' } });
  });

  it('expectKind turns another kind into wrong-kind, described in English for the log', () => {
    const cccd = parseScannedCode(fixture('no-old-id'));
    const bhyt = parseScannedCode(fixture('template-1666-17'));
    const asCccd = expectKind(cccd, 'cccd');
    expect(asCccd.ok && asCccd.value.idNumber).toBe('079085004321');
    expect(expectKind(bhyt, 'cccd')).toEqual({
      ok: false,
      error: { code: 'wrong-kind', messageEn: 'The code is not a CCCD QR.' },
    });
    expect(expectKind(cccd, 'bhyt')).toMatchObject({ ok: false, error: { messageEn: 'The code is not a BHYT card QR.' } });
    expect(expectKind(cccd, 'registration')).toMatchObject({ ok: false, error: { code: 'wrong-kind' } });
    // Parse errors pass through untouched.
    expect(expectKind(parseScannedCode(''), 'cccd')).toMatchObject({ ok: false, error: { code: 'empty-code' } });
  });

  it('maps every error code onto the IPC contract', () => {
    expect(toKioskErrorCode('cccd-dob-mismatch')).toBe('mismatch');
    expect(toKioskErrorCode('unknown-code')).toBe('unsupported-code');
    expect(toKioskErrorCode('bhyt-bad-hex')).toBe('malformed-code');
    expect(CODE_ERROR_CODES.map(toKioskErrorCode).every((c) => typeof c === 'string')).toBe(true);
  });

  it('property: arbitrary strings never throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ unit: fc.constantFrom('|', '$', '0', '1', '/', '-', 'a', 'F', ' ', '\r') }),
        ),
        (s) => {
          checkShape(parseScannedCode(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: truncated fixtures never throw, and truncated BHYT codes never parse', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_FIXTURES), fc.nat(), ({ label, payload }, n) => {
        const cut = payload.slice(0, n % payload.length);
        const r = parseScannedCode(cut);
        checkShape(r);
        if (label.includes('template')) expect(r.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: dropped, duplicated or altered fields never throw', () => {
    const fieldEdit = fc.record({
      op: fc.constantFrom('drop', 'dup', 'replace'),
      at: fc.nat(),
      value: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('-', '', '$', '31/02/2020', 'zz', '1', '2', 'Nữ', '0')),
    });
    fc.assert(
      fc.property(fc.constantFrom(...ALL_FIXTURES), fc.array(fieldEdit, { minLength: 1, maxLength: 4 }), ({ payload }, edits) => {
        const parts = payload.split('|');
        for (const e of edits) {
          const i = e.at % parts.length;
          if (e.op === 'drop') parts.splice(i, 1);
          else if (e.op === 'dup') parts.splice(i, 0, parts[i] ?? '');
          else parts[i] = e.value;
        }
        checkShape(parseScannedCode(parts.join('|')));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: any field-count change is reported as a field-count error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_FIXTURES), fc.integer({ min: 1, max: 3 }), ({ label, payload }, extra) => {
        const parts = payload.split('|');
        // Insert extra fields before the terminator (BHYT) or in the middle (CCCD).
        parts.splice(label.includes('template') ? parts.length - 1 : 3, 0, ...Array<string>(extra).fill('-'));
        const r = parseScannedCode(parts.join('|'));
        if (label === 'old-template-15' && extra === 2) {
          // 17 parts is the 1666 shape, and a 1666 card may still print the 15-character code: it parses.
          expect(r.ok && r.value.kind === 'bhyt' && r.value.template).toBe('1666-17');
        } else {
          expect(r.ok ? '' : r.error.code).toBe(label.includes('template') ? 'bhyt-bad-field-count' : 'cccd-bad-field-count');
        }
      }),
    );
  });

  it('property: fixtures survive the whole scanner path at any report size', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_FIXTURES), fc.integer({ min: 9, max: 200 }), ({ payload }, reportSize) => {
        const assembler = createHidPosAssembler();
        const events = encodeHidPosReports(new TextEncoder().encode(payload), { reportSize }).map((r) => assembler.push(r));
        const last = events.at(-1);
        if (last?.kind !== 'complete') throw new Error('not complete');
        const text = decodeScannedBytes(last.bytes);
        if (!text.ok) throw new Error('not UTF-8');
        expect(parseScannedCode(text.text)).toEqual(parseScannedCode(payload));
      }),
      { numRuns: 300 },
    );
  });
});
