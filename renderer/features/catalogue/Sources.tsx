import { ExternalLink } from '../../components/ExternalLink';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

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
      <p className="muted">Last verified {dateFormat.format(new Date(`${lastVerified}T00:00:00Z`))}. Check the official page before you rely on dates or costs.</p>
    </section>
  );
}
