import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex, type CatalogueQuery } from '../../../shared/catalogue/catalogue-index';
import { emptyQuery } from '../../../shared/catalogue/query-url';
import { miniCatalogue } from './mini-catalogue';

const index = buildCatalogueIndex(miniCatalogue());
const run = (q: Partial<CatalogueQuery>) => index.query({ ...emptyQuery, ...q });
const ids = (q: Partial<CatalogueQuery>) => {
  const r = run(q);
  return Array.from(r.order, (p) => r.docs[p]!.id);
};

describe('catalogue query', () => {
  it('lists everything in title order without a query', () => {
    expect(ids({})).toEqual(['fi-advanced', 'cart', 'fi-children', 'webinar']);
    expect(run({}).tabTotals).toEqual({ trainings: 4, providers: 2, resources: 0 });
  });

  it('combines values of one facet with OR and facets with AND', () => {
    expect(ids({ filters: { format: ['virtual-live', 'on-demand'] } })).toEqual(['fi-advanced', 'webinar']);
    expect(ids({ filters: { format: ['virtual-live'], family: ['amber'] } })).toEqual(['webinar']);
    expect(ids({ filters: { audience: ['prosecutors'], family: ['cac'] } })).toEqual([]);
  });

  it('counts each facet value given the other facets only', () => {
    const r = run({ filters: { family: ['amber'], format: ['in-person'] } });
    expect(Array.from(r.order, (p) => r.docs[p]!.id)).toEqual(['cart']);
    // Family counts ignore the family selection but respect the format one.
    expect(Object.fromEntries(r.counts.family!)).toEqual({ cac: 1, amber: 1 });
    // Format counts ignore the format selection but respect family = amber.
    expect(Object.fromEntries(r.counts.format!)).toEqual({ 'in-person': 1, 'virtual-live': 1, 'on-demand': 1 });
    expect(Object.fromEntries(r.counts.audience!)).toEqual({ 'law-enforcement': 1, prosecutors: 1 });
  });

  it('finds forensic interviewing despite typos and ranks titles first', () => {
    const r = run({ q: 'forensc intervew' });
    expect(Array.from(r.order, (p) => r.docs[p]!.id).sort()).toEqual(['fi-advanced', 'fi-children']);
    expect(r.terms).toEqual(expect.arrayContaining(['forens', 'interview']));
    expect(ids({ q: 'abduct' })).toEqual(['cart']);
  });

  it('matches prefixes while typing and combines search with facets', () => {
    expect(ids({ q: 'harn' })).toEqual(['webinar']);
    expect(ids({ q: 'training', filters: { family: ['amber'] } })).toEqual(['cart', 'webinar']);
    expect(ids({ q: 'training', filters: { family: ['amber'], format: ['in-person'] } })).toEqual(['cart']);
  });

  it('searches provider names so a training is found by who runs it', () => {
    expect(ids({ q: 'AATTAP' }).sort()).toEqual(['cart', 'webinar']);
  });

  it('sorts by provider, then title', () => {
    expect(ids({ sort: 'provider' })).toEqual(['cart', 'webinar', 'fi-advanced', 'fi-children']);
  });

  it('searches providers on their own tab', () => {
    expect(ids({ tab: 'providers', q: 'amber' })).toEqual(['aattap']);
  });

  it('ignores filters a tab does not have when counting other tabs', () => {
    const r = run({ tab: 'providers', filters: { status: ['historical'] } });
    expect(r.order.length).toBe(0);
    expect(r.tabTotals.trainings).toBe(1);
  });
});
