import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { buildCatalogueIndex, type CatalogueQuery, type Filters } from '../../shared/catalogue/catalogue-index';
import { emptyQuery } from '../../shared/catalogue/query-url';
import type { Doc, FacetId } from '../../shared/catalogue/documents';
import type { Catalogue } from '../../shared/catalogue/schema';
import { percentile, timeRuns } from './stats';

/** What coordinators type and click: typos, prefixes while typing, acronyms, facets alone and together. */
const TEXTS = [
  'forensic interview',
  'forensc intervew',
  'victim interviews',
  'digital evidence',
  'missing child',
  'task force protocols',
  'trauma',
  'court testimony',
  'advanced',
  'financial leads',
  'case bui',
  'survivor partnerships',
  'rapid field',
  'webinar series',
  'trafficking',
  'academy',
  'HT',
  'csam investigations',
  'abducton',
  'sexual exploitaton of children',
  'district attorney',
  'intreview',
];
const FILTERS: Filters[] = [
  {},
  { audience: ['law-enforcement'] },
  { family: ['icac', 'amber'] },
  { format: ['virtual-live'], cost: ['no-cost'] },
  { audience: ['prosecutors', 'courts'], status: ['active'] },
  { topic: ['child-sex-trafficking'], format: ['in-person'] },
];

export function searchQueries(): CatalogueQuery[] {
  const out: CatalogueQuery[] = [];
  for (const q of TEXTS) out.push({ ...emptyQuery, q });
  for (const filters of FILTERS.slice(1)) out.push({ ...emptyQuery, filters });
  TEXTS.forEach((q, i) => out.push({ ...emptyQuery, q, filters: FILTERS[(i % (FILTERS.length - 1)) + 1]! }));
  out.push({ ...emptyQuery, sort: 'title', filters: { audience: ['law-enforcement'] } });
  out.push({ ...emptyQuery, sort: 'provider', q: 'interview' });
  return out;
}

function passes(doc: Doc, filters: Filters): boolean {
  return (Object.entries(filters) as [FacetId, string[]][]).every(([f, values]) => (doc.facets[f] ?? []).some((v) => values.includes(v)));
}

export interface SearchFigures {
  p95: number;
  buildMs: number;
  samples: number;
}

export interface IndexFigures extends SearchFigures {
  /** p95 over the queries that have text, with and without filters. */
  textP95: number;
}

/** p95 of full catalogue queries (text + facets + live counts of three tabs + sort) over the in-memory index. */
export async function benchSearch(catalogue: Catalogue, runs: number): Promise<IndexFigures> {
  const start = performance.now();
  const index = buildCatalogueIndex(catalogue);
  // The text indexes are built on the first search; count them as part of building.
  for (const t of Object.values(index.tabs)) t.text();
  const buildMs = performance.now() - start;
  const samples: number[] = [];
  const textSamples: number[] = [];
  for (const q of searchQueries()) {
    const times = await timeRuns(runs, () => index.query(q));
    samples.push(...times);
    if (q.q.trim() !== '') textSamples.push(...times);
  }
  return { p95: percentile(samples, 95), textP95: percentile(textSamples, 95), buildMs, samples: samples.length };
}

/**
 * MiniSearch over the same trainings and the text queries, set up as its documentation suggests
 * for search-as-you-type (prefix and fuzzy 0.2), the facets applied as its filter: a yardstick
 * from a well-kept library doing less (one tab, no live counts).
 */
export async function benchMiniSearch(catalogue: Catalogue, runs: number): Promise<SearchFigures> {
  const docs = buildCatalogueIndex(catalogue).tabs.trainings.docs;
  const start = performance.now();
  const mini = new MiniSearch<Omit<Doc, 'id'> & { id: number }>({
    fields: ['title', 'byline', 'description', 'keywords'],
    storeFields: [],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 4, byline: 2, keywords: 1.5 } },
  });
  mini.addAll(docs.map((d, i) => ({ ...d, id: i })));
  const buildMs = performance.now() - start;
  const samples: number[] = [];
  for (const q of searchQueries().filter((q) => q.q.trim() !== '')) {
    const filter = (r: { id: number }) => passes(docs[r.id]!, q.filters);
    samples.push(...(await timeRuns(runs, () => mini.search(q.q, { filter: filter as never }))));
  }
  return { p95: percentile(samples, 95), buildMs, samples: samples.length };
}

/** Fuse.js (a linear scanner, context only) over the same documents and four text queries without filters. */
export async function benchFuse(catalogue: Catalogue, runs: number): Promise<SearchFigures> {
  const docs = buildCatalogueIndex(catalogue).tabs.trainings.docs;
  const start = performance.now();
  const fuse = new Fuse(docs, { keys: ['title', 'byline', 'description', 'keywords'], threshold: 0.3, ignoreLocation: true });
  const buildMs = performance.now() - start;
  const samples: number[] = [];
  // A linear scan over 50,000 records takes seconds a query: a few queries give the picture.
  for (const q of searchQueries().filter((q) => q.q.trim() !== '' && Object.keys(q.filters).length === 0).slice(0, 4)) {
    samples.push(
      ...(await timeRuns(
        runs,
        () => {
          const hits = q.q ? fuse.search(q.q).map((r) => r.item) : docs;
          return hits.filter((d) => passes(d, q.filters));
        },
        0,
      )),
    );
  }
  return { p95: percentile(samples, 95), buildMs, samples: samples.length };
}
