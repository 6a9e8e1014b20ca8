import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScannedBytes } from '../../../../native/reader/decode-scanned-bytes';
import { encodeHidPosReports, hidPosDataCapacity } from '../../../../native/reader/hid-pos-encoder';
import { type AssemblerEvent, createHidPosAssembler } from '../../../../native/reader/hid-pos-report';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Feeds all reports; returns the events. */
function feed(reports: readonly Uint8Array[], assembler = createHidPosAssembler()): AssemblerEvent[] {
  return reports.map((r) => assembler.push(r));
}

function completeBytes(events: readonly AssemblerEvent[]): Uint8Array {
  const last = events[events.length - 1];
  if (last?.kind !== 'complete') throw new Error(`expected complete, got ${last?.kind}`);
  expect(events.slice(0, -1).every((e) => e.kind === 'partial')).toBe(true);
  return last.bytes;
}

/** A report built by hand, byte by byte, to pin the documented layout independently of the encoder. */
function handReport(data: readonly number[], continued: boolean, size = 64): Uint8Array {
  const r = new Uint8Array(size);
  r[0] = 0x02;
  r[1] = data.length;
  r.set([0x5d, 0x51, 0x31], 2); // ]Q1
  r.set(data, 5);
  r[size - 1] = continued ? 0x01 : 0x00;
  return r;
}

describe('createHidPosAssembler', () => {
  it('decodes a hand-built single report per the documented layout', () => {
    const events = feed([handReport([0x41, 0x42, 0x43], false)]);
    expect(events).toEqual([{ kind: 'complete', bytes: Uint8Array.from([0x41, 0x42, 0x43]), symbology: ']Q1' }]);
  });

  it('joins continued reports and keeps the first report symbology', () => {
    const a = handReport([0xe1, 0xbb], true); // first two bytes of "ễ"
    const b = handReport([0x85], false);
    b.set([0x5d, 0x64, 0x32], 2); // a different AIM in a continuation is ignored
    const bytes = completeBytes(feed([a, b]));
    expect(decodeScannedBytes(bytes)).toEqual({ ok: true, text: 'ễ' });
    expect((feed([a, b]).at(-1) as { symbology: string }).symbology).toBe(']Q1');
  });

  it('round-trips every payload size from 0 to 2000 bytes through the encoder', () => {
    const assembler = createHidPosAssembler();
    const failures: number[] = [];
    for (let n = 0; n <= 2000; n++) {
      const payload = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      const reports = encodeHidPosReports(payload);
      const events = feed(reports, assembler);
      const last = events[events.length - 1];
      const ok =
        reports.length === Math.max(1, Math.ceil(n / 56)) &&
        events.slice(0, -1).every((e) => e.kind === 'partial') &&
        last?.kind === 'complete' &&
        Buffer.from(last.bytes).equals(payload);
      if (!ok) failures.push(n);
    }
    expect(failures).toEqual([]);
  });

  it('reassembles Vietnamese text whose multi-byte characters straddle report boundaries', () => {
    const capacity = hidPosDataCapacity(64);
    // 55 ASCII bytes, then "ễ" (3 bytes) spans bytes 55..57 → split 1 + 2 across reports 1 and 2.
    const text = `${'x'.repeat(capacity - 1)}ễ|Nguyễn Thị Lan Anh|Đức`.repeat(30);
    const reports = encodeHidPosReports(utf8(text));
    expect(reports.length).toBeGreaterThan(10);
    // The split really happens: decoding report 1's data alone is invalid UTF-8.
    expect(decodeScannedBytes(reports[0]!.slice(5, 5 + capacity)).ok).toBe(false);
    expect(decodeScannedBytes(completeBytes(feed(reports)))).toEqual({ ok: true, text });
  });

  it('works without a report id byte (WebHID) and with other report sizes', () => {
    const payload = utf8('Phường Ba Đình, Thành phố Hà Nội'.repeat(5));
    for (const reportSize of [16, 32, 63, 64, 128]) {
      const reports = encodeHidPosReports(payload, { reportSize, reportIdPresent: false, symbology: ']Q5' });
      expect(reports.every((r) => r.length === reportSize)).toBe(true);
      const events = feed(reports, createHidPosAssembler({ reportIdPresent: false }));
      expect(completeBytes(events)).toEqual(payload);
      expect((events.at(-1) as { symbology: string }).symbology).toBe(']Q5');
    }
  });

  it('reports an empty symbology when the scanner sends zero AIM bytes', () => {
    const r = handReport([0x31], false);
    r.set([0, 0, 0], 2);
    expect(feed([r])[0]).toEqual({ kind: 'complete', bytes: Uint8Array.of(0x31), symbology: '' });
  });

  it('copies report data, so a reused report buffer cannot corrupt the code', () => {
    const assembler = createHidPosAssembler();
    const r = handReport([1, 2, 3], true);
    assembler.push(r);
    r.fill(0xff, 5, 8);
    r[63] = 0;
    r[1] = 0;
    const done = assembler.push(r);
    expect(done).toMatchObject({ kind: 'complete', bytes: Uint8Array.of(1, 2, 3) });
  });

  it('ignores reports with another report id without disturbing the code in progress', () => {
    const assembler = createHidPosAssembler();
    const [first, second] = encodeHidPosReports(utf8('a'.repeat(60)));
    expect(assembler.push(first!)).toEqual({ kind: 'partial' });
    expect(assembler.push(Uint8Array.of(0x04, 1, 2, 3, 4, 5))).toEqual({ kind: 'ignored', reason: 'other-report-id' });
    expect(assembler.push(second!)).toMatchObject({ kind: 'complete' });
  });

  it('rejects a report too short for the header and flags', () => {
    const assembler = createHidPosAssembler();
    expect(assembler.push(Uint8Array.of(0x02, 1, 0x5d))).toMatchObject({ kind: 'error', code: 'report-too-short' });
    expect(assembler.push(new Uint8Array(0))).toMatchObject({ kind: 'error', code: 'report-too-short' });
  });

  it('rejects a length byte running into the flags byte, then skips the rest of that code', () => {
    const assembler = createHidPosAssembler();
    const bad = handReport([], true);
    bad[1] = 59; // room for 58 at most in a 64-byte report
    expect(assembler.push(bad)).toMatchObject({ kind: 'error', code: 'bad-length' });
    expect(assembler.push(handReport([1], true))).toEqual({ kind: 'ignored', reason: 'discarding-after-error' });
    expect(assembler.push(handReport([2], false))).toEqual({ kind: 'ignored', reason: 'discarding-after-error' });
    // The next code is assembled normally.
    expect(assembler.push(handReport([3], false))).toMatchObject({ kind: 'complete', bytes: Uint8Array.of(3) });
  });

  it('caps the code size and discards the overflowing code entirely', () => {
    const assembler = createHidPosAssembler({ maxBytes: 100 });
    const reports = encodeHidPosReports(new Uint8Array(300).fill(0x41));
    const events = feed(reports, assembler);
    expect(events[0]).toEqual({ kind: 'partial' });
    expect(events[1]).toMatchObject({ kind: 'error', code: 'overflow' });
    expect(events.slice(2).every((e) => e.kind === 'ignored')).toBe(true);
    expect(completeBytes(feed(encodeHidPosReports(new Uint8Array(100).fill(0x42)), assembler))).toHaveLength(100);
  });

  it('accepts exactly 8 KiB by default and rejects one byte more', () => {
    expect(completeBytes(feed(encodeHidPosReports(new Uint8Array(8192))))).toHaveLength(8192);
    const events = feed(encodeHidPosReports(new Uint8Array(8193)));
    expect(events.some((e) => e.kind === 'error' && e.code === 'overflow')).toBe(true);
    expect(events.some((e) => e.kind === 'complete')).toBe(false);
  });

  it('reset() drops a truncated code so the next one is clean', () => {
    const assembler = createHidPosAssembler();
    const truncated = encodeHidPosReports(utf8('y'.repeat(200))).slice(0, 2);
    expect(feed(truncated, assembler).map((e) => e.kind)).toEqual(['partial', 'partial']);
    assembler.reset();
    expect(decodeScannedBytes(completeBytes(feed(encodeHidPosReports(utf8('Đức')), assembler)))).toEqual({ ok: true, text: 'Đức' });
  });

  it('property: random payloads and report sizes round-trip exactly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 10, max: 260 }), fc.boolean(), (payload, reportSize, withId) => {
        const reports = encodeHidPosReports(payload, { reportSize, reportIdPresent: withId });
        expect(completeBytes(feed(reports, createHidPosAssembler({ reportIdPresent: withId })))).toEqual(payload);
      }),
    );
  });

  it('property: arbitrary report streams never throw and every failure carries a code', () => {
    const codes = new Set(['report-too-short', 'bad-length', 'overflow']);
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 80 }), { maxLength: 40 }), fc.boolean(), (reports, withId) => {
        const assembler = createHidPosAssembler({ reportIdPresent: withId, maxBytes: 512 });
        for (const r of reports) {
          const e = assembler.push(r);
          if (e.kind === 'error') {
            expect(codes.has(e.code)).toBe(true);
            expect(e.message.length).toBeGreaterThan(0);
          }
          if (e.kind === 'complete') expect(e.bytes.length).toBeLessThanOrEqual(512);
        }
      }),
    );
  });

  it('property: a stream cut at any report still yields each complete code intact afterwards', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 500 }), fc.nat(), (payload, cut) => {
        const assembler = createHidPosAssembler();
        const reports = encodeHidPosReports(payload);
        feed(reports.slice(0, cut % reports.length), assembler);
        assembler.reset(); // what the device host does on its inter-report timeout
        expect(completeBytes(feed(reports, assembler))).toEqual(payload);
      }),
    );
  });
});
