/**
 * Throughput of the whole scan path for the bench runner: payload → HID POS reports (emulated
 * scanner) → assembler → strict UTF-8 → parseScannedCode. Uses the shared fictional fixtures.
 */
import { performance } from 'node:perf_hooks';
import { decodeScannedBytes } from '../../native/reader/decode-scanned-bytes';
import { encodeHidPosReports } from '../../native/reader/hid-pos-encoder';
import { createHidPosAssembler } from '../../native/reader/hid-pos-report';
import { loadFixturePayloads } from '../support/fixture-payloads';
import { parseScannedCode } from '../../main/domain/codes/parse-scanned-code';

export interface BenchCodesResult {
  readonly codesPerSecond: number;
}

function defaultPayloads(): readonly string[] {
  return [...loadFixturePayloads('cccd-qr.txt'), ...loadFixturePayloads('bhyt-qr.txt')].map((f) => f.payload);
}

/** Runs `iterations` rounds over all payloads; throws if any code fails to round-trip and parse. */
export function benchCodes(iterations: number, payloads: readonly string[] = defaultPayloads()): BenchCodesResult {
  if (!Number.isInteger(iterations) || iterations < 1) throw new RangeError('iterations must be a positive integer');
  if (payloads.length === 0) throw new RangeError('no payloads to bench');
  const encoded = payloads.map((p) => new TextEncoder().encode(p));
  const assembler = createHidPosAssembler();
  let codes = 0;
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    for (const bytes of encoded) {
      for (const report of encodeHidPosReports(bytes)) {
        const event = assembler.push(report);
        if (event.kind === 'error' || event.kind === 'ignored') throw new Error(`bench: assembler ${event.kind}`);
        if (event.kind !== 'complete') continue;
        const text = decodeScannedBytes(event.bytes);
        if (!text.ok) throw new Error('bench: decode failed');
        const parsed = parseScannedCode(text.text);
        if (!parsed.ok) throw new Error(`bench: parse failed (${parsed.error.code})`);
        codes++;
      }
    }
  }
  const seconds = Math.max((performance.now() - start) / 1000, 1e-9);
  return { codesPerSecond: codes / seconds };
}
