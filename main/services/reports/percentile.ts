/**
 * Nearest-rank percentile: the smallest value with at least p % of the values at or below it. Chosen over
 * interpolation because a supervisor can check it by hand (sort, count, take the ⌈p·n/100⌉-th) and because it is
 * always a wait somebody really had. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}
