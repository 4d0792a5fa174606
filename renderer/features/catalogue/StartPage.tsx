import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { DataGate } from '../../app/DataGate';
import type { LoadedCatalogue } from './catalogue-store';
import { emptyQuery } from '../../../shared/catalogue/query-url';
import { plural } from '../../components/format-count';
import { useAfterPaint } from '../../components/use-after-paint';

// Loaded after the first paint: the Start screen's own content does not wait for the compliance figures.
const DueFigures = lazy(() => import('../compliance/DueFigures').then((m) => ({ default: m.DueFigures })));

/** Audiences most coordinators plan for, shown first; the rest follow by size. */
const MAIN_AUDIENCES = ['law-enforcement', 'prosecutors', 'forensic-interviewers', 'victim-service-providers', 'multidisciplinary-teams', 'telecommunicators', 'task-force-leadership', 'tribal'];


export function StartPage() {
  return <DataGate>{(loaded) => <StartView loaded={loaded} />}</DataGate>;
}

function StartView({ loaded }: { loaded: LoadedCatalogue }) {
  const all = loaded.index.query(emptyQuery);
  const providerCounts = loaded.index.query({ ...emptyQuery, tab: 'providers' }).counts.family ?? new Map<string, number>();
  const familyCounts = all.counts.family ?? new Map<string, number>();
  const audienceCounts = all.counts.audience ?? new Map<string, number>();
  const audiences = [...audienceCounts.keys()].sort((a, b) => {
    const ia = MAIN_AUDIENCES.indexOf(a);
    const ib = MAIN_AUDIENCES.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
    return (audienceCounts.get(b) ?? 0) - (audienceCounts.get(a) ?? 0);
  });
  const { meta } = loaded.catalogue;
  // The figures start after the first paint, so the first frame is the pre-rendered one
  // (shared/first-screen.ts), which has none.
  const painted = useAfterPaint();

  return (
    <div className="page start">
      <h1>Who are you planning for?</h1>
      <p className="lead">
        Pick a program or an audience to see the federally funded training and technical assistance that fits. {all.order.length} trainings from{' '}
        {loaded.catalogue.providers.length} providers and programs, sourced from public agency pages.
      </p>
      {painted ? (
        <Suspense fallback={null}>
          <DueFigures />
        </Suspense>
      ) : null}

      <section aria-labelledby="families-title">
        <h2 id="families-title">By program</h2>
        <ul className="tiles">
          {loaded.catalogue.families.map((f) => (
            <li key={f.id}>
              <Link className="tile" to={`/catalogue?family=${encodeURIComponent(f.id)}`}>
                <span className="tile__code">{f.code}</span>
                <span className="tile__label">{f.label}</span>
                <span className="tile__count">
                  {plural(familyCounts.get(f.id) ?? 0, 'training')} · {plural(providerCounts.get(f.id) ?? 0, 'provider')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="audiences-title">
        <h2 id="audiences-title">By audience</h2>
        <ul className="tiles tiles--compact">
          {audiences.map((a) => (
            <li key={a}>
              <Link className="tile" to={`/catalogue?audience=${encodeURIComponent(a)}`} title={loaded.labels.meaning('audience', a)}>
                <span className="tile__label">{loaded.labels.value('audience', a)}</span>
                <span className="tile__count">{plural(audienceCounts.get(a) ?? 0, 'training')}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p className="muted">
        Catalogue {meta.version} of {meta.date}. Every record links to its sources; check the official page before you rely on dates or costs.
      </p>
    </div>
  );
}
