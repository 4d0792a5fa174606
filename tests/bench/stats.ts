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
