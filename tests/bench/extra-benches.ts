/** Benchmarks of later areas (documents, kiosk check, sessions); each adds its rows here. */
import { benchCards } from '../../native/documents/bench-documents';
import type { BenchRow } from './run-bench';

export async function extraBenches(ctx: { quick: boolean; persons: number; log: (s: string) => void }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  ctx.log('BHYT card PDFs…');
  const cards = await benchCards(ctx.quick ? 20 : 100);
  rows.push({ area: 'cards', metric: 'card PDF cold', value: round(cards.coldMs), unit: 'ms', target: '', met: null });
  rows.push({
    area: 'cards',
    metric: 'card PDF warm p50',
    value: round(cards.warmMsP50),
    unit: 'ms',
    target: '< 25 ms',
    met: cards.warmMsP50 < 25,
  });
  rows.push({ area: 'cards', metric: 'card PDF warm max', value: round(cards.warmMsMax), unit: 'ms', target: '', met: null });
  rows.push({
    area: 'cards',
    metric: 'card PDF size',
    value: cards.bytesPerCard,
    unit: 'bytes',
    target: '< 60 kB',
    met: cards.bytesPerCard < 60_000,
  });
  return rows;
}

const round = (n: number) => Math.round(n * 100) / 100;
