import { tabFacets, tabs, type FacetId, type Tab } from './documents';
import type { CatalogueQuery, Filters, SortKey } from './catalogue-index';

const sorts: SortKey[] = ['relevance', 'title', 'provider'];
const allFacets = [...new Set(Object.values(tabFacets).flat())] as FacetId[];
const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

export const emptyQuery: CatalogueQuery = { tab: 'trainings', q: '', filters: {}, sort: 'relevance' };

/**
 * Reads a catalogue view from URL search params. Anything unknown or malformed is
 * dropped rather than trusted: a hand-edited or stale link still opens a view.
 */
export function queryFromParams(params: URLSearchParams): CatalogueQuery {
  const tab = params.get('tab');
  const sort = params.get('sort');
  const filters: Filters = {};
  for (const facet of allFacets) {
    const values = [...new Set(params.getAll(facet).filter((v) => SLUG.test(v)))];
    if (values.length > 0) filters[facet] = values;
  }
  return {
    tab: tabs.includes(tab as Tab) ? (tab as Tab) : 'trainings',
    q: (params.get('q') ?? '').slice(0, 200),
    filters,
    sort: sorts.includes(sort as SortKey) ? (sort as SortKey) : 'relevance',
  };
}

/** The inverse of queryFromParams, omitting defaults so links stay short. */
export function queryToParams(query: CatalogueQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.tab !== 'trainings') params.set('tab', query.tab);
  if (query.q !== '') params.set('q', query.q);
  for (const facet of allFacets) for (const v of query.filters[facet] ?? []) params.append(facet, v);
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  return params;
}

export function toggleFilter(filters: Filters, facet: FacetId, value: string): Filters {
  const current = filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const out = { ...filters };
  if (next.length > 0) out[facet] = next;
  else delete out[facet];
  return out;
}
