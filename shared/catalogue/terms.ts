import { stemmer } from 'stemmer';

/**
 * How words become index terms: lower-cased, Porter-stemmed. Stemming lets
 * "interviews", "interviewing" and "interviewer" meet at one term, so a typo of
 * any of them is a single edit away from it.
 */
export function toTerm(word: string): string {
  let term = memo.get(word);
  if (term === undefined) {
    term = stemmer(word.toLowerCase());
    // Catalogue text repeats a small vocabulary: remembering stems makes indexing 50,000 records fast.
    if (memo.size < 200_000) memo.set(word, term);
  }
  return term;
}

const memo = new Map<string, string>();

/** Splits text into words, keeping letters and digits across Unicode. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
