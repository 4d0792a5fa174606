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
import { AddToPlanButton } from '../plans/AddToPlanButton';

export function TrainingDetailPage() {
  const { id = '' } = useParams();
  return <DataGate>{(loaded) => <TrainingDetail loaded={loaded} id={id} />}</DataGate>;
}

function TrainingDetail({ loaded, id }: { loaded: LoadedCatalogue; id: string }) {
  const training = loaded.trainings.get(id);
  if (!training) return <RecordNotFound kind="training" id={id} />;
  const provider = loaded.providers.get(training.providerId);
  const { labels } = loaded;
  return (
    <article className="page detail" aria-labelledby="detail-title">
      <BackToResults />
      <p className="eyebrow">
        Training · {labels.value('family', training.family)} · {labels.value('status', training.status)}
      </p>
      <h1 id="detail-title">{training.title}</h1>
      <StatusNotice status={training.status} />
      <p className="lead">{training.description}</p>

      <div className="detail__grid">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">At a glance</h2>
          <dl className="facts">
            <dt>Provider</dt>
            <dd>{provider ? <Link to={detailPath('providers', provider.id)}>{provider.name}</Link> : training.providerId}</dd>
            <dt>Program family</dt>
            <dd>
              <TermList facet="family" ids={[training.family]} labels={labels} />
            </dd>
            <dt>Format</dt>
            <dd>
              <TermList facet="format" ids={training.formats} labels={labels} />
            </dd>
            <dt>Length</dt>
            <dd>{training.length ?? (training.hours ? `${training.hours} hours` : <span className="muted">Not stated</span>)}</dd>
            <dt>Cost</dt>
            <dd>{labels.value('cost', training.cost)}</dd>
            <dt>Audiences</dt>
            <dd>
              <TermList facet="audience" ids={training.audiences} labels={labels} />
            </dd>
            <dt>Topics</dt>
            <dd>
              <TermList facet="topic" ids={training.topics} labels={labels} />
            </dd>
          </dl>
          {training.notes ? <p className="muted">{training.notes}</p> : null}
        </section>

        <section className="card" aria-labelledby="request-title">
          <h2 id="request-title">How to take part</h2>
          <p>
            <Link className="button button--primary" to={`/team/record?training=${encodeURIComponent(training.id)}`}>
              Record completion
            </Link>{' '}
            <span className="muted">for members of your team who took it.</span>
          </p>
          {provider?.howToRequest ? <p>{provider.howToRequest}</p> : <p className="muted">The sources do not say how to request this training; contact the provider.</p>}
          {training.link ? (
            <p>
              <ExternalLink href={training.link}>Official page</ExternalLink>
            </p>
          ) : null}
          {provider?.website ? (
            <p>
              Provider website: <ExternalLink href={provider.website} />
            </p>
          ) : null}
          <AddToPlanButton trainingId={training.id} trainingTitle={training.title} />
        </section>
      </div>
      <Sources sources={training.sources} lastVerified={training.lastVerified} />
    </article>
  );
}
