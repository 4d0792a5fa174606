import MiniSearch from 'minisearch';
import type { Catalogue } from './schema';
import { buildDocs, tabFacets, tabs, type Doc, type FacetId, type Tab } from './documents';
import { toTerm } from './terms';

export type SortKey = 'relevance' | 'title' | 'provider';
export type Filters = Partial<Record<FacetId, string[]>>;

export interface CatalogueQuery {
  tab: Tab;
  q: string;
  filters: Filters;
  sort: SortKey;
}

export interface Hit {
  doc: Doc;
  score: number;
  /** Index terms the record matched, for highlighting. */
  terms: string[];
}

export interface QueryResult {
  hits: Hit[];
  /** For each facet of the tab: value -> matching records given every other selection. */
  counts: Partial<Record<FacetId, Map<string, number>>>;
  /** Matching records in each tab for the same search and the filters that tab has. */
  tabTotals: Record<Tab, number>;
}

interface TabIndex {
  docs: Doc[];
  byId: Map<string, Doc>;
  search: MiniSearch<Doc>;
}

export interface CatalogueIndex {
  tabs: Record<Tab, TabIndex>;
  query(query: CatalogueQuery): QueryResult;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorts once at build time; the docs array stays in title order so unsorted passes come out sorted. */
function rankDocs(docs: Doc[]): Doc[] {
  const byProvider = [...docs].sort((a, b) => collator.compare(a.byline, b.byline) || collator.compare(a.title, b.title));
  byProvider.forEach((d, i) => (d.providerRank = i));
  const byTitle = [...docs].sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.id, b.id));
  byTitle.forEach((d, i) => (d.titleRank = i));
  return byTitle;
}

function newSearch(docs: Doc[]): MiniSearch<Doc> {
  const search = new MiniSearch<Doc>({
    fields: ['title', 'byline', 'description', 'keywords'],
    processTerm: (term) => toTerm(term),
    searchOptions: {
      boost: { title: 4, byline: 2, keywords: 1.5 },
      prefix: true,
      // One typo in words of 4+ letters, two from 9 letters: "forensc intervew" still finds its courses.
      fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 4 ? 1 : 0),
      combineWith: 'AND',
    },
  });
  search.addAll(docs);
  return search;
}

/** Builds the in-memory index once per catalogue; every query after that is a lookup and one pass. */
export function buildCatalogueIndex(cat: Catalogue): CatalogueIndex {
  const docs = buildDocs(cat);
  const index = {} as Record<Tab, TabIndex>;
  for (const tab of tabs) {
    const ranked = rankDocs(docs[tab]);
    index[tab] = { docs: ranked, byId: new Map(ranked.map((d) => [d.id, d])), search: newSearch(ranked) };
  }
  return {
    tabs: index,
    query: (query) => runQuery(index, query),
  };
}

function textMatches(tab: TabIndex, q: string): Map<string, { score: number; terms: string[] }> | null {
  if (q.trim() === '') return null;
  const found = new Map<string, { score: number; terms: string[] }>();
  for (const r of tab.search.search(q)) found.set(r.id as string, { score: r.score, terms: r.terms });
  return found;
}

function activeFacets(tab: Tab, filters: Filters): [FacetId, Set<string>][] {
  return tabFacets[tab]
    .map((f): [FacetId, Set<string>] => [f, new Set(filters[f] ?? [])])
    .filter(([, values]) => values.size > 0);
}

/** Values OR within a facet, facets AND together. */
function passes(doc: Doc, facet: FacetId, selected: Set<string>): boolean {
  const values = doc.facets[facet];
  if (!values) return false;
  for (const v of values) if (selected.has(v)) return true;
  return false;
}

function runQuery(index: Record<Tab, TabIndex>, query: CatalogueQuery): QueryResult {
  const tabTotals = {} as Record<Tab, number>;
  let result: QueryResult | null = null;
  for (const tab of tabs) {
    const t = index[tab];
    const matches = textMatches(t, query.q);
    const active = activeFacets(tab, query.filters);
    if (tab !== query.tab) {
      let total = 0;
      for (const doc of candidates(t, matches)) if (active.every(([f, s]) => passes(doc, f, s))) total++;
      tabTotals[tab] = total;
      continue;
    }
    const facets = tabFacets[tab];
    const counts: Partial<Record<FacetId, Map<string, number>>> = {};
    for (const f of facets) counts[f] = new Map();
    const hits: Hit[] = [];
    for (const doc of candidates(t, matches)) {
      // Count a value when the record passes every *other* facet: live counts given the other selections.
      let failed: FacetId | null = null;
      let failures = 0;
      for (const [f, s] of active) {
        if (!passes(doc, f, s)) {
          failures++;
          failed = f;
          if (failures > 1) break;
        }
      }
      if (failures > 1) continue;
      for (const f of failures === 1 ? [failed!] : facets) {
        const values = doc.facets[f];
        if (!values) continue;
        const map = counts[f]!;
        for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
      }
      if (failures === 0) {
        const m = matches?.get(doc.id);
        hits.push({ doc, score: m?.score ?? 0, terms: m?.terms ?? [] });
      }
    }
    sortHits(hits, query.sort, matches !== null);
    tabTotals[tab] = hits.length;
    result = { hits, counts, tabTotals };
  }
  return result!;
}

function* candidates(t: TabIndex, matches: Map<string, unknown> | null): Iterable<Doc> {
  if (!matches) {
    yield* t.docs;
    return;
  }
  for (const id of matches.keys()) {
    const doc = t.byId.get(id);
    if (doc) yield doc;
  }
}

function sortHits(hits: Hit[], sort: SortKey, searched: boolean): void {
  if (sort === 'relevance' && searched) hits.sort((a, b) => b.score - a.score || a.doc.titleRank - b.doc.titleRank);
  else if (sort === 'provider') hits.sort((a, b) => a.doc.providerRank - b.doc.providerRank);
  // Without a search the pass ran in title order already.
  else if (searched) hits.sort((a, b) => a.doc.titleRank - b.doc.titleRank);
}
