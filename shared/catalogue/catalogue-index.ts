import type { Catalogue, Synonym } from './schema';
import { buildDocs, tabFacets, tabs, type Doc, type FacetId, type Tab } from './documents';
import { andInto, count, countAnd, emptyBitset, fullBitset, hasBit, orInto, positions, setBit, type Bitset } from './bitset';
import { SynonymMatcher, synonymHints } from './synonyms';
import { TextIndex, Vocabulary, type TextField } from './text-index';
import { WORD } from './terms';

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
  /** The words of all three tabs (built with them). */
  vocabulary(): Vocabulary;
  /** facet -> value -> documents having it. */
  facets: Map<FacetId, Map<string, Bitset>>;
  /** Positions in provider order. */
  providerOrder: Int32Array;
}

export interface CatalogueIndex {
  tabs: Record<Tab, TabIndex>;
  query(query: CatalogueQuery): QueryResult;
  /** Acronyms and synonyms the search text uses, for the hint "HT — human trafficking". */
  hints(q: string): Synonym[];
  /** Searches close to one that found nothing on its tab, each finding something there with the same filters. */
  didYouMean(query: CatalogueQuery, limit?: number): string[];
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

/** The text indexes of all tabs, built together on the first search: they share one vocabulary. */
function textIndexes(index: Record<Tab, TabIndex>, synonyms: () => SynonymMatcher) {
  let built: { vocabulary: Vocabulary; text: Record<Tab, TextIndex<Doc>> } | null = null;
  return () => {
    if (!built) {
      const vocabulary = new Vocabulary(synonyms());
      const text = {} as Record<Tab, TextIndex<Doc>>;
      for (const tab of tabs) {
        const docs = index[tab].docs;
        text[tab] = new TextIndex(docs, fields, vocabulary);
        // Keywords are only needed to build the text index; dropping them saves megabytes at 50,000 records.
        for (const d of docs) d.keywords = '';
      }
      vocabulary.seal();
      built = { vocabulary, text };
    }
    return built;
  };
}

function buildTab(tab: Tab, unsorted: Doc[], texts: () => { vocabulary: Vocabulary; text: Record<Tab, TextIndex<Doc>> }): TabIndex {
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
  return {
    docs,
    byId: new Map(docs.map((d, i) => [d.id, i])),
    text: () => texts().text[tab],
    vocabulary: () => texts().vocabulary,
    facets,
    providerOrder: Int32Array.from(byProvider),
  };
}

/** Builds the in-memory index once per catalogue; every query after that is bit arithmetic over it. */
export function buildCatalogueIndex(cat: Catalogue): CatalogueIndex {
  const docs = buildDocs(cat);
  // Stemming every synonym's forms costs a few ms of start-up; only text (a search, a hint) needs them.
  let matcher: SynonymMatcher | null = null;
  const synonyms = () => (matcher ??= new SynonymMatcher(cat.vocabularies.synonyms ?? []));
  const index = {} as Record<Tab, TabIndex>;
  // Read on the first search, by then every tab holds its documents in title order.
  const texts = textIndexes(index, synonyms);
  for (const tab of tabs) index[tab] = buildTab(tab, docs[tab], texts);
  return {
    tabs: index,
    query: (query) => runQuery(index, query),
    hints: (q) => (q.trim() === '' ? [] : synonymHints(synonyms(), q)),
    didYouMean: (query, limit = 3) => didYouMean(index[query.tab], query, limit),
  };
}

/** How many records of one tab a search finds with the given filters. */
function countOnTab(t: TabIndex, tab: Tab, q: string, filters: Filters): number {
  const expansion = t.vocabulary().expand(q);
  if (!expansion) return 0;
  const text = t.text().search(expansion);
  const final = text.matches.slice();
  for (const [, bits] of selections(t, tab, filters)) andInto(final, bits);
  return count(final);
}

/**
 * Replaces query words by close words of the index, fewest edits first, and keeps the searches
 * that find something on the tab with its filters. Runs only when a search found nothing.
 */
function didYouMean(t: TabIndex, query: CatalogueQuery, limit: number): string[] {
  const words = (query.q.match(WORD) ?? []).slice(0, 6);
  if (words.length === 0) return [];
  const options = words.map((w) => t.vocabulary().neighbours(w, 4));
  if (options.some((o) => o.length === 0)) return [];
  // Candidate searches in order of how far they stray: the sum of each word's rank among its neighbours.
  const candidates: { q: string; cost: number }[] = [];
  const walk = (i: number, chosen: string[], cost: number) => {
    if (candidates.length >= 200) return;
    if (i === options.length) {
      candidates.push({ q: chosen.join(' '), cost });
      return;
    }
    options[i]!.forEach((w, rank) => walk(i + 1, [...chosen, w], cost + rank));
  };
  walk(0, [], 0);
  candidates.sort((a, b) => a.cost - b.cost);
  const typed = words.join(' ').toLowerCase();
  const out: string[] = [];
  for (const { q } of candidates.slice(0, 24)) {
    if (q === typed || out.includes(q)) continue;
    if (countOnTab(t, query.tab, q, query.filters) > 0) out.push(q);
    if (out.length >= limit) break;
  }
  return out;
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
  // The query's words are looked up once for the three tabs.
  const expansion = query.q.trim() === '' ? null : index[query.tab].vocabulary().expand(query.q);
  for (const tab of tabs) {
    const t = index[tab];
    const text = expansion ? t.text().search(expansion) : null;
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
    result = { docs: t.docs, order, terms: expansion?.terms ?? [], counts, tabTotals };
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
  return sort === 'relevance' && scores ? byRelevance(byTitle, scores) : byTitle;
}

/** Relevance levels: 4,096 per doubling of the score, so scores closer than 0.02 % tie and keep title order. */
const LEVELS = 1 << 16;
const PER_DOUBLING = 4096;
const bucketStarts = new Int32Array(LEVELS + 1);

/**
 * Higher score first, ties in title order. A counting sort over score levels: one pass to count,
 * one to place. Sorting 40,000 hits with a comparator, or even as one numeric key per hit, took
 * most of a frame at 50,000 trainings.
 */
function byRelevance(byTitle: Int32Array, scores: Float32Array): Int32Array {
  const n = byTitle.length;
  const bucket = new Uint16Array(n);
  bucketStarts.fill(0);
  for (let i = 0; i < n; i++) {
    const s = scores[byTitle[i]!]!;
    const level = s > 0 ? Math.min(LEVELS - 1, Math.max(0, Math.round(Math.log2(s) * PER_DOUBLING) + LEVELS / 2)) : 0;
    const b = LEVELS - 1 - level;
    bucket[i] = b;
    bucketStarts[b + 1]!++;
  }
  for (let b = 1; b <= LEVELS; b++) bucketStarts[b]! += bucketStarts[b - 1]!;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[bucketStarts[bucket[i]!]!++] = byTitle[i]!;
  return out;
}
