import SearchableMap from 'minisearch/SearchableMap';
import { emptyBitset, setBit, type Bitset } from './bitset';
import { toTerm, WORD } from './terms';

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
  /** Vocabulary terms the query expanded to: what to highlight. */
  terms: string[];
}

const PREFIX_WEIGHT = 0.4;
const FUZZY_WEIGHT = 0.45;

/** One typo from 4 letters, two from 9: "forensc intervew" still finds forensic interviewing. */
export function maxTypos(term: string): number {
  return term.length >= 9 ? 2 : term.length >= 4 ? 1 : 0;
}

/**
 * An inverted index over fixed documents, built for 50,000 records: postings in
 * typed arrays, scores accumulated in one reusable array, AND across query
 * words by counting. Vocabulary lookups (exact, prefix, typo-tolerant) use
 * MiniSearch's radix tree.
 */
export class TextIndex<D> {
  private readonly vocabulary: SearchableMap<number>;
  private readonly postings: Postings[] = [];
  private readonly size: number;
  private readonly scores: Float32Array;
  private readonly hitCount: Uint8Array;
  private readonly lastWord: Int16Array;

  constructor(docs: readonly D[], fields: readonly TextField<D>[]) {
    this.size = docs.length;
    this.scores = new Float32Array(docs.length);
    this.hitCount = new Uint8Array(docs.length);
    this.lastWord = new Int16Array(docs.length);
    const builders: { docs: number[]; weights: number[] }[] = [];
    // A plain Map while building; the radix tree is made once at the end.
    const termIds = new Map<string, number>();
    // Last document each term was seen in: repeated words add to one posting instead of a new one.
    const lastDoc: number[] = [];
    docs.forEach((doc, position) => {
      for (const field of fields) {
        const words = field.get(doc).match(WORD);
        if (!words) continue;
        // Short fields weigh each word more: a title word says more than one word of a long description.
        const w = field.weight / Math.sqrt(words.length);
        for (const word of words) {
          const term = toTerm(word);
          let id = termIds.get(term);
          if (id === undefined) {
            id = builders.length;
            termIds.set(term, id);
            builders.push({ docs: [], weights: [] });
            lastDoc.push(-1);
          }
          const b = builders[id]!;
          if (lastDoc[id] === position) b.weights[b.weights.length - 1]! += w;
          else {
            lastDoc[id] = position;
            b.docs.push(position);
            b.weights.push(w);
          }
        }
      }
    });
    this.vocabulary = SearchableMap.from(termIds);
    for (const b of builders) {
      const idf = Math.log(1 + (this.size - b.docs.length + 0.5) / (b.docs.length + 0.5));
      this.postings.push({ docs: Int32Array.from(b.docs), weights: Float32Array.from(b.weights, (w) => w * idf) });
    }
  }

  /** Expands one query word to vocabulary terms with a weight each: exact 1, prefix and typo matches less. */
  private expand(word: string): Map<string, { id: number; weight: number }> {
    const out = new Map<string, { id: number; weight: number }>();
    const add = (term: string, id: number, weight: number) => {
      if ((out.get(term)?.weight ?? 0) < weight) out.set(term, { id, weight });
    };
    for (const [term, id] of this.vocabulary.atPrefix(word)) add(term, id, term === word ? 1 : PREFIX_WEIGHT);
    const typos = maxTypos(word);
    if (typos > 0) for (const [term, [id, distance]] of this.vocabulary.fuzzyGet(word, typos)) add(term, id, FUZZY_WEIGHT / (1 + distance) + 0.1);
    return out;
  }

  /** Null for an empty query. Every word must match (AND); relevance sums the matched terms' weights. */
  search(query: string): TextMatch | null {
    const words = [...new Set((query.match(WORD) ?? []).map(toTerm))].slice(0, 12);
    if (words.length === 0) return null;
    const { scores, hitCount, lastWord } = this;
    scores.fill(0);
    hitCount.fill(0);
    lastWord.fill(-1);
    const terms: string[] = [];
    words.forEach((word, w) => {
      const expanded = this.expand(word);
      terms.push(...expanded.keys());
      for (const { id, weight } of expanded.values()) {
        const p = this.postings[id]!;
        for (let i = 0; i < p.docs.length; i++) {
          const d = p.docs[i]!;
          scores[d]! += p.weights[i]! * weight;
          if (lastWord[d] !== w) {
            lastWord[d] = w;
            hitCount[d]!++;
          }
        }
      }
    });
    const matches = emptyBitset(this.size);
    let total = 0;
    for (let d = 0; d < this.size; d++) {
      if (hitCount[d] === words.length) {
        setBit(matches, d);
        total++;
      }
    }
    return { matches, total, scores, terms };
  }
}
