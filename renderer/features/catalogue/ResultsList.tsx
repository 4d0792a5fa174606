import { Link } from 'react-router';
import type { QueryResult } from '../../../shared/catalogue/catalogue-index';
import type { Labels } from '../../../shared/catalogue/labels';
import { VirtualList } from '../../components/VirtualList';
import { Highlighted } from './Highlighted';
import { detailPath } from './detail-path';

interface Props {
  result: QueryResult;
  labels: Labels;
  /** Keeps the list's place when the view changes, so the first result is the start again. */
  resetKey: string;
}

const statusNote: Record<string, string> = {
  historical: 'Historical',
  'in-development': 'In development',
  unverified: 'Unverified',
};

/** The catalogue results: virtualised, so 50,000 of them scroll smoothly; arrows move, Enter opens. */
export function ResultsList({ result, labels, resetKey }: Props) {
  return (
    <VirtualList
      items={result.order}
      itemKey={(position) => result.docs[position]!.id}
      estimate={104}
      label="Results"
      className="results"
      testId="results"
      resetKey={resetKey}
      renderRow={(position, focus) => {
        const doc = result.docs[position]!;
        const status = doc.facets.status?.[0];
        return (
          <>
            <Link {...focus} to={detailPath(doc.tab, doc.id)} className="result__link">
              <span className="result__title">
                <Highlighted text={doc.title} terms={result.terms} />
              </span>
              {status && statusNote[status] ? <span className={`badge badge--${status}`}>{statusNote[status]}</span> : null}
            </Link>
            <div className="result__byline">
              <Highlighted text={doc.byline} terms={result.terms} />
              {doc.facets.family?.length ? <span className="result__families"> · {doc.facets.family.map((f) => labels.value('family', f)).join(', ')}</span> : null}
            </div>
            <p className="result__description">
              <Highlighted text={doc.description} terms={result.terms} />
            </p>
          </>
        );
      }}
    />
  );
}
