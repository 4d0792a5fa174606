import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex, type CatalogueQuery } from '../../../shared/catalogue/catalogue-index';
import { emptyQuery } from '../../../shared/catalogue/query-url';
import { catalogueSchema, type Catalogue } from '../../../shared/catalogue/schema';
import { miniCatalogue } from '../catalogue-query/mini-catalogue';

const real = catalogueSchema.parse(JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')));
const index = buildCatalogueIndex(real);
const ids = (q: string, extra: Partial<CatalogueQuery> = {}) => {
  const r = index.query({ ...emptyQuery, q, ...extra });
  return Array.from(r.order, (p) => r.docs[p]!.id);
};

describe('search on the bundled catalogue, typed as coordinators type', () => {
  it.each([
    ['abducton', 'abduction'],
    ['exploitaton', 'exploitation'],
    ['investigaton', 'investigation'],
    ['forensik', 'forensic'],
    ['intreview', 'interview'],
    ['sexual exploitaton of children', 'sexual exploitation of children'],
    ['forensc intervew', 'forensic interview'],
  ])('"%s" finds what "%s" finds first', (typo, correct) => {
    const wanted = ids(correct);
    expect(wanted.length).toBeGreaterThan(0);
    expect(ids(typo)).toContain(wanted[0]);
  });

  it('drops possessives, both ’ and \', so "america" and a typo of it find "America’s Schools"', () => {
    const id = 'mecp-human-trafficking-in-americas-schools';
    expect(real.trainings.find((t) => t.id === id)?.title).toMatch(/America’s/);
    expect(ids('america')).toContain(id);
    expect(ids('amerrica')).toContain(id);
    expect(ids("america's schools")).toContain(id);
    expect(ids('america’s schools')).toContain(id);
  });
});

describe('ranking', () => {
  const cat = (titles: string[]): Catalogue => {
    const base = miniCatalogue();
    const [first] = base.trainings;
    return { ...base, trainings: titles.map((title, i) => ({ ...first!, id: `t${i}`, title, description: 'Taught in person.' })) };
  };

  it('puts an exact word before a longer word it starts, and that before a typo', () => {
    const i = buildCatalogueIndex(cat(['Testimony of Witnesses', 'Courtroom Skills', 'Court Skills', 'Cour Skills']));
    const r = i.query({ ...emptyQuery, q: 'court' });
    expect(Array.from(r.order, (p) => r.docs[p]!.title)).toEqual(['Court Skills', 'Courtroom Skills', 'Cour Skills']);
  });
});
