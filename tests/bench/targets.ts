/** The figures `npm run bench` reports and the targets they must meet (issues 7 and 13). */
export type Figures = Record<string, number>;

export interface Target {
  name: string;
  measured: string;
  baseline: string;
  /** Largest allowed measured/baseline ratio, or an absolute ceiling in the measured unit. */
  maxRatio?: number;
  maxValue?: number;
  /**
   * A figure holding the upper end of the ratio's 95 % interval. When given, the target holds
   * only if that upper end is within maxRatio too, not just the median ratio.
   */
  ratioUpper?: string;
}

export const targets: Target[] = [
  { name: 'text search at 50k under half a frame', measured: 'search.scale.text_p95_ms', baseline: '', maxValue: 8 },
  { name: 'text search at 50k vs MiniSearch', measured: 'search.scale.text_p95_ms', baseline: 'search.scale.minisearch_p95_ms', maxRatio: 0.5 },
  { name: 'search at 50k under one frame', measured: 'search.scale.p95_ms', baseline: '', maxValue: 16 },
  { name: 'store load (trusted) vs JSON.parse', measured: 'store.load_ms', baseline: 'store.parse_baseline_ms', maxRatio: 1.5 },
  { name: 'store load (validated) vs JSON.parse', measured: 'store.validated_load_ms', baseline: 'store.parse_baseline_ms', maxRatio: 2 },
  { name: 'durable save vs Buffer write + fsync', measured: 'store.save_durable_ms', baseline: 'store.write_durable_baseline_ms', maxRatio: 1.5 },
  { name: 'encrypted store load vs plain, same run', measured: 'store.load_encrypted_ms', baseline: 'store.load_plain_ms', maxRatio: 1.3 },
  { name: 'encrypted durable save vs plain, same run', measured: 'store.save_encrypted_ms', baseline: 'store.save_plain_ms', maxRatio: 1.3 },
  { name: 'main event loop: longest stall', measured: 'main.max_stall_ms', baseline: '', maxValue: 100 },
  { name: 'main-side start-up vs reading the two files', measured: 'start.bootstrap_ms', baseline: 'start.bootstrap_baseline_ms', maxRatio: 1.5 },
  {
    name: 'first results vs blank React',
    measured: 'start.first_results_ms',
    baseline: 'start.blank_react_ms',
    maxRatio: 2,
    ratioUpper: 'start.first_results_ratio_ci_high',
  },
  { name: '500-item plan PDF vs bare table', measured: 'pdf.plan500_ms', baseline: 'pdf.baseline_table500_ms', maxRatio: 1.5 },
  { name: 'transcript PDF (300 completions) vs bare table', measured: 'pdf.transcript_ms', baseline: 'pdf.baseline_transcript_table_ms', maxRatio: 1.5 },
  { name: 'import 50k rows vs Papa.parse alone', measured: 'import.rows50k_ms', baseline: 'import.papaparse_baseline_ms', maxRatio: 3 },
  { name: 'compliance matrix, 1,000 × 30 over 100k completions', measured: 'compliance.matrix_ms', baseline: '', maxValue: 50 },
  { name: 'initial sync of 100k completions vs PouchDB local to local', measured: 'sync.initial_ms', baseline: 'sync.pouch_baseline_ms', maxRatio: 2 },
  { name: 'an edit visible on the other app (live sync, loopback)', measured: 'sync.propagation_ms', baseline: '', maxValue: 2000 },
  { name: 'main event loop: longest stall during the initial sync', measured: 'sync.max_stall_ms', baseline: '', maxValue: 100 },
  { name: 'renderer heap at 50k vs catalogue JSON', measured: 'heap.renderer_50k_bytes', baseline: 'heap.catalogue_json_bytes', maxRatio: 3 },
];

/** What each figure is, in the README's table. A figure without a label is shown by its key. */
export const figureLabels: Record<string, string> = {
  'search.scale.p95_ms': 'search p95, 50k trainings',
  'search.scale.text_p95_ms': 'text search p95, 50k trainings, full query',
  'search.scale.minisearch_p95_ms': 'MiniSearch p95, prefix + fuzzy, same text',
  'search.scale.fuse_p95_ms': 'Fuse.js p95 (context only)',
  'search.real.p95_ms': 'search p95, real catalogue',
  'search.scale.index_build_ms': 'index build, 50k trainings, three tabs',
  'store.load_ms': 'store load, 100k completions',
  'store.parse_baseline_ms': 'JSON.parse of the file',
  'store.validated_load_ms': 'store load, fully validated, 100k completions',
  'store.save_durable_ms': 'durable store save (fsync), one completion added',
  'store.write_durable_baseline_ms': 'Buffer write of the same bytes + fsync',
  'store.load_encrypted_ms': 'store load, encrypted at rest, 100k completions',
  'store.load_plain_ms': 'the same load, plain file (same run)',
  'store.save_encrypted_ms': 'durable store save, encrypted at rest, one completion added',
  'store.save_plain_ms': 'the same save, plain file (same run)',
  'sync.initial_ms': 'initial sync: empty app receives 100k completions (loopback server, real bridge)',
  'sync.pouch_baseline_ms': 'PouchDB replicating the same documents, LevelDB to LevelDB',
  'sync.propagation_ms': 'an edit on one app visible on the other (live sync)',
  'sync.max_stall_ms': 'longest main event-loop stall during the initial sync',
  'sync.replica_bytes': 'local replica on disk after the initial sync',
  'main.max_stall_ms': 'longest main event-loop stall (import commit, restore)',
  'store.real.load_ms': 'store load, 2,000 completions',
  'store.real.save_durable_ms': 'durable store save, 2,000 completions',
  'store.file_bytes': 'data file, 100k completions',
  'start.bootstrap_ms': 'main side ready, fresh process (2,000 completions)',
  'start.bootstrap_baseline_ms': 'fresh process reading and parsing the two files',
  'start.first_results_ms': 'first result painted on Catalogue',
  'start.blank_react_ms': 'bare React page painted',
  'start.first_results_binding_ms': 'the same over Playwright’s binding',
  'start.first_results_to_interactive_ms': 'from that paint until the app answers input (React has taken over the pre-rendered page)',
  'pdf.plan500_ms': '500-item plan PDF, view and document built',
  'pdf.baseline_table500_ms': 'bare pdfmake table of the same rows',
  'pdf.plan500_pages': 'pages of that PDF',
  'import.rows50k_ms': 'import of 50,000 rows: decode, parse, check, commit',
  'import.papaparse_baseline_ms': 'Papa.parse of the same text alone',
  'import.least_work_ms': 'context, not a target: the least an import must do (parse into records, JSON, hash, write with fsync), no checks',
  'main.import_stall_ms': 'longest main event-loop stall, 50,000-row import commit',
  'main.restore_stall_ms': 'longest main event-loop stall, 100k-completion restore',
  'compliance.matrix_ms': 'compliance matrix, 1,000 members × 30 requirements over 100k completions, full recompute',
  'pdf.transcript_ms': 'transcript PDF, member with 300 completions, document built',
  'pdf.baseline_transcript_table_ms': 'bare pdfmake table of the same rows',
  'pdf.transcript_pages': 'pages of that transcript',
  'heap.renderer_50k_bytes': 'renderer heap with 50k trainings',
  'heap.catalogue_json_bytes': 'catalogue JSON',
};

export interface Verdict {
  name: string;
  measured: string;
  value: number;
  limit: number;
  ratio: number | null;
  /** Upper end of the ratio's 95 % interval, for targets that have one. */
  ratioUpper?: number;
  pass: boolean;
}

export function judge(figures: Figures, only: readonly Target[] = targets): Verdict[] {
  return only.map((t) => {
    const value = figures[t.measured] ?? Number.NaN;
    if (t.maxValue !== undefined) return { name: t.name, measured: t.measured, value, limit: t.maxValue, ratio: null, pass: value <= t.maxValue };
    const base = figures[t.baseline] ?? Number.NaN;
    const ratio = value / base;
    if (t.ratioUpper === undefined) return { name: t.name, measured: t.measured, value, limit: t.maxRatio!, ratio, pass: ratio <= t.maxRatio! };
    const upper = figures[t.ratioUpper] ?? Number.NaN;
    return { name: t.name, measured: t.measured, value, limit: t.maxRatio!, ratio, ratioUpper: upper, pass: ratio <= t.maxRatio! && upper <= t.maxRatio! };
  });
}
