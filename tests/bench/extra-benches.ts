/** Benchmarks of later areas (documents, kiosk check, sessions); each adds its rows here. */
import type { BenchRow } from './run-bench';

export async function extraBenches(_ctx: { quick: boolean; persons: number; log: (s: string) => void }): Promise<BenchRow[]> {
  return [];
}
