import type { Synonym } from './schema';
import { toSurface, toTerm, WORD } from './terms';

export interface SynonymMatch {
  start: number;
  length: number;
  synonym: Synonym;
}

interface Form {
  stems: string[];
  synonym: Synonym;
}

/**
 * Finds a synonym entry's forms ("HT", "human trafficking") in a run of index terms. Forms are
 * compared stem by stem, so "district attorneys" matches the form "district attorney".
 */
export class SynonymMatcher {
  /** Forms by their first stem, longest first. */
  private readonly byFirst = new Map<string, Form[]>();
  private readonly acronyms = new Set<string>();

  constructor(readonly synonyms: readonly Synonym[]) {
    for (const synonym of synonyms) {
      this.acronyms.add(toSurface(synonym.term));
      for (const text of [synonym.term, ...synonym.sameAs]) {
        const stems = (text.match(WORD) ?? []).map(toTerm);
        if (stems.length === 0) continue;
        const list = this.byFirst.get(stems[0]!) ?? [];
        list.push({ stems, synonym });
        list.sort((a, b) => b.stems.length - a.stems.length);
        this.byFirst.set(stems[0]!, list);
      }
    }
  }

  /** True for a word that is one of the entries' short forms ("ht", "csam"). */
  isAcronym(surface: string): boolean {
    return this.acronyms.has(surface);
  }

  private formsAt(terms: readonly string[], start: number): Form[] {
    const out: Form[] = [];
    for (const form of this.byFirst.get(terms[start]!) ?? []) {
      if (start + form.stems.length > terms.length) continue;
      if (form.stems.every((stem, k) => terms[start + k] === stem)) out.push(form);
    }
    return out;
  }

  /** Every form at every position (a record saying "child sexual abuse material" is about CSAM and CSA). */
  all(terms: readonly string[], visit: (start: number, length: number, synonym: Synonym) => void): void {
    if (this.byFirst.size === 0) return;
    for (let i = 0; i < terms.length; i++) for (const form of this.formsAt(terms, i)) visit(i, form.stems.length, form.synonym);
  }

  /** Longest forms left to right, not overlapping: what a query means ("child sexual abuse material" is CSAM). */
  longest(terms: readonly string[]): SynonymMatch[] {
    const out: SynonymMatch[] = [];
    for (let i = 0; i < terms.length; ) {
      const form = this.formsAt(terms, i)[0];
      if (!form) {
        i++;
        continue;
      }
      out.push({ start: i, length: form.stems.length, synonym: form.synonym });
      i += form.stems.length;
    }
    return out;
  }
}

/** The entries a search uses, for the hint beside the results ("HT — human trafficking"). */
export function synonymHints(matcher: SynonymMatcher, query: string): Synonym[] {
  const terms = (query.match(WORD) ?? []).map(toTerm);
  return [...new Set(matcher.longest(terms).map((m) => m.synonym))];
}
