import { useDeferredValue, useMemo } from 'react';
import type { CatalogueQuery, SortKey } from '../../../shared/catalogue/catalogue-index';
import { tabFacets, tabs, type FacetId, type Tab } from '../../../shared/catalogue/documents';
import { queryToParams, toggleFilter } from '../../../shared/catalogue/query-url';
import { DataGate } from '../../app/DataGate';
import type { LoadedCatalogue } from './catalogue-store';
import { useCatalogueQuery } from './use-catalogue-query';
import { FacetGroup } from './FacetGroup';
import { FilterChips } from './FilterChips';
import { ResultsList } from './ResultsList';
import { SearchBox } from './SearchBox';
import { EmptyResults } from './EmptyResults';
import { SearchHints } from './SearchHints';
import { formatCount } from '../../components/format-count';
import { useAfterPaint } from '../../components/use-after-paint';

const tabLabels: Record<Tab, string> = { trainings: 'Trainings', providers: 'Providers', resources: 'Resources' };
const sortLabels: Record<SortKey, string> = { relevance: 'Relevance', title: 'Title', provider: 'Provider' };

export function CataloguePage() {
  return <DataGate>{(loaded) => <CatalogueView loaded={loaded} />}</DataGate>;
}

function CatalogueView({ loaded }: { loaded: LoadedCatalogue }) {
  const [query, setQuery] = useCatalogueQuery();
  const result = useMemo(() => loaded.index.query(query), [loaded, query]);
  const hints = useMemo(() => loaded.index.hints(query.q), [loaded, query.q]);
  const update = (patch: Partial<CatalogueQuery>, replace = false) => setQuery({ ...query, ...patch }, { replace });
  const toggle = (facet: FacetId, value: string) => update({ filters: toggleFilter(query.filters, facet, value) });
  const resetKey = queryToParams(query).toString();
  // Facets wait for the results' first paint, then render in a deferred pass: results show
  // first (React would otherwise start the deferred pass before the browser paints), and
  // typing never waits for ~100 checkboxes.
  const painted = useAfterPaint();
  const facetCounts = useDeferredValue(painted ? result.counts : null, null);

  return (
    <div className="catalogue">
      <header className="catalogue__header">
        <h1>Catalogue</h1>
        <SearchBox value={query.q} onChange={(q) => update({ q }, true)} />
        <label className="sort">
          Sort by{' '}
          <select value={query.sort} onChange={(e) => update({ sort: e.target.value as SortKey })}>
            {(Object.keys(sortLabels) as SortKey[]).map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </label>
      </header>

      <div className="segmented" role="group" aria-label="Record type">
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            aria-pressed={query.tab === tab}
            className="segmented__item"
            onClick={() => update({ tab, filters: keepFacets(query.filters, tab) })}
          >
            {tabLabels[tab]} <span className="segmented__count">{formatCount(result.tabTotals[tab])}</span>
          </button>
        ))}
      </div>

      <div className="catalogue__body">
        <aside className="facets" aria-label="Filters" aria-busy={facetCounts === null}>
          {(facetCounts ? tabFacets[query.tab] : []).map((facet) => (
            <FacetGroup
              key={facet}
              facet={facet}
              counts={facetCounts?.[facet] ?? new Map()}
              selected={query.filters[facet] ?? []}
              labels={loaded.labels}
              onToggle={toggle}
            />
          ))}
        </aside>
        <section className="catalogue__results" aria-labelledby="results-summary">
          <p id="results-summary" className="results-summary" aria-live="polite">
            {formatCount(result.order.length)} {result.order.length === 1 ? 'result' : 'results'}
            {query.q ? ` for “${query.q}”` : ''}
          </p>
          <SearchHints hints={hints} />
          <FilterChips filters={query.filters} labels={loaded.labels} onRemove={toggle} onClear={() => update({ filters: {} })} />
          {result.order.length === 0 ? (
            <EmptyResults query={query} loaded={loaded} onChange={(next) => setQuery(next)} />
          ) : (
            <ResultsList result={result} labels={loaded.labels} resetKey={resetKey} />
          )}
        </section>
      </div>
    </div>
  );
}

/** Switching tabs keeps only the filters that tab understands. */
function keepFacets(filters: CatalogueQuery['filters'], tab: Tab): CatalogueQuery['filters'] {
  return Object.fromEntries(Object.entries(filters).filter(([f]) => tabFacets[tab].includes(f as FacetId)));
}
