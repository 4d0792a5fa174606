import { toTerm, WORD } from './terms';

export interface Segment {
  text: string;
  hit: boolean;
}

/** Splits text so the words that matched the search (by their index term) can be marked. */
export function highlight(text: string, matchedTerms: readonly string[]): Segment[] {
  if (matchedTerms.length === 0 || text === '') return [{ text, hit: false }];
  const terms = new Set(matchedTerms);
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (!terms.has(toTerm(m[0]))) continue;
    if (start > last) out.push({ text: text.slice(last, start), hit: false });
    out.push({ text: m[0], hit: true });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}
