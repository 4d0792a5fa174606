import Fuse from 'fuse.js';
import { buildCatalogueIndex, type CatalogueQuery, type Filters } from '../../shared/catalogue/catalogue-index';
import { emptyQuery } from '../../shared/catalogue/query-url';
import type { Doc, FacetId } from '../../shared/catalogue/documents';
import type { Catalogue } from '../../shared/catalogue/schema';
import { percentile, timeRuns } from './stats';

/** What coordinators type and click: typos, prefixes while typing, facets alone and together. */
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

/** p95 of full catalogue queries (text + facets + live counts + sort) over the in-memory index. */
export async function benchSearch(catalogue: Catalogue, runs: number): Promise<SearchFigures> {
  const start = performance.now();
  const index = buildCatalogueIndex(catalogue);
  // The text indexes are built on the first search; count them as part of building.
  for (const t of Object.values(index.tabs)) t.text();
  const buildMs = performance.now() - start;
  const samples: number[] = [];
  for (const q of searchQueries()) samples.push(...(await timeRuns(runs, () => index.query(q))));
  return { p95: percentile(samples, 95), buildMs, samples: samples.length };
}

/** Fuse.js over the same documents and queries: text search, then the same facet filter. */
export async function benchFuse(catalogue: Catalogue, runs: number): Promise<SearchFigures> {
  const docs = buildCatalogueIndex(catalogue).tabs.trainings.docs;
  const start = performance.now();
  const fuse = new Fuse(docs, { keys: ['title', 'byline', 'description', 'keywords'], threshold: 0.3, ignoreLocation: true });
  const buildMs = performance.now() - start;
  const samples: number[] = [];
  for (const q of searchQueries()) {
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
