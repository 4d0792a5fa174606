import type { FacetId } from '../../../shared/catalogue/documents';
import type { Labels } from '../../../shared/catalogue/labels';
import { Link } from 'react-router';

/** Vocabulary terms as tags; each tag opens the catalogue filtered by it. */
export function TermList({ facet, ids, labels }: { facet: FacetId; ids: readonly string[]; labels: Labels }) {
  if (ids.length === 0) return <span className="muted">Not stated</span>;
  return (
    <ul className="tags">
      {ids.map((id) => (
        <li key={id}>
          <Link className="tag" to={`/catalogue?${new URLSearchParams({ [facet]: id })}`} title={labels.meaning(facet, id)}>
            {labels.value(facet, id)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
