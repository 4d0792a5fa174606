// `npm run bench [-- --out FILE] [--quick] [--only search]`: every figure of issue 7 in one run,
// printed as a table and written as JSON. Scale data is generated (SYNTHETIC) and never shipped.
// `--only search` runs the search section alone (and judges only its targets) while iterating.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Catalogue } from '../../shared/catalogue/schema';
import { generateSyntheticCatalogue } from '../support/synthetic-catalogue';
import { benchFuse, benchMiniSearch, benchSearch } from './search-bench';
import { benchStore } from './store-bench';
import { benchHeap, benchStartup } from './browser-bench';
import { benchPdf } from './pdf-bench';
import { judge, type Figures } from './targets';
import { round } from './stats';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'search') throw new Error(`--only knows one section, "search", not "${only}"`);
const everything = only === undefined;
const outIndex = args.indexOf('--out');
// A partial run never overwrites the full results.
const out = outIndex >= 0 ? args[outIndex + 1]! : everything ? 'bench-results.json' : `bench-results.${only}.json`;
const quick = args.includes('--quick');
const runs = quick ? 2 : 5;

const real: Catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8'));

const log = (line: string) => process.stderr.write(`${line}\n`);
const figures: Figures = {};

// Sections run from the lightest process state to the heaviest: a Node heap holding 50,000
// synthetic trainings and a Fuse.js index slows the loopback server and the store's GC, and
// would tax the measures that ran after it but not their baselines.
if (everything) {
  log('browser: start-up (Chromium)…');
  // Page loads vary more than in-process timings: more runs for a steadier median.
  const startup = await benchStartup(runs * 3);
  figures['start.first_results_ms'] = startup.firstResultsMs;
  figures['start.first_results_binding_ms'] = startup.firstResultsBindingMs;
  figures['start.blank_react_ms'] = startup.blankReactMs;

  log('pdf: 500-item plan…');
  // Two renders per run, alternating with the baseline: more runs for a steadier ratio.
  const pdf = await benchPdf(real, runs * 2);
  figures['pdf.plan500_ms'] = pdf.planMs;
  figures['pdf.baseline_table500_ms'] = pdf.baselineMs;
  figures['pdf.plan500_pages'] = pdf.pages;

  log('store: 20 members and 2,000 completions…');
  const storeReal = await benchStore(real, runs * 2, { members: 20, completions: 2000 });
  figures['store.real.load_ms'] = storeReal.loadMs;
  figures['store.real.save_ms'] = storeReal.saveMs;
  log('store: 1,000 members and 100,000 completions…');
  const store = await benchStore(real, runs);
  figures['store.load_ms'] = store.loadMs;
  figures['store.parse_baseline_ms'] = store.parseBaselineMs;
  figures['store.save_ms'] = store.saveMs;
  figures['store.write_baseline_ms'] = store.writeBaselineMs;
  figures['store.file_bytes'] = store.bytes;
}

log('search: real catalogue…');
const realSearch = await benchSearch(real, runs * 4);
figures['search.real.p95_ms'] = realSearch.p95;
log('search: 50,000 synthetic trainings…');
const synthetic = generateSyntheticCatalogue({ trainings: 50_000, seed: 20261125 }, real);
const scale = await benchSearch(synthetic, runs);
figures['search.scale.p95_ms'] = scale.p95;
figures['search.scale.text_p95_ms'] = scale.textP95;
figures['search.scale.index_build_ms'] = scale.buildMs;
log('search: MiniSearch (prefix + fuzzy) over the same trainings and text…');
const mini = await benchMiniSearch(synthetic, runs);
figures['search.scale.minisearch_p95_ms'] = mini.p95;
log('search: Fuse.js over the same trainings, text queries without filters (context)…');
const fuse = await benchFuse(synthetic, 1);
figures['search.scale.fuse_p95_ms'] = fuse.p95;

if (everything) {
  log('browser: renderer heap with 50,000 trainings (Chromium)…');
  const heap = await benchHeap(synthetic);
  figures['heap.renderer_50k_bytes'] = heap.rendererHeap50kBytes;
  figures['heap.catalogue_json_bytes'] = heap.catalogueJsonBytes;
}

// With --only, judge the targets whose figures were measured.
const verdicts = judge(figures).filter((v) => everything || !Number.isNaN(v.value));
const rows = Object.entries(figures).map(([k, v]) => ({ figure: k, value: round(v, k.endsWith('bytes') ? 0 : 2) }));
console.table(rows);
console.table(verdicts.map((v) => ({ target: v.name, ratio: v.ratio === null ? '' : round(v.ratio, 3), limit: round(v.limit, 3), pass: v.pass })));
const result = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
  scale: { realTrainings: real.trainings.length, syntheticTrainings: synthetic.trainings.length, members: 1000, completions: 100_000, runs },
  figures: Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v, 3)])),
  targets: verdicts,
};
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
log(`written ${out}`);
if (verdicts.some((v) => !v.pass)) process.exitCode = 1;
