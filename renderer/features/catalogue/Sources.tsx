import { ExternalLink } from '../../components/ExternalLink';
import { formatDate } from '../../../shared/util/dates';

/** Where a record's facts come from and when they were last checked. */
export function Sources({ sources, lastVerified }: { sources: readonly string[]; lastVerified: string }) {
  return (
    <section className="card" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ul className="sources">
        {sources.map((url) => (
          <li key={url}>
            <ExternalLink href={url} />
          </li>
        ))}
      </ul>
      <p className="muted">Last verified {formatDate(lastVerified)}. Check the official page before you rely on dates or costs.</p>
    </section>
  );
}
