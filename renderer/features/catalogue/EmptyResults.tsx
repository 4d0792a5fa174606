import type { CatalogueQuery } from '../../../shared/catalogue/catalogue-index';
import type { FacetId } from '../../../shared/catalogue/documents';
import { facetTitles } from '../../../shared/catalogue/labels';
import { toggleFilter } from '../../../shared/catalogue/query-url';
import type { LoadedCatalogue } from './catalogue-store';
import { formatCount } from '../../components/format-count';

/** No results: offer the single changes that would bring results back, with how many each gives. */
export function EmptyResults({ query, loaded, onChange }: { query: CatalogueQuery; loaded: LoadedCatalogue; onChange(next: CatalogueQuery): void }) {
  const options = (Object.entries(query.filters) as [FacetId, string[]][])
    .flatMap(([facet, values]) => values.map((value) => ({ facet, value })))
    .map(({ facet, value }) => {
      const next = { ...query, filters: toggleFilter(query.filters, facet, value) };
      return { label: `${facetTitles[facet]}: ${loaded.labels.value(facet, value)}`, next, count: loaded.index.query(next).order.length };
    })
    .filter((o) => o.count > 0);
  const withoutSearch = query.q ? { ...query, q: '' } : null;
  const withoutSearchCount = withoutSearch ? loaded.index.query(withoutSearch).order.length : 0;

  return (
    <div className="empty" role="status">
      <h2>No matching records</h2>
      {options.length > 0 || withoutSearchCount > 0 ? (
        <>
          <p>Try removing one of these:</p>
          <ul className="empty__options">
            {options.map((o) => (
              <li key={o.label}>
                <button type="button" className="button" onClick={() => onChange(o.next)}>
                  Remove “{o.label}” ({formatCount(o.count)} {o.count === 1 ? 'result' : 'results'})
                </button>
              </li>
            ))}
            {withoutSearch && withoutSearchCount > 0 ? (
              <li>
                <button type="button" className="button" onClick={() => onChange(withoutSearch)}>
                  Clear the search “{query.q}” ({withoutSearchCount} results)
                </button>
              </li>
            ) : null}
          </ul>
        </>
      ) : (
        <p>Check the spelling, or clear the search and filters to see the whole catalogue.</p>
      )}
    </div>
  );
}
