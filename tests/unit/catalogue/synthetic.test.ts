import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { catalogueSchema, checkCatalogueIntegrity, type Catalogue } from '../../../shared/catalogue/schema';
import { generateSyntheticCatalogue, SYNTHETIC_SOURCE, SYNTHETIC_TITLE } from '../../support/synthetic-catalogue';

const base: Catalogue = catalogueSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')),
);

describe('generateSyntheticCatalogue', () => {
  it('is deterministic: the same seed gives identical output', () => {
    const a = generateSyntheticCatalogue({ trainings: 500, seed: 42 }, base);
    const b = generateSyntheticCatalogue({ trainings: 500, seed: 42 }, base);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = generateSyntheticCatalogue({ trainings: 500, seed: 43 }, base);
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('labels everything it invents as synthetic and reuses the real vocabularies and families', () => {
    const cat = generateSyntheticCatalogue({ trainings: 300, seed: 7 }, base);
    expect(cat.meta.synthetic).toBe(true);
    expect(cat.meta.title).toBe(SYNTHETIC_TITLE);
    expect(cat.meta.sourcePage).toBe(SYNTHETIC_SOURCE);
    for (const record of [...cat.providers, ...cat.trainings, ...cat.resources]) {
      expect(record.id.startsWith('syn-')).toBe(true);
      expect(record.sources).toEqual([SYNTHETIC_SOURCE]);
    }
    for (const t of cat.trainings) expect(t.title.startsWith('[SYNTHETIC] ')).toBe(true);
    expect({ ...cat.vocabularies, synonyms: undefined }).toEqual({ ...base.vocabularies, synonyms: undefined });
    expect(cat.families).toEqual(base.families);
    // Acronyms are kept so scale runs exercise them; each names a synthetic training that uses it.
    expect(cat.vocabularies.synonyms?.map((s) => s.term)).toEqual(base.vocabularies.synonyms?.map((s) => s.term));
    for (const s of cat.vocabularies.synonyms ?? []) expect(cat.trainings.find((t) => t.id === s.usedBy)?.description).toContain(s.term);
  });

  it('writes text from a vocabulary of thousands of words used as in real prose (Zipf), so postings have realistic lengths', () => {
    const cat = generateSyntheticCatalogue({ trainings: 5000, seed: 11 }, base);
    const counts = new Map<string, number>();
    for (const t of cat.trainings) for (const w of `${t.title} ${t.description}`.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    const ranked = [...counts.values()].sort((a, b) => b - a);
    expect(counts.size).toBeGreaterThan(3000);
    // Zipf: the 10th most used word about a tenth as often as the first, the 100th about a hundredth.
    expect(ranked[9]! / ranked[0]!).toBeGreaterThan(0.05);
    expect(ranked[9]! / ranked[0]!).toBeLessThan(0.3);
    expect(ranked[99]! / ranked[0]!).toBeLessThan(0.03);
  });

  it('produces 50,000 trainings that pass the schema and the integrity check', () => {
    const cat = generateSyntheticCatalogue({ trainings: 50_000, seed: 2026 }, base);
    expect(cat.trainings).toHaveLength(50_000);
    expect(cat.providers).toHaveLength(1_000);
    const parsed = catalogueSchema.safeParse(cat);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    expect(checkCatalogueIntegrity(cat)).toEqual([]);
    expect(new Set(cat.trainings.map((t) => t.id)).size).toBe(50_000);
  }, 120_000);
});
