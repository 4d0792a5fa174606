// `npm run bench [-- --out FILE] [--quick] [--only SECTION[,SECTION…]]`: every figure of
// issues 7, 13 and 19 in one run, printed as a table and written as JSON; exits 1 when a target is
// missed. --only runs some sections (start, pdf, compliance, store, main, import, search, sync, heap) and merges their figures
// into FILE, judging only their targets: for iterating on one figure. Scale data is generated
// (SYNTHETIC) and never shipped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Catalogue } from '../../shared/catalogue/schema';
import { generateSyntheticCatalogue } from '../support/synthetic-catalogue';
import { benchFuse, benchMiniSearch, benchSearch } from './search-bench';
import { benchMainStalls, benchStore } from './store-bench';
import { benchEncryptedStore } from './store-encrypted-bench';
import { benchHeap, benchStartup } from './browser-bench';
import { benchBootstrap } from './bootstrap-bench';
import { benchPdf, benchTranscript } from './pdf-bench';
import { benchImport } from './import-bench';
import { benchCompliance } from './compliance-bench';
import { benchSyncInitial, benchSyncPropagation } from './sync-bench';
import { judge, targets, type Figures } from './targets';
import { round } from './stats';

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = valueOf('--out') ?? 'bench-results.json';
const quick = args.includes('--quick');
const runs = quick ? 2 : 5;

const real: Catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8'));
let syntheticCache: Catalogue | null = null;
/** 50,000 SYNTHETIC trainings, generated once for the sections that need them. */
const synthetic = () => (syntheticCache ??= generateSyntheticCatalogue({ trainings: 50_000, seed: 20261125 }, real));

const log = (line: string) => process.stderr.write(`${line}\n`);
if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
  log("note: run with node --expose-gc (npm run bench does) so the store's timed loads start on a settled heap; without it their ratios are noisier.");
}
const figures: Figures = {};

// Sections run from the lightest process state to the heaviest: a Node heap holding 50,000
// synthetic trainings and a Fuse.js index slows the loopback server and the store's GC, and
// would tax the measures that ran after it but not their baselines.
const sections: Record<string, () => Promise<void>> = {
  start: async () => {
    log('start: main side in fresh Node processes…');
    // Process starts vary more than in-process timings: more runs for a steadier median.
    const boot = await benchBootstrap(real, runs * 4 + 1);
    figures['start.bootstrap_ms'] = boot.bootstrapMs;
    figures['start.bootstrap_baseline_ms'] = boot.baselineMs;
    log('start: first results in Chromium…');
    // At least 20 alternating pairs, odd for an exact median, and an interval for the ratio.
    const startup = await benchStartup(quick ? 5 : 21);
    figures['start.first_results_ms'] = startup.firstResultsMs;
    figures['start.first_results_binding_ms'] = startup.firstResultsBindingMs;
    figures['start.first_results_to_interactive_ms'] = startup.firstResultsToInteractiveMs;
    figures['start.blank_react_ms'] = startup.blankReactMs;
    figures['start.first_results_ratio_ci_low'] = startup.ratioInterval.low;
    figures['start.first_results_ratio_ci_high'] = startup.ratioInterval.high;
  },
  pdf: async () => {
    log('pdf: 500-item plan…');
    // Two renders per run, alternating with the baseline: more runs for a steadier ratio.
    const pdf = await benchPdf(real, runs * 2);
    figures['pdf.plan500_ms'] = pdf.planMs;
    figures['pdf.baseline_table500_ms'] = pdf.baselineMs;
    figures['pdf.plan500_pages'] = pdf.pages;
    log('pdf: transcript of a member with 300 completions…');
    const transcript = await benchTranscript(real, runs * 2);
    figures['pdf.transcript_ms'] = transcript.transcriptMs;
    figures['pdf.baseline_transcript_table_ms'] = transcript.baselineMs;
    figures['pdf.transcript_pages'] = transcript.pages;
  },
  store: async () => {
    log('store: 20 members and 2,000 completions…');
    const storeReal = await benchStore(real, runs * 2, { members: 20, completions: 2000 });
    figures['store.real.load_ms'] = storeReal.loadMs;
    figures['store.real.save_durable_ms'] = storeReal.saveDurableMs;
    log('store: 1,000 members and 100,000 completions…');
    const store = await benchStore(real, runs);
    figures['store.load_ms'] = store.loadMs;
    figures['store.validated_load_ms'] = store.validatedLoadMs;
    figures['store.parse_baseline_ms'] = store.parseBaselineMs;
    figures['store.save_durable_ms'] = store.saveDurableMs;
    figures['store.write_durable_baseline_ms'] = store.writeDurableBaselineMs;
    figures['store.file_bytes'] = store.bytes;
    log('store: encrypted at rest against plain, 100,000 completions…');
    const encrypted = await benchEncryptedStore(real, runs);
    figures['store.load_encrypted_ms'] = encrypted.loadEncryptedMs;
    figures['store.load_plain_ms'] = encrypted.loadPlainMs;
    figures['store.save_encrypted_ms'] = encrypted.saveEncryptedMs;
    figures['store.save_plain_ms'] = encrypted.savePlainMs;
  },
  main: async () => {
    log('main: event-loop stalls during a 50,000-row import and a 100,000-completion restore…');
    const stalls = await benchMainStalls(real);
    figures['main.import_stall_ms'] = stalls.importStallMs;
    figures['main.restore_stall_ms'] = stalls.restoreStallMs;
    figures['main.max_stall_ms'] = Math.max(stalls.importStallMs, stalls.restoreStallMs);
  },
  compliance: async () => {
    log('compliance: 1,000 members × 30 requirements over 100,000 completions…');
    figures['compliance.matrix_ms'] = (await benchCompliance(real, runs * 2)).matrixMs;
  },
  import: async () => {
    log('import: 50,000 rows…');
    const imported = await benchImport(real, runs);
    figures['import.rows50k_ms'] = imported.rows50kMs;
    figures['import.papaparse_baseline_ms'] = imported.papaBaselineMs;
    figures['import.least_work_ms'] = imported.leastWorkMs;
  },
  search: async () => {
    log('search: real catalogue…');
    const realSearch = await benchSearch(real, runs * 4);
    figures['search.real.p95_ms'] = realSearch.p95;
    log('search: 50,000 synthetic trainings…');
    const scale = await benchSearch(synthetic(), runs);
    figures['search.scale.p95_ms'] = scale.p95;
    figures['search.scale.text_p95_ms'] = scale.textP95;
    figures['search.scale.index_build_ms'] = scale.buildMs;
    log('search: MiniSearch (prefix + fuzzy) over the same trainings and text…');
    const mini = await benchMiniSearch(synthetic(), runs);
    figures['search.scale.minisearch_p95_ms'] = mini.p95;
    log('search: Fuse.js over the same trainings, text queries without filters (context)…');
    const fuse = await benchFuse(synthetic(), 1);
    figures['search.scale.fuse_p95_ms'] = fuse.p95;
  },
  sync: async () => {
    // SYNC_BENCH_COMPLETIONS lowers the scale for a quick look; the targets are judged at 100,000.
    const completions = Number(process.env.SYNC_BENCH_COMPLETIONS ?? 100_000);
    log(`sync: an empty app receiving ${completions} completions through the loopback server, against PouchDB local to local…`);
    const initial = await benchSyncInitial(real, quick ? 1 : 3, completions);
    figures['sync.initial_ms'] = initial.initialMs;
    figures['sync.pouch_baseline_ms'] = initial.baselineMs;
    figures['sync.max_stall_ms'] = initial.maxStallMs;
    figures['sync.replica_bytes'] = initial.replicaBytes;
    log('sync: an edit on one app visible on the other (live sync, loopback)…');
    figures['sync.propagation_ms'] = (await benchSyncPropagation(quick ? 3 : 5)).propagationMs;
  },
  heap: async () => {
    log('heap: renderer with 50,000 trainings (Chromium)…');
    const heap = await benchHeap(synthetic());
    figures['heap.renderer_50k_bytes'] = heap.rendererHeap50kBytes;
    figures['heap.catalogue_json_bytes'] = heap.catalogueJsonBytes;
  },
};

const onlyArg = valueOf('--only');
const chosen = onlyArg ? onlyArg.split(',') : Object.keys(sections);
const unknown = chosen.filter((name) => !(name in sections));
if (unknown.length > 0) {
  log(`Unknown bench section(s): ${unknown.join(', ')}. Sections: ${Object.keys(sections).join(', ')}.`);
  process.exit(2);
}
const started = new Date().toISOString();
for (const name of Object.keys(sections)) if (chosen.includes(name)) await sections[name]!();

// A full run judges every target (a figure it failed to write fails its target); --only judges
// the targets whose figures it measured.
const judged = onlyArg ? targets.filter((t) => t.measured in figures) : targets;
const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' };
const previous = onlyArg && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { figures?: Figures; sections?: Record<string, unknown> }) : {};
const merged: Figures = { ...(previous.figures ?? {}), ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v, 3)])) };
const verdicts = judge(merged, judged);
console.table(Object.entries(figures).map(([k, v]) => ({ figure: k, value: round(v, k.endsWith('bytes') ? 0 : 2) })));
console.table(
  verdicts.map((v) => ({
    target: v.name,
    ratio: v.ratio === null ? '' : round(v.ratio, 3),
    'ratio 95% upper': v.ratioUpper === undefined ? '' : round(v.ratioUpper, 3),
    limit: round(v.limit, 3),
    pass: v.pass,
  })),
);
const result = {
  date: started,
  machine,
  scale: { realTrainings: real.trainings.length, syntheticTrainings: 50_000, members: 1000, completions: 100_000, runs },
  // When and where each section's figures were measured (--only updates some of them).
  sections: { ...(previous.sections ?? {}), ...Object.fromEntries(chosen.map((name) => [name, { date: started, machine, quick }])) },
  figures: merged,
  targets: judge(merged),
};
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
log(`written ${out}`);
if (verdicts.some((v) => !v.pass)) {
  log(`Targets missed: ${verdicts.filter((v) => !v.pass).map((v) => v.name).join('; ')}`);
  process.exitCode = 1;
}
