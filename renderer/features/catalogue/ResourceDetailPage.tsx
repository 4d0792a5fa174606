import { useParams } from 'react-router';
import { DataGate } from '../../app/DataGate';
import type { LoadedCatalogue } from './catalogue-store';
import { TermList } from './TermList';
import { Sources } from './Sources';
import { StatusNotice } from './StatusNotice';
import { BackToResults } from './BackToResults';
import { ExternalLink } from '../../components/ExternalLink';
import { RecordNotFound } from './RecordNotFound';

export function ResourceDetailPage() {
  const { id = '' } = useParams();
  return <DataGate>{(loaded) => <ResourceDetail loaded={loaded} id={id} />}</DataGate>;
}

function ResourceDetail({ loaded, id }: { loaded: LoadedCatalogue; id: string }) {
  const resource = loaded.resources.get(id);
  if (!resource) return <RecordNotFound kind="resource" id={id} />;
  const { labels } = loaded;
  return (
    <article className="page detail" aria-labelledby="detail-title">
      <BackToResults />
      <p className="eyebrow">
        {labels.value('kind', resource.kind)} · {resource.publisher}
        {resource.date ? ` · ${resource.date}` : ''}
      </p>
      <h1 id="detail-title">{resource.title}</h1>
      <StatusNotice status={resource.status} />
      <p className="lead">{resource.description}</p>
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">At a glance</h2>
        <dl className="facts">
          <dt>Program families</dt>
          <dd>
            <TermList facet="family" ids={resource.families} labels={labels} />
          </dd>
          <dt>Audiences</dt>
          <dd>
            <TermList facet="audience" ids={resource.audiences} labels={labels} />
          </dd>
          <dt>Topics</dt>
          <dd>
            <TermList facet="topic" ids={resource.topics} labels={labels} />
          </dd>
          {resource.link ? (
            <>
              <dt>Official page</dt>
              <dd>
                <ExternalLink href={resource.link} />
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <Sources sources={resource.sources} lastVerified={resource.lastVerified} />
    </article>
  );
}
