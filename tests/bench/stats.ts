import { mulberry32 } from '../support/prng';

/** Percentile by nearest rank over a copy of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * A full collection before a timed step, when Node runs with --expose-gc (npm run bench does).
 * Used only where a run leaves a large heap behind (a store of 100,000 completions) that the
 * next timed step, whichever side it is, would otherwise collect. Not for small work: after a
 * full collection V8 starts with a smaller young generation, and Papa.parse of the import's
 * file took 88 ms instead of 55, which would slow a baseline.
 */
export function settleHeap(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs fn `runs` times after `warmup` untimed runs and returns each duration in ms. */
export async function timeRuns(runs: number, fn: () => unknown | Promise<unknown>, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

/**
 * Times two functions in alternation (a, b, a, b, …) after one untimed run of each, so a
 * measure and its baseline see the same machine state (heap growth, CPU frequency, other
 * load) instead of one taking all the early runs and the other all the late ones.
 */
export async function timeAlternating(runs: number, a: () => unknown, b: () => unknown): Promise<[number[], number[]]> {
  await a();
  await b();
  const out: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const start = performance.now();
      await fn();
      out[k]!.push(performance.now() - start);
    }
  }
  return out;
}

/**
 * 95 % bootstrap confidence interval (percentile method) for median(a) / median(b), where
 * a[i] and b[i] were measured as a pair (alternating runs): pairs are resampled together, so
 * a slow moment of the machine weighs on both sides of a resample alike. Seeded: the same
 * samples always give the same interval.
 */
export function ratioOfMediansInterval(a: readonly number[], b: readonly number[], resamples = 10_000, seed = 1): { low: number; high: number } {
  if (a.length !== b.length || a.length === 0) throw new Error('ratioOfMediansInterval needs two equally long, non-empty lists of paired runs');
  const rand = mulberry32(seed);
  const n = a.length;
  const ratios: number[] = [];
  const ra = new Array<number>(n);
  const rb = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rand() * n);
      ra[i] = a[k]!;
      rb[i] = b[k]!;
    }
    ratios.push(median(ra) / median(rb));
  }
  return { low: percentile(ratios, 2.5), high: percentile(ratios, 97.5) };
}
