import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueSchema, type Catalogue } from '../../../shared/catalogue/schema';
import { currentCoverage } from '../../../scripts/catalogue-topic-gaps';

const catalogue = catalogueSchema.parse(JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')));

describe('scripts/catalogue-topic-gaps: current trainings per core search', () => {
  it('counts only the current trainings among those the app search finds', () => {
    const [row] = currentCoverage(catalogue, ['General Illuminations']);
    expect(row?.found).toBeGreaterThanOrEqual(1);
    expect(row?.current).toBeGreaterThanOrEqual(1);
    // The same catalogue with nothing current: the search still finds the trainings, none counts as current.
    const noneCurrent: Catalogue = { ...catalogue, trainings: catalogue.trainings.map((t) => ({ ...t, status: 'historical' as const })) };
    const [again] = currentCoverage(noneCurrent, ['General Illuminations']);
    expect(again?.found).toBe(row?.found);
    expect(again?.current).toBe(0);
  });

  it('finds nothing for a search no training matches', () => {
    expect(currentCoverage(catalogue, ['qqqxyzzy'])).toEqual([{ q: 'qqqxyzzy', found: 0, current: 0 }]);
  });
});
