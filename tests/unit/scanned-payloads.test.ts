/** Every payload of the realistic test set (tests/fixtures/scans) parses to exactly what it says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScannedCode } from '../../main/domain/codes/parse-scanned-code';

interface Entry {
  readonly label: string;
  readonly payload: string;
  readonly expect:
    { readonly ok: true; readonly kind: string; readonly [field: string]: unknown } | { readonly ok: false; readonly code: string };
}

export const SCANNED_PAYLOADS: readonly Entry[] = (
  JSON.parse(readFileSync(new URL('../fixtures/scans/scanned-payloads.json', import.meta.url), 'utf8')) as { payloads: Entry[] }
).payloads;

describe('realistic scanned payloads', () => {
  it('covers every shape the issue lists', () => {
    const labels = SCANNED_PAYLOADS.map((e) => e.label).join(' ');
    for (const shape of [
      'cccd-7',
      'cancuoc-11',
      'empty-old-id',
      'suffix-cr',
      'suffix-lf',
      'suffix-nul',
      'aim-prefix',
      'bhyt-1666',
      'bhyt-old',
      'upper-hex',
      'lower-hex',
      'one-digit-dates',
      'truncated',
      'ime',
    ])
      expect(labels, shape).toContain(shape);
  });

  it.each(SCANNED_PAYLOADS.map((e) => [e.label, e] as const))('%s', (_label, entry) => {
    const r = parseScannedCode(entry.payload);
    if (entry.expect.ok) {
      if (!r.ok) throw new Error(`expected ok, got ${r.error.code} (${r.error.field ?? '-'})`);
      const { ok: _ok, ...fields } = entry.expect;
      expect(r.value).toMatchObject(fields);
    } else {
      expect(r.ok ? 'ok' : r.error.code).toBe(entry.expect.code);
    }
  });
});
