import { stemmer } from 'stemmer';

/**
 * How words become index terms: lower-cased, Porter-stemmed. Stemming lets
 * "interviews", "interviewing" and "interviewer" meet at one term, so a typo of
 * any of them is a single edit away from it.
 */
export function toTerm(word: string): string {
  return stemmer(word.toLowerCase());
}

/** Splits text into words, keeping letters and digits across Unicode. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
