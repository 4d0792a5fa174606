import type { Catalogue } from './schema';
import { buildDocs, tabFacets, tabs, type Doc, type FacetId, type Tab } from './documents';
import { andInto, count, countAnd, emptyBitset, fullBitset, hasBit, orInto, positions, setBit, type Bitset } from './bitset';
import { TextIndex, type TextField } from './text-index';

export type SortKey = 'relevance' | 'title' | 'provider';
export type Filters = Partial<Record<FacetId, string[]>>;

export interface CatalogueQuery {
  tab: Tab;
  q: string;
  filters: Filters;
  sort: SortKey;
}

export interface QueryResult {
  /** The tab's documents; `order` holds positions into it. */
  docs: readonly Doc[];
  /** Matching documents in display order. */
  order: Int32Array;
  /** Vocabulary terms the search matched, for highlighting. */
  terms: string[];
  /** For each facet of the tab: value -> matching records given every other selection. */
  counts: Partial<Record<FacetId, Map<string, number>>>;
  /** Matching records in each tab for the same search and the filters that tab has. */
  tabTotals: Record<Tab, number>;
}

interface TabIndex {
  /** In title order: position = title rank, so a pass over set bits comes out sorted by title. */
  docs: Doc[];
  byId: Map<string, number>;
  /** Built on the first search: browsing by facets alone never needs it, and start-up is faster without it. */
  text(): TextIndex<Doc>;
  /** facet -> value -> documents having it. */
  facets: Map<FacetId, Map<string, Bitset>>;
  /** Positions in provider order. */
  providerOrder: Int32Array;
}

export interface CatalogueIndex {
  tabs: Record<Tab, TabIndex>;
  query(query: CatalogueQuery): QueryResult;
}

/**
 * Sort key: lower-cased with digit runs zero-padded, so "Course 2" sorts before
 * "Course 10" with plain string comparison, much faster than a collator over 50,000 titles.
 */
export function sortKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, (n) => n.padStart(12, '0'));
}

const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);

const fields: TextField<Doc>[] = [
  { weight: 4, get: (d) => d.title },
  { weight: 2, get: (d) => d.byline },
  { weight: 1.5, get: (d) => d.keywords },
  { weight: 1, get: (d) => d.description },
];

function buildTab(tab: Tab, unsorted: Doc[]): TabIndex {
  const titleKeys = unsorted.map((d, i): [string, number] => [`${sortKey(d.title)}\u0000${d.id}`, i]).sort(byKey);
  const docs = titleKeys.map(([, i]) => unsorted[i]!);
  docs.forEach((d, i) => (d.titleRank = i));
  const byProvider = docs.map((d, i): [string, number] => [sortKey(d.byline), i]).sort(byKey).map(([, i]) => i);
  byProvider.forEach((position, rank) => (docs[position]!.providerRank = rank));
  const facets = new Map<FacetId, Map<string, Bitset>>();
  for (const facet of tabFacets[tab]) {
    const values = new Map<string, Bitset>();
    docs.forEach((doc, position) => {
      for (const v of doc.facets[facet] ?? []) {
        let bits = values.get(v);
        if (!bits) values.set(v, (bits = emptyBitset(docs.length)));
        setBit(bits, position);
      }
    });
    facets.set(facet, values);
  }
  let built: TextIndex<Doc> | null = null;
  const text = () => {
    if (!built) {
      built = new TextIndex(docs, fields);
      // Keywords are only needed to build the text index; dropping them saves megabytes at 50,000 records.
      for (const d of docs) d.keywords = '';
    }
    return built;
  };
  return {
    docs,
    byId: new Map(docs.map((d, i) => [d.id, i])),
    text,
    facets,
    providerOrder: Int32Array.from(byProvider),
  };
}

/** Builds the in-memory index once per catalogue; every query after that is bit arithmetic over it. */
export function buildCatalogueIndex(cat: Catalogue): CatalogueIndex {
  const docs = buildDocs(cat);
  const index = {} as Record<Tab, TabIndex>;
  for (const tab of tabs) index[tab] = buildTab(tab, docs[tab]);
  return { tabs: index, query: (query) => runQuery(index, query) };
}

/** Values OR within a facet, facets AND together: one bit set per facet with a selection. */
function selections(t: TabIndex, tab: Tab, filters: Filters): [FacetId, Bitset][] {
  const out: [FacetId, Bitset][] = [];
  for (const facet of tabFacets[tab]) {
    const chosen = filters[facet];
    if (!chosen || chosen.length === 0) continue;
    const union = emptyBitset(t.docs.length);
    for (const v of chosen) {
      const bits = t.facets.get(facet)?.get(v);
      if (bits) orInto(union, bits);
    }
    out.push([facet, union]);
  }
  return out;
}

function runQuery(index: Record<Tab, TabIndex>, query: CatalogueQuery): QueryResult {
  const tabTotals = {} as Record<Tab, number>;
  let result: QueryResult | null = null;
  for (const tab of tabs) {
    const t = index[tab];
    const text = query.q.trim() === '' ? null : t.text().search(query.q);
    const base = text ? text.matches : fullBitset(t.docs.length);
    const selected = selections(t, tab, query.filters);
    const final = base.slice();
    for (const [, bits] of selected) andInto(final, bits);
    if (tab !== query.tab) {
      tabTotals[tab] = count(final);
      continue;
    }
    // Live counts: each facet's values counted against every *other* selection.
    const counts: Partial<Record<FacetId, Map<string, number>>> = {};
    for (const [facet, values] of t.facets) {
      const others = base.slice();
      for (const [f, bits] of selected) if (f !== facet) andInto(others, bits);
      const map = new Map<string, number>();
      for (const [v, bits] of values) {
        const n = countAnd(bits, others);
        if (n > 0) map.set(v, n);
      }
      counts[facet] = map;
    }
    const total = count(final);
    const order = ordered(t, final, total, query.sort, text?.scores ?? null);
    tabTotals[tab] = total;
    result = { docs: t.docs, order, terms: text?.terms ?? [], counts, tabTotals };
  }
  return result!;
}

function ordered(t: TabIndex, final: Bitset, total: number, sort: SortKey, scores: Float32Array | null): Int32Array {
  if (sort === 'provider') {
    const out = new Int32Array(total);
    let k = 0;
    for (const position of t.providerOrder) if (hasBit(final, position)) out[k++] = position;
    return out;
  }
  const byTitle = positions(final, total);
  if (sort === 'relevance' && scores) {
    // One numeric key per hit (higher score first, then title order) sorted without a comparator:
    // a plain Float64Array sort keeps 10,000+ hits within a few milliseconds.
    const span = 2 ** Math.ceil(Math.log2(t.docs.length + 1));
    const keys = new Float64Array(total);
    for (let i = 0; i < total; i++) {
      const p = byTitle[i]!;
      keys[i] = (1e8 - Math.min(1e8, Math.round(scores[p]! * 1e4))) * span + p;
    }
    keys.sort();
    return Int32Array.from(keys, (k) => k % span);
  }
  return byTitle;
}
