import { stemmer } from 'stemmer';

/**
 * The word as a coordinator would type it: lower-cased, possessive and apostrophes dropped
 * (both ' and ’), so "America’s" is indexed and searched as "america".
 */
export function toSurface(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]s$/, '').replace(/['’]/g, '') : lower;
}

/**
 * How words become index terms: the surface form, Porter-stemmed. Stemming lets "interviews",
 * "interviewing" and "interviewer" meet at one term.
 */
export function toTerm(word: string): string {
  let term = memo.get(word);
  if (term === undefined) {
    term = stemmer(toSurface(word));
    // Catalogue text repeats a small vocabulary: remembering stems makes indexing 50,000 records fast.
    if (memo.size < 200_000) memo.set(word, term);
  }
  return term;
}

const memo = new Map<string, string>();

/** Splits text into words, keeping letters and digits across Unicode. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
