import type { Filters } from '../../../shared/catalogue/catalogue-index';
import type { FacetId } from '../../../shared/catalogue/documents';
import { facetTitles, type Labels } from '../../../shared/catalogue/labels';

interface Props {
  filters: Filters;
  labels: Labels;
  onRemove(facet: FacetId, value: string): void;
  onClear(): void;
}

/** The active filters as removable chips, with "Clear all". */
export function FilterChips({ filters, labels, onRemove, onClear }: Props) {
  const chips = (Object.entries(filters) as [FacetId, string[]][]).flatMap(([facet, values]) => values.map((value) => ({ facet, value })));
  if (chips.length === 0) return null;
  return (
    <div className="chips" aria-label="Active filters" role="group">
      {chips.map(({ facet, value }) => (
        <button
          key={`${facet}:${value}`}
          type="button"
          className="chip"
          onClick={() => onRemove(facet, value)}
          aria-label={`Remove filter ${facetTitles[facet]}: ${labels.value(facet, value)}`}
        >
          <span className="chip__facet">{facetTitles[facet]}:</span> {labels.value(facet, value)} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button type="button" className="link-button" onClick={onClear}>
        Clear all
      </button>
    </div>
  );
}
