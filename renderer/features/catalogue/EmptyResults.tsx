import type { CatalogueQuery } from '../../../shared/catalogue/catalogue-index';
import type { FacetId } from '../../../shared/catalogue/documents';
import { facetTitles } from '../../../shared/catalogue/labels';
import { toggleFilter } from '../../../shared/catalogue/query-url';
import type { LoadedCatalogue } from './catalogue-store';
import { formatCount } from '../../components/format-count';

const results = (n: number) => `${formatCount(n)} ${n === 1 ? 'result' : 'results'}`;

/**
 * No results: close spellings that do find something ("Did you mean …"), then the single changes
 * that would bring results back, the strictest filter first, with how many each gives.
 */
export function EmptyResults({ query, loaded, onChange }: { query: CatalogueQuery; loaded: LoadedCatalogue; onChange(next: CatalogueQuery): void }) {
  const suggestions = query.q ? loaded.index.didYouMean(query) : [];
  const options = (Object.entries(query.filters) as [FacetId, string[]][])
    .flatMap(([facet, values]) => values.map((value) => ({ facet, value })))
    .map(({ facet, value }) => {
      const next = { ...query, filters: toggleFilter(query.filters, facet, value) };
      return { label: `${facetTitles[facet]}: ${loaded.labels.value(facet, value)}`, next, count: loaded.index.query(next).order.length };
    })
    .filter((o) => o.count > 0)
    // The filter whose removal brings back the most is the one holding the results back hardest.
    .sort((a, b) => b.count - a.count);
  const [strictest, ...others] = options;
  const withoutSearch = query.q ? { ...query, q: '' } : null;
  const withoutSearchCount = withoutSearch ? loaded.index.query(withoutSearch).order.length : 0;
  const anything = suggestions.length > 0 || options.length > 0 || withoutSearchCount > 0;

  return (
    <div className="empty" role="status">
      <h2>No matching records</h2>
      {suggestions.length > 0 ? (
        <p className="empty__suggestions">
          Did you mean{' '}
          {suggestions.map((s, i) => (
            <span key={s}>
              {i > 0 ? (i === suggestions.length - 1 ? ' or ' : ', ') : ''}
              <button type="button" className="link-button" onClick={() => onChange({ ...query, q: s })}>
                {s}
              </button>
            </span>
          ))}
          ?
        </p>
      ) : null}
      {strictest ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => onChange(strictest.next)}>
            Drop the strictest filter, “{strictest.label}” ({results(strictest.count)})
          </button>
        </p>
      ) : null}
      {others.length > 0 || (withoutSearch && withoutSearchCount > 0) ? (
        <>
          <p>{strictest ? 'Or remove one of these:' : 'Try removing one of these:'}</p>
          <ul className="empty__options">
            {others.map((o) => (
              <li key={o.label}>
                <button type="button" className="button" onClick={() => onChange(o.next)}>
                  Remove “{o.label}” ({results(o.count)})
                </button>
              </li>
            ))}
            {withoutSearch && withoutSearchCount > 0 ? (
              <li>
                <button type="button" className="button" onClick={() => onChange(withoutSearch)}>
                  Clear the search “{query.q}” ({results(withoutSearchCount)})
                </button>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      {anything ? null : <p>Check the spelling, or clear the search and filters to see the whole catalogue.</p>}
    </div>
  );
}
