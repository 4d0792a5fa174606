import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCatalogueText } from '../../../main/services/catalogue-service';
import { familySchema, providerSchema, resourceSchema, trainingSchema, type Catalogue } from '../../../shared/catalogue/schema';

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
const recordSchemas = { providers: providerSchema, trainings: trainingSchema, resources: resourceSchema, families: familySchema };
/** Fields that point at another record: an accepted value must be an id that exists. */
const references: Record<string, (cat: Catalogue) => { id: string }[]> = { providerId: (c) => c.providers, parentId: (c) => c.providers, family: (c) => c.families };
const baseline = (() => {
  const result = checkCatalogueText(realText, 'catalogue.json');
  if (!result.ok) throw new Error(`the bundled catalogue does not validate: ${result.errors.join('; ')}`);
  return result.catalogue;
})();
type Rec = Record<string, unknown>;
const without = (record: Rec, field: string): Rec => Object.fromEntries(Object.entries(record).filter(([k]) => k !== field));
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

  it('either accepts a mutated real catalogue with only that field changed to an allowed value, or rejects it naming record and field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat({ max: 90 }),
        fc.constantFrom(...fields),
        fc.oneof(fc.anything(), fc.string(), fc.constant('no-such-id'), fc.array(fc.string())),
        (collection, index, field, value) => {
          const size = real[collection].length;
          const at = index % size;
          const result = checkCatalogueText(JSON.stringify(mutate([collection, at, field], value)), 'mutated.json');
          if (result.ok) {
            // Accepted: only that one field of that one record may differ from the bundled catalogue…
            const got = result.catalogue[collection] as unknown as Rec[];
            const base = baseline[collection] as unknown as Rec[];
            expect(without(got[at]!, field)).toEqual(without(base[at]!, field));
            // (Compared as JSON: deep equality over the whole catalogue 1,000 times is slow.)
            const rest = (cat: Catalogue, records: Rec[]) => JSON.stringify({ ...cat, [collection]: records.filter((_, i) => i !== at) });
            expect(rest(result.catalogue, got)).toBe(rest(baseline, base));
            // …and the value kept there is one the record's schema allows (an unknown field is dropped).
            const schema = recordSchemas[collection].shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
            if (!(field in schema)) expect(got[at]![field]).toBeUndefined();
            else {
              const parsed = schema[field]!.safeParse(value);
              expect(parsed.success).toBe(true);
              expect(got[at]![field]).toEqual(parsed.data);
              // A reference that was accepted points at a record that exists.
              const targets = references[field]?.(result.catalogue);
              if (targets && typeof value === 'string') expect(targets.map((t) => t.id)).toContain(value);
            }
          } else {
            expect(result.errors.length).toBeGreaterThan(0);
            expect(result.errors.length).toBeLessThanOrEqual(11);
            // Rejected: every problem names the file, the record and the field…
            for (const line of result.errors.filter((l) => !l.startsWith('mutated.json: …and'))) {
              expect(line).toMatch(/^mutated\.json: \w+\[\d+\](\.\w+|\[\d+\])*( \(record "[\s\S]*"\))?(\.\w+|\[\d+\])*: \S/);
            }
            // …and one of them is the record that was changed, at that field, or (for a changed
            // id) a record that pointed at the old id.
            const oldId = String(real[collection][at].id);
            const named = result.errors.some(
              (l) => (l.includes(`${collection}[${at}]`) && l.includes(field)) || (field === 'id' && (l.includes(`${collection}[${at}]`) || l.includes(`"${oldId}"`))),
            );
            expect(named, result.errors.join('\n')).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
    // Measured: 6–28 s on a quiet machine, 119 s on a heavily loaded one (the catalogue is
    // parsed and validated 1,000 times); the margin is wide so load makes it slower, not red.
  }, 600_000);

  it('rejects a dangling reference at the exact field', () => {
    const broken = mutate(['trainings', 5, 'providerId'], 'nobody');
    const result = checkCatalogueText(JSON.stringify(broken), 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain('trainings[5].providerId');
  });
});
