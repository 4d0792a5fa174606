import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex } from '../../../shared/catalogue/catalogue-index';
import { hasBit } from '../../../shared/catalogue/bitset';
import { emptyQuery } from '../../../shared/catalogue/query-url';
import { catalogueSchema } from '../../../shared/catalogue/schema';
import { toSurface, WORD } from '../../../shared/catalogue/terms';
import { oneEditVariants } from './one-edit-variants';

/*
 * Generated from whatever the bundled catalogue holds: every one-edit typo (a letter dropped, added,
 * replaced, or two neighbours swapped) of every training-title word of five letters or more must
 * still find the training the correct word ranks first.
 */
const catalogue = catalogueSchema.parse(JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')));
const index = buildCatalogueIndex(catalogue);
const trainings = index.tabs.trainings;

function titleWords(): string[] {
  const words = new Set<string>();
  for (const t of catalogue.trainings) for (const w of t.title.match(WORD) ?? []) if (/^\p{L}{5,}$/u.test(toSurface(w))) words.add(toSurface(w));
  return [...words].sort();
}

describe('typo recall over the catalogue’s own title words', () => {
  it('finds the same first training for at least 97% of all one-edit typos, and lists the misses', () => {
    const misses: string[] = [];
    let total = 0;
    for (const word of titleWords()) {
      const correct = index.query({ ...emptyQuery, q: word });
      const first = correct.order[0];
      expect(first, `"${word}" finds a training`).toBeDefined();
      for (const variant of oneEditVariants(word)) {
        total++;
        const expansion = trainings.vocabulary().expand(variant);
        if (!expansion || !hasBit(trainings.text().search(expansion).matches, first!)) misses.push(`${variant} (${word})`);
      }
    }
    const recall = (total - misses.length) / total;
    console.log(`typo recall: ${total - misses.length} of ${total} (${(recall * 100).toFixed(2)}%); ${misses.length} misses${misses.length ? `:\n  ${misses.join('\n  ')}` : ''}`);
    expect(total).toBeGreaterThan(10_000);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  }, 600_000);
});
