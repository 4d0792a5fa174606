import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex } from '../../../shared/catalogue/catalogue-index';
import { hasBit } from '../../../shared/catalogue/bitset';
import { emptyQuery } from '../../../shared/catalogue/query-url';
import { catalogueSchema } from '../../../shared/catalogue/schema';
import { toSurface, WORD } from '../../../shared/catalogue/terms';
import { oneEditVariants, type EditKind } from './one-edit-variants';

/*
 * Generated from whatever the bundled catalogue holds: every one-edit typo (a letter dropped, added,
 * replaced, or two neighbours swapped) of every training-title word of five letters or more must
 * still find the training the correct word ranks first.
 *
 * `npm test` checks a fixed sample (every word, every swap, and every SAMPLE_EVERY-th drop, insert
 * and replace of each word, from a per-word offset) to stay within the suite's time budget;
 * `npm run test:typo-recall` (TYPO_RECALL=all) checks every typo, as the README's figure states.
 */
const catalogue = catalogueSchema.parse(JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')));
const index = buildCatalogueIndex(catalogue);
const trainings = index.tabs.trainings;

const ALL = process.env.TYPO_RECALL === 'all';
const SAMPLE_EVERY = 16;

/** The variants checked for `word`: all of them with TYPO_RECALL=all, else every swap and a fixed 1-in-SAMPLE_EVERY of each other kind. */
function checkedVariants(word: string, wordIndex: number): [string, EditKind][] {
  const variants = [...oneEditVariants(word)];
  if (ALL) return variants;
  const seen: Record<EditKind, number> = { drop: 0, insert: 0, replace: 0, swap: 0 };
  return variants.filter(([, kind]) => kind === 'swap' || (seen[kind]++ + wordIndex) % SAMPLE_EVERY === 0);
}

function titleWords(): string[] {
  const words = new Set<string>();
  for (const t of catalogue.trainings) for (const w of t.title.match(WORD) ?? []) if (/^\p{L}{5,}$/u.test(toSurface(w))) words.add(toSurface(w));
  return [...words].sort();
}

describe('typo recall over the catalogue’s own title words', () => {
  it(`finds the same first training for at least 97% of ${ALL ? 'all' : 'a fixed sample of the'} one-edit typos, of each kind, and lists the misses`, () => {
    const misses: string[] = [];
    const tried: Record<EditKind, number> = { drop: 0, insert: 0, replace: 0, swap: 0 };
    const missed: Record<EditKind, number> = { drop: 0, insert: 0, replace: 0, swap: 0 };
    for (const [wordIndex, word] of titleWords().entries()) {
      const first = index.query({ ...emptyQuery, q: word }).order[0];
      expect(first, `"${word}" finds a training`).toBeDefined();
      for (const [variant, kind] of checkedVariants(word, wordIndex)) {
        tried[kind]++;
        const expansion = trainings.vocabulary().expand(variant);
        if (!expansion || !hasBit(trainings.text().search(expansion).matches, first!)) {
          missed[kind]++;
          misses.push(`${variant} (${kind} in ${word})`);
        }
      }
    }
    const total = Object.values(tried).reduce((a, b) => a + b, 0);
    const recall = (total - misses.length) / total;
    const byKind = (Object.keys(tried) as EditKind[]).map((k) => `${k} ${tried[k] - missed[k]}/${tried[k]}`).join(', ');
    console.log(
      `typo recall (${ALL ? 'every typo' : `sample: every swap, 1 in ${SAMPLE_EVERY} of the rest`}): ${total - misses.length} of ${total} (${(recall * 100).toFixed(2)}%; ${byKind}); ${misses.length} misses${misses.length ? `:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(total).toBeGreaterThan(10_000);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    // Swaps are few among all variants: held to the same bar on their own, so counting a swap as two edits fails here.
    for (const kind of Object.keys(tried) as EditKind[]) expect((tried[kind] - missed[kind]) / tried[kind], kind).toBeGreaterThanOrEqual(0.97);
  }, 600_000);
});
