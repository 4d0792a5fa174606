import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../shared/catalogue/lexicon';

/** Optimal string alignment distance, the plain quadratic way: what the trie walk must agree with. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const typos = (lexicon: Lexicon, query: string, budget: number) => {
  const out: [string, number][] = [];
  lexicon.forTypos(query, budget, (_id, word, distance) => out.push([word, distance]));
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
};

describe('Lexicon', () => {
  const lexicon = new Lexicon(['interview', 'interviews', 'forensic', 'forest', 'abduction', 'abduct'].map((w, i): [string, number] => [w, i]));

  it('counts two neighbouring letters swapped as one edit', () => {
    expect(typos(lexicon, 'intreview', 1)).toEqual([['interview', 1]]);
    expect(typos(lexicon, 'froensic', 1)).toEqual([['forensic', 1]]);
    expect(typos(lexicon, 'abducton', 1)).toEqual([['abduction', 1]]);
  });

  it('finds exact words and prefixes', () => {
    expect(lexicon.get('forest')).toBe(3);
    expect(lexicon.get('fore')).toBeUndefined();
    const found: string[] = [];
    lexicon.forPrefix('inter', (_id, w) => found.push(w));
    expect(found.sort()).toEqual(['interview', 'interviews']);
  });

  it('agrees with the plain edit-distance computation on random words', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, fc.integer({ min: 0, max: 2 }), (words, query, budget) => {
        const l = new Lexicon(words.map((w, i): [string, number] => [w, i]));
        const expected = words
          .map((w): [string, number] => [w, osa(w, query)])
          .filter(([, d]) => d <= budget)
          .sort((a, b) => (a[0] < b[0] ? -1 : 1));
        expect(typos(l, query, budget)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
