import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCatalogueText } from '../../../main/services/catalogue-service';

const realText = readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8');
const real = JSON.parse(realText);

/** Sets a value at a random path inside a deep copy of the real catalogue. */
function mutate(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(real);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') return copy;
    node = next as Record<string | number, unknown>;
  }
  node[path.at(-1)!] = value;
  return copy;
}

const collections = ['providers', 'trainings', 'resources', 'families'] as const;
const fields = ['id', 'title', 'name', 'providerId', 'family', 'families', 'audiences', 'topics', 'formats', 'cost', 'sources', 'lastVerified', 'status', 'link', 'website', 'parentId'];

describe('catalogue import validation under fuzzing', () => {
  it('never throws on arbitrary text and always names the file when it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = checkCatalogueText(text, 'fuzz.json');
        if (!result.ok) for (const line of result.errors) expect(line.startsWith('fuzz.json: ')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('either accepts a mutated real catalogue as valid or rejects it naming record and field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat({ max: 90 }),
        fc.constantFrom(...fields),
        fc.oneof(fc.anything(), fc.string(), fc.constant('no-such-id'), fc.array(fc.string())),
        (collection, index, field, value) => {
          const size = real[collection].length;
          const result = checkCatalogueText(JSON.stringify(mutate([collection, index % size, field], value)), 'mutated.json');
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            expect(result.errors.length).toBeLessThanOrEqual(11);
            expect(result.errors[0]).toMatch(/^mutated\.json: /);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects a dangling reference at the exact field', () => {
    const broken = mutate(['trainings', 5, 'providerId'], 'nobody');
    const result = checkCatalogueText(JSON.stringify(broken), 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain('trainings[5].providerId');
  });
});
