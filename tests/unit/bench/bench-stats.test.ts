import { describe, expect, it } from 'vitest';
import { median, percentile, timeAlternating } from '../../bench/stats';
import { judge } from '../../bench/targets';

describe('bench statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(samples)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 10)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('alternates the measure and its baseline, after one untimed run of each', async () => {
    const calls: string[] = [];
    const [a, b] = await timeAlternating(3, () => calls.push('a'), () => calls.push('b'));
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(3);
  });
});

describe('bench targets', () => {
  const passing = {
    'search.scale.p95_ms': 4,
    'search.scale.text_p95_ms': 5,
    'search.scale.minisearch_p95_ms': 100,
    'store.load_ms': 100,
    'store.parse_baseline_ms': 90,
    'store.save_ms': 10,
    'store.write_baseline_ms': 10,
    'start.first_results_ms': 250,
    'start.blank_react_ms': 130,
    'pdf.plan500_ms': 400,
    'pdf.baseline_table500_ms': 300,
    'heap.renderer_50k_bytes': 60e6,
    'heap.catalogue_json_bytes': 30e6,
  };

  it('passes figures within every limit', () => {
    expect(judge(passing).every((v) => v.pass)).toBe(true);
  });

  it('fails a ratio over its limit, an absolute ceiling, and a missing figure', () => {
    const slowPdf = judge({ ...passing, 'pdf.plan500_ms': 451 }).find((v) => v.name.includes('PDF'))!;
    expect(slowPdf.pass).toBe(false);
    expect(slowPdf.ratio).toBeCloseTo(1.503, 3);
    const slowSearch = judge({ ...passing, 'search.scale.p95_ms': 17 }).find((v) => v.name.includes('one frame'))!;
    expect(slowSearch.pass).toBe(false);
    // Text search: under half a frame and at most half of MiniSearch's p95, each on its own.
    const textVerdicts = (text: number, mini: number) =>
      judge({ ...passing, 'search.scale.text_p95_ms': text, 'search.scale.minisearch_p95_ms': mini })
        .filter((v) => v.name.startsWith('text search'))
        .map((v) => v.pass);
    expect(textVerdicts(8.5, 100)).toEqual([false, true]);
    expect(textVerdicts(6, 10)).toEqual([true, false]);
    expect(textVerdicts(6, 12)).toEqual([true, true]);
    const { 'start.blank_react_ms': _missing, ...rest } = passing;
    expect(judge(rest).find((v) => v.name.includes('first results'))!.pass).toBe(false);
  });
});
