import { describe, expect, it } from 'vitest';
import { median, percentile, ratioOfMediansInterval, timeAlternating } from '../../bench/stats';
import { judge, targets } from '../../bench/targets';
import { mulberry32 } from '../../support/prng';

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
    'store.validated_load_ms': 170,
    'store.save_durable_ms': 10,
    'store.write_durable_baseline_ms': 10,
    'store.load_encrypted_ms': 120,
    'store.load_plain_ms': 100,
    'store.save_encrypted_ms': 12,
    'store.save_plain_ms': 10,
    'main.max_stall_ms': 40,
    'start.first_results_ms': 250,
    'start.blank_react_ms': 130,
    'start.first_results_ratio_ci_high': 1.99,
    'start.bootstrap_ms': 140,
    'start.bootstrap_baseline_ms': 100,
    'pdf.plan500_ms': 400,
    'pdf.baseline_table500_ms': 300,
    'pdf.transcript_ms': 120,
    'pdf.baseline_transcript_table_ms': 100,
    'heap.renderer_50k_bytes': 60e6,
    'heap.catalogue_json_bytes': 30e6,
    'compliance.matrix_ms': 40,
    'import.rows50k_ms': 2000,
    'import.papaparse_baseline_ms': 900,
    'sync.initial_ms': 39_000,
    'sync.pouch_baseline_ms': 20_000,
    'sync.propagation_ms': 400,
    'sync.max_stall_ms': 90,
  };

  it('passes figures within every limit', () => {
    expect(judge(passing).every((v) => v.pass)).toBe(true);
  });

  it('fails a ratio over its limit, an absolute ceiling, and a missing figure', () => {
    const slowPdf = judge({ ...passing, 'pdf.plan500_ms': 451 }).find((v) => v.name.includes('PDF'))!;
    expect(slowPdf.pass).toBe(false);
    expect(slowPdf.ratio).toBeCloseTo(1.503, 3);
    const slowTranscript = judge({ ...passing, 'pdf.transcript_ms': 151 }).find((v) => v.name.startsWith('transcript PDF'))!;
    expect(slowTranscript.pass).toBe(false);
    const slowEncryptedSave = judge({ ...passing, 'store.save_encrypted_ms': 13.1 }).find((v) => v.measured === 'store.save_encrypted_ms')!;
    expect(slowEncryptedSave.pass).toBe(false);
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
    // Sharing: the initial sync at most twice PouchDB alone, an edit across within 2 s.
    expect(judge({ ...passing, 'sync.initial_ms': 40_100 }).find((v) => v.measured === 'sync.initial_ms')!.pass).toBe(false);
    expect(judge({ ...passing, 'sync.propagation_ms': 2001 }).find((v) => v.measured === 'sync.propagation_ms')!.pass).toBe(false);
    expect(judge({ ...passing, 'sync.max_stall_ms': 101 }).find((v) => v.measured === 'sync.max_stall_ms')!.pass).toBe(false);
    const { 'start.blank_react_ms': _missing, ...rest } = passing;
    expect(judge(rest).find((v) => v.name.includes('first results'))!.pass).toBe(false);
  });
});

describe('the 95 % interval of a ratio of medians', () => {
  it('brackets the ratio, is reproducible, and narrows with more runs', () => {
    const rand = mulberry32(7);
    const noisy = (n: number, centre: number) => Array.from({ length: n }, () => centre * (0.8 + 0.4 * rand()));
    const a = noisy(21, 260);
    const b = noisy(21, 130);
    const ci = ratioOfMediansInterval(a, b);
    const ratio = median(a) / median(b);
    expect(ci.low).toBeLessThanOrEqual(ratio);
    expect(ci.high).toBeGreaterThanOrEqual(ratio);
    expect(ci.high).toBeGreaterThan(ci.low);
    expect(ratioOfMediansInterval(a, b)).toEqual(ci);
    const wide = ratioOfMediansInterval(noisy(5, 260), noisy(5, 130));
    const narrow = ratioOfMediansInterval(noisy(200, 260), noisy(200, 130));
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
    expect(narrow.low).toBeLessThan(2);
    expect(narrow.high).toBeGreaterThan(2);
  });

  it('refuses unpaired runs', () => {
    expect(() => ratioOfMediansInterval([1, 2], [1])).toThrow(/paired/);
  });
});

describe('a target with an interval', () => {
  const figures = { 'start.first_results_ms': 250, 'start.blank_react_ms': 130 };
  const target = targets.filter((t) => t.measured === 'start.first_results_ms');
  it('holds only when the upper end of the interval is within the limit, not just the median ratio', () => {
    expect(judge({ ...figures, 'start.first_results_ratio_ci_high': 1.99 }, target)[0]!.pass).toBe(true);
    expect(judge({ ...figures, 'start.first_results_ratio_ci_high': 2.01 }, target)[0]!.pass).toBe(false);
    expect(judge(figures, target)[0]!.pass).toBe(false);
  });
});
