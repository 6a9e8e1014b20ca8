/**
 * Card-rendering bench for the lead's bench runner: one cold render (fonts read and parsed), then
 * `n` warm ones. Each warm card gets a different number and QR payload so no per-payload work can
 * be skipped; sizes are averaged over the warm cards.
 */
import { renderBhytCardPdf } from '../../native/documents/bhyt-card-pdf.js';
import { clearFontCache } from '../../native/documents/document-fonts.js';
import { SAMPLE_BHYT_CARD } from '../../native/documents/sample-documents.js';
import type { BhytCardData } from '../../native/documents/bhyt-card-text.js';

export type CardBench = { coldMs: number; warmMsP50: number; warmMsMax: number; bytesPerCard: number };

function variant(i: number): BhytCardData {
  const insuranceNumber = String(1_000_000_000 + ((i * 7_919) % 8_999_999_999)).padStart(10, '0');
  return {
    ...SAMPLE_BHYT_CARD,
    insuranceNumber,
    qrPayload: SAMPLE_BHYT_CARD.qrPayload.replace(/^\d{10}/, insuranceNumber),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? Number.NaN;
}

export async function benchCards(n: number): Promise<CardBench> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
  clearFontCache();
  let t = performance.now();
  await renderBhytCardPdf(variant(0));
  const coldMs = performance.now() - t;

  const times: number[] = [];
  let bytes = 0;
  for (let i = 1; i <= n; i++) {
    t = performance.now();
    const pdf = await renderBhytCardPdf(variant(i));
    times.push(performance.now() - t);
    bytes += pdf.byteLength;
  }
  times.sort((a, b) => a - b);
  return {
    coldMs,
    warmMsP50: percentile(times, 50),
    warmMsMax: times[times.length - 1] ?? Number.NaN,
    bytesPerCard: Math.round(bytes / n),
  };
}
