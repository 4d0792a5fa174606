import { Link, useParams } from 'react-router';
import { DataGate } from '../../app/DataGate';
import type { LoadedCatalogue } from './catalogue-store';
import { TermList } from './TermList';
import { Sources } from './Sources';
import { StatusNotice } from './StatusNotice';
import { BackToResults } from './BackToResults';
import { ExternalLink } from '../../components/ExternalLink';
import { detailPath } from './detail-path';
import { RecordNotFound } from './RecordNotFound';

export function ProviderDetailPage() {
  const { id = '' } = useParams();
  return <DataGate>{(loaded) => <ProviderDetail loaded={loaded} id={id} />}</DataGate>;
}

function ProviderDetail({ loaded, id }: { loaded: LoadedCatalogue; id: string }) {
  const provider = loaded.providers.get(id);
  if (!provider) return <RecordNotFound kind="provider" id={id} />;
  const { labels, catalogue } = loaded;
  const trainings = catalogue.trainings.filter((t) => t.providerId === id);
  const programs = catalogue.providers.filter((p) => p.parentId === id);
  const parent = provider.parentId ? loaded.providers.get(provider.parentId) : undefined;
  const contact = provider.contact;

  return (
    <article className="page detail" aria-labelledby="detail-title">
      <BackToResults />
      <p className="eyebrow">{provider.kind === 'program' ? 'Program' : 'Provider'} · {provider.families.map((f) => labels.value('family', f)).join(', ')}</p>
      <h1 id="detail-title">
        {provider.name}
        {provider.acronym ? <span className="muted"> ({provider.acronym})</span> : null}
      </h1>
      <StatusNotice status={provider.status} />
      <p className="lead">{provider.description}</p>

      <div className="detail__grid">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">At a glance</h2>
          <dl className="facts">
            {provider.organisations.length > 0 ? (
              <>
                <dt>Operated by</dt>
                <dd>{provider.organisations.join('; ')}</dd>
              </>
            ) : null}
            {parent ? (
              <>
                <dt>Part of</dt>
                <dd>
                  <Link to={detailPath('providers', parent.id)}>{parent.name}</Link>
                </dd>
              </>
            ) : null}
            <dt>Funding office</dt>
            <dd>
              <TermList facet="funder" ids={provider.fundingOffices} labels={labels} />
            </dd>
            <dt>Audiences</dt>
            <dd>
              <TermList facet="audience" ids={provider.audiences} labels={labels} />
            </dd>
            <dt>Formats</dt>
            <dd>
              <TermList facet="format" ids={provider.formats} labels={labels} />
            </dd>
            <dt>Cost</dt>
            <dd>{labels.value('cost', provider.cost)}</dd>
            <dt>Topics</dt>
            <dd>
              <TermList facet="topic" ids={provider.topics} labels={labels} />
            </dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="contact-title">
          <h2 id="contact-title">How to request and contact</h2>
          {provider.howToRequest ? <p>{provider.howToRequest}</p> : <p className="muted">The sources do not describe a request process.</p>}
          <dl className="facts">
            {provider.website ? (
              <>
                <dt>Website</dt>
                <dd>
                  <ExternalLink href={provider.website} />
                </dd>
              </>
            ) : null}
            {contact?.phone ? (
              <>
                <dt>Phone</dt>
                <dd>{contact.phone}</dd>
              </>
            ) : null}
            {contact?.email ? (
              <>
                <dt>Email</dt>
                <dd>{contact.email}</dd>
              </>
            ) : null}
            {contact?.url ? (
              <>
                <dt>Contact page</dt>
                <dd>
                  <ExternalLink href={contact.url} />
                </dd>
              </>
            ) : null}
            {contact?.text ? (
              <>
                <dt>Note</dt>
                <dd>{contact.text}</dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>

      {provider.keyFacts.length > 0 ? (
        <section className="card" aria-labelledby="keyfacts-title">
          <h2 id="keyfacts-title">Key facts</h2>
          <ul className="keyfacts">
            {provider.keyFacts.map((fact) => (
              <li key={fact.text}>
                {fact.text} <span className="muted">(as of {fact.asOf}{fact.verified === false ? '; not confirmed by a second source' : ''})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {programs.length > 0 ? (
        <section className="card" aria-labelledby="programs-title">
          <h2 id="programs-title">Programs and providers under it ({programs.length})</h2>
          <ul className="linklist">
            {programs.map((p) => (
              <li key={p.id}>
                <Link to={detailPath('providers', p.id)}>{p.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="trainings-title">
        <h2 id="trainings-title">Trainings ({trainings.length})</h2>
        {trainings.length === 0 ? (
          <p className="muted">No individual trainings of this provider are in the catalogue.</p>
        ) : (
          <ul className="linklist">
            {trainings.map((t) => (
              <li key={t.id}>
                <Link to={detailPath('trainings', t.id)}>{t.title}</Link>
                {t.status !== 'active' ? <span className="muted"> · {labels.value('status', t.status)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Sources sources={provider.sources} lastVerified={provider.lastVerified} />
    </article>
  );
}
