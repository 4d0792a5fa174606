/** The figures `npm run bench` reports and the targets they must meet (issue 7). */
export type Figures = Record<string, number>;

export interface Target {
  name: string;
  measured: string;
  baseline: string;
  /** Largest allowed measured/baseline ratio, or an absolute ceiling in the measured unit. */
  maxRatio?: number;
  maxValue?: number;
}

export const targets: Target[] = [
  { name: 'text search at 50k under half a frame', measured: 'search.scale.text_p95_ms', baseline: '', maxValue: 8 },
  { name: 'text search at 50k vs MiniSearch', measured: 'search.scale.text_p95_ms', baseline: 'search.scale.minisearch_p95_ms', maxRatio: 0.5 },
  { name: 'search at 50k under one frame', measured: 'search.scale.p95_ms', baseline: '', maxValue: 16 },
  { name: 'store load vs JSON.parse', measured: 'store.load_ms', baseline: 'store.parse_baseline_ms', maxRatio: 1.5 },
  { name: 'store save vs fs.writeFile', measured: 'store.save_ms', baseline: 'store.write_baseline_ms', maxRatio: 1.5 },
  { name: 'first results vs blank React', measured: 'start.first_results_ms', baseline: 'start.blank_react_ms', maxRatio: 2 },
  { name: '500-item plan PDF vs bare table', measured: 'pdf.plan500_ms', baseline: 'pdf.baseline_table500_ms', maxRatio: 1.5 },
  { name: 'renderer heap at 50k vs catalogue JSON', measured: 'heap.renderer_50k_bytes', baseline: 'heap.catalogue_json_bytes', maxRatio: 3 },
];

export interface Verdict {
  name: string;
  value: number;
  limit: number;
  ratio: number | null;
  pass: boolean;
}

export function judge(figures: Figures): Verdict[] {
  return targets.map((t) => {
    const value = figures[t.measured] ?? Number.NaN;
    if (t.maxValue !== undefined) return { name: t.name, value, limit: t.maxValue, ratio: null, pass: value <= t.maxValue };
    const base = figures[t.baseline] ?? Number.NaN;
    const ratio = value / base;
    return { name: t.name, value, limit: t.maxRatio!, ratio, pass: ratio <= t.maxRatio! };
  });
}
