/**
 * A small seeded PRNG (mulberry32) and the sampling helpers the generator needs. Deterministic across
 * platforms: only 32-bit integer arithmetic (Math.imul) and one division.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Raw 32-bit unsigned output. */
  u32(): number;
}

export function createRng(seed: number): Rng {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  const u32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => u32() / 4294967296;
  return {
    next,
    u32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

/** Derives an independent stream for a named purpose, so adding draws to one part does not shift another. */
export function deriveSeed(seed: number, label: string): number {
  let h = (Math.trunc(seed) ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Weighted choice in O(log n): build once, sample many times. */
export class WeightedPicker<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    if (entries.length === 0) throw new Error('WeightedPicker needs at least one entry');
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, w], i) => {
      sum += Math.max(0, w);
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/**
 * Unique pseudo-random serials per bucket without remembering them: the n-th serial of a bucket is
 * (offset + n·stride) mod 10^digits, a bijection on [0, 10^digits) because stride is coprime with 10.
 */
export class SerialPermutation {
  private readonly counters = new Map<string, { n: number; offset: number }>();
  private readonly modulus: number;

  constructor(
    digits: number,
    private readonly stride: number,
    private readonly seed: number,
  ) {
    this.modulus = 10 ** digits;
    if (stride % 2 === 0 || stride % 5 === 0) throw new Error('stride must be coprime with 10');
  }

  /** The next serial of this bucket; distinct from every earlier serial of the same bucket. */
  next(bucket: string): number {
    let state = this.counters.get(bucket);
    if (!state) {
      // A per-bucket starting point, so serials of different buckets do not all start at the same value.
      state = { n: 0, offset: deriveSeed(this.seed, bucket) % this.modulus };
      this.counters.set(bucket, state);
    }
    const { n, offset } = state;
    if (n >= this.modulus) throw new Error(`serial space exhausted for bucket ${bucket}`);
    state.n = n + 1;
    // Split the multiplication so it stays exact in float64 for 10-digit moduli.
    return (offset + mulMod(n, this.stride, this.modulus)) % this.modulus;
  }
}

function mulMod(a: number, b: number, m: number): number {
  if (a * b < Number.MAX_SAFE_INTEGER) return (a * b) % m;
  return Number((BigInt(a) * BigInt(b)) % BigInt(m));
}
