/** Benchmarks of later areas (documents, kiosk check, sessions); each adds its rows here. */
import { benchCardAddresses } from './bench-card-addresses';
import { benchCards } from './bench-documents';
import { kioskCheckRows } from './kiosk-check-bench';
import { sessionMemoryBenchRows } from './session-memory-bench';
import { lookupBenchRows } from './lookup-bench';
import type { BenchRow } from './run-bench';

export async function extraBenches(ctx: {
  quick: boolean;
  persons: number;
  log: (s: string) => void;
  /** The database run-bench.ts seeded with `persons` people (deleted after the extra benches). */
  benchDbFile?: string;
}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  rows.push(...lookupBenchRows(ctx));
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
  rows.push(...kioskCheckRows(ctx));
  ctx.log('card addresses → 2025 units…');
  const addresses = benchCardAddresses(ctx.quick ? 2000 : 20_000);
  rows.push({
    area: 'addresses',
    metric: `card address → 2025 ward resolved (${addresses.addresses} generated)`,
    value: round(addresses.resolvedRate * 100),
    unit: '%',
    target: '≥ 95 %',
    met: addresses.resolvedRate >= 0.95,
  });
  rows.push({
    area: 'addresses',
    metric: 'split ward: citizen chooses',
    value: round(addresses.splitRate * 100),
    unit: '%',
    target: '',
    met: null,
  });
  rows.push({
    area: 'addresses',
    metric: 'resolve one address',
    value: round(addresses.msPerAddress * 1000),
    unit: 'µs',
    target: '',
    met: null,
  });
  // Kiosk sessions and memory (real host + Chromium): only with --sessions, see session-memory-bench.ts.
  rows.push(...(await sessionMemoryBenchRows(ctx)));
  return rows;
}

const round = (n: number) => Math.round(n * 100) / 100;
