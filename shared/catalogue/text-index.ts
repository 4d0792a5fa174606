import { emptyBitset, setBit, type Bitset } from './bitset';
import { Lexicon } from './lexicon';
import type { SynonymMatcher } from './synonyms';
import { toSurface, toTerm, WORD } from './terms';

export interface TextField<D> {
  weight: number;
  get(doc: D): string;
}

interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

export interface TextMatch {
  /** Documents that match every query word. */
  matches: Bitset;
  total: number;
  /** Relevance per document position (only meaningful where matches is set). */
  scores: Float32Array;
}

/** A query turned into index terms: per query word, term id -> weight (any of them matches the word). */
export interface Expansion {
  words: Map<number, number>[];
  /** Index terms (stems) the query expanded to: what to highlight. */
  terms: string[];
}

const PREFIX_WEIGHT = 0.4;
const FUZZY_WEIGHT = 0.45;
/** Starts synonym entries' own index terms: no typed word can produce it, so they never collide with a word. */
const CONCEPT = '\u0001';

/** One typo from 4 letters, two from 9: "forensc intervew" still finds forensic interviewing. */
export function maxTypos(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 4 ? 1 : 0;
}

interface QueryWord {
  surface: string;
  term: string;
  /** Ids of the synonym entries this word is (part of) a form of. */
  concepts: number[];
  /** Length of that form in words: each of its words carries a share of the entry's weight. */
  share: number;
}

/**
 * The words of every tab in one place, so a query word is looked up once for all three tabs.
 * Lookups go through one word list holding the words as written (lower-cased, without
 * possessives) and their stems, each pointing at the stem's term: a typo is measured against
 * both, each with the budget of its own length, so "abducton" is one edit from "abduction" even
 * though it is two from the stem "abduct". Synonym entries ("HT" = "human trafficking") are terms
 * of their own, spelled so that no word can produce them.
 */
export class Vocabulary {
  private readonly termIds = new Map<string, number>();
  readonly termOf: string[] = [];
  /** How many records (over all tabs) each term is in: "Did you mean" prefers common words. */
  readonly docCounts: number[] = [];
  private readonly surfaceIds = new Map<string, number>();
  /** Written word -> term id: each distinct spelling is lower-cased and stemmed once. */
  private readonly wordIds = new Map<string, number>();
  private lexicon: Lexicon | null = null;

  constructor(readonly synonyms: SynonymMatcher | null) {}

  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termOf.length;
      this.termIds.set(term, id);
      this.termOf.push(term);
      this.docCounts.push(0);
    }
    return id;
  }

  conceptId(synonymId: string): number {
    return this.termId(CONCEPT + synonymId);
  }

  wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.termId(toTerm(word));
      this.wordIds.set(word, id);
      this.surfaceIds.set(toSurface(word), id);
    }
    return id;
  }

  /** Makes the word list once every tab has added its words (on first use otherwise). */
  seal(): void {
    this.words();
  }

  private words(): Lexicon {
    if (!this.lexicon) {
      const entries = new Map(this.surfaceIds);
      // A stem that is also some other word's written form keeps its own postings.
      for (const [term, id] of this.termIds) if (!term.startsWith(CONCEPT)) entries.set(term, id);
      this.lexicon = new Lexicon(entries);
    }
    return this.lexicon;
  }

  /** Expands one query word to term ids with a weight each: exact 1, then prefix, then typo matches. */
  private expandWord(word: QueryWord): Map<number, number> {
    const out = new Map<number, number>();
    const add = (id: number, weight: number) => {
      if ((out.get(id) ?? 0) < weight) out.set(id, weight);
    };
    for (const concept of word.concepts) add(concept, 1 / word.share);
    const exact = this.termIds.get(word.term);
    if (exact !== undefined) add(exact, 1);
    // An acronym the catalogue knows ("LE", "DA") means itself, not every word that starts like it.
    if (this.synonyms?.isAcronym(word.surface)) return out;
    const words = this.words();
    words.forPrefix(word.surface, (id) => add(id, PREFIX_WEIGHT));
    // The word as typed and its stem are each compared with the budget of their own length.
    const fuzzy = (id: number, _w: string, distance: number) => add(id, FUZZY_WEIGHT / (1 + distance) + 0.1);
    const surfaceBudget = maxTypos(word.surface);
    if (surfaceBudget > 0) words.forTypos(word.surface, surfaceBudget, fuzzy);
    const stemBudget = maxTypos(word.term);
    if (stemBudget > 0 && word.term !== word.surface) words.forTypos(word.term, stemBudget, fuzzy);
    return out;
  }

  private queryWords(query: string): QueryWord[] {
    const words = (query.match(WORD) ?? []).slice(0, 12).map((w): QueryWord => ({ surface: toSurface(w), term: toTerm(w), concepts: [], share: 1 }));
    if (this.synonyms) {
      for (const m of this.synonyms.longest(words.map((w) => w.term))) {
        const concept = this.conceptId(m.synonym.id);
        for (let k = m.start; k < m.start + m.length; k++) {
          words[k]!.concepts.push(concept);
          words[k]!.share = m.length;
        }
      }
    }
    // The same word twice adds nothing: AND of a word with itself.
    const seen = new Set<string>();
    return words.filter((w) => !seen.has(w.term) && seen.add(w.term));
  }

  /** Null for an empty query. */
  expand(query: string): Expansion | null {
    const words = this.queryWords(query).map((w) => this.expandWord(w));
    if (words.length === 0) return null;
    const terms = new Set<string>();
    for (const word of words) {
      for (const id of word.keys()) {
        const term = this.termOf[id]!;
        if (term.startsWith(CONCEPT)) this.conceptStems(term.slice(1)).forEach((s) => terms.add(s));
        else terms.add(term);
      }
    }
    return { words, terms: [...terms] };
  }

  /** Stems of every form of a synonym entry, so "human trafficking" is highlighted for "HT". */
  private conceptStems(id: string): string[] {
    const synonym = this.synonyms?.synonyms.find((s) => s.id === id);
    return synonym ? [synonym.term, ...synonym.sameAs].flatMap((text) => (text.match(WORD) ?? []).map(toTerm)) : [];
  }

  /**
   * Written words close to a query word, nearest first, then the most used: what "Did you mean"
   * offers. Includes the word itself when it finds something.
   */
  neighbours(word: string, limit: number): string[] {
    const surface = toSurface(word);
    const found = new Map<string, { distance: number; docs: number }>();
    if (this.expandWord({ surface, term: toTerm(word), concepts: [], share: 1 }).size > 0) found.set(surface, { distance: 0, docs: Infinity });
    const budget = Math.min(3, maxTypos(surface) + 1);
    this.words().forTypos(surface, budget, (id, w, distance) => {
      if (this.surfaceIds.has(w) && !found.has(w)) found.set(w, { distance, docs: this.docCounts[id]! });
    });
    return [...found]
      .sort(([, a], [, b]) => a.distance - b.distance || b.docs - a.docs)
      .slice(0, limit)
      .map(([w]) => w);
  }
}

/**
 * An inverted index over one tab's fixed documents, built for 50,000 records: postings per term
 * of the shared vocabulary in typed arrays, scores accumulated in one reusable array, AND across
 * query words by counting. Synonym entries get postings wherever a record uses any of their forms.
 */
export class TextIndex<D> {
  /** By term id of the shared vocabulary; undefined where this tab never uses the term. */
  private readonly postings: (Postings | undefined)[] = [];
  private readonly size: number;
  private readonly scores: Float32Array;
  private readonly hitCount: Uint8Array;
  private readonly lastWord: Int16Array;

  constructor(docs: readonly D[], fields: readonly TextField<D>[], vocabulary: Vocabulary) {
    this.size = docs.length;
    this.scores = new Float32Array(docs.length);
    this.hitCount = new Uint8Array(docs.length);
    this.lastWord = new Int16Array(docs.length);
    const builders: ({ docs: number[]; weights: number[]; last: number } | undefined)[] = [];
    const post = (id: number, position: number, w: number) => {
      let b = builders[id];
      if (!b) builders[id] = b = { docs: [], weights: [], last: -1 };
      // Repeated words add to one posting instead of a new one.
      if (b.last === position) b.weights[b.weights.length - 1]! += w;
      else {
        b.last = position;
        b.docs.push(position);
        b.weights.push(w);
      }
    };
    const synonyms = vocabulary.synonyms;
    const conceptIds = new Map(synonyms?.synonyms.map((s) => [s, vocabulary.conceptId(s.id)]));
    const sequence: string[] = [];
    docs.forEach((doc, position) => {
      for (const field of fields) {
        const words = field.get(doc).match(WORD);
        if (!words) continue;
        // Short fields weigh each word more: a title word says more than one word of a long description.
        const w = field.weight / Math.sqrt(words.length);
        sequence.length = 0;
        for (const word of words) {
          const id = vocabulary.wordId(word);
          post(id, position, w);
          sequence.push(vocabulary.termOf[id]!);
        }
        synonyms?.all(sequence, (_start, _length, synonym) => post(conceptIds.get(synonym)!, position, w));
      }
    });
    builders.forEach((b, id) => {
      if (!b) return;
      vocabulary.docCounts[id]! += b.docs.length;
      const idf = Math.log(1 + (this.size - b.docs.length + 0.5) / (b.docs.length + 0.5));
      this.postings[id] = { docs: Int32Array.from(b.docs), weights: Float32Array.from(b.weights, (w) => w * idf) };
    });
  }

  /** Every word must match (AND); relevance sums the matched terms' weights. */
  search(expansion: Expansion): TextMatch {
    const { scores, hitCount, lastWord } = this;
    scores.fill(0);
    hitCount.fill(0);
    lastWord.fill(-1);
    expansion.words.forEach((word, w) => {
      for (const [id, weight] of word) {
        const p = this.postings[id];
        if (!p) continue;
        const { docs, weights } = p;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i]!;
          scores[d]! += weights[i]! * weight;
          if (lastWord[d] !== w) {
            lastWord[d] = w;
            hitCount[d]!++;
          }
        }
      }
    });
    const matches = emptyBitset(this.size);
    const needed = expansion.words.length;
    let total = 0;
    for (let d = 0; d < this.size; d++) {
      if (hitCount[d] === needed) {
        setBit(matches, d);
        total++;
      }
    }
    return { matches, total, scores };
  }
}
