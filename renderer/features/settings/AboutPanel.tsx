import type { AppInfo } from '../../../shared/model/app-info';

/** Versions and where data lives: what IT support asks for first. */
export function AboutPanel({ info }: { info: AppInfo }) {
  const runtime = Object.entries(info.runtime);
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">About</h2>
      <dl className="facts">
        <dt>App version</dt>
        <dd data-testid="app-version">
          {info.appName} {info.appVersion}
        </dd>
        <dt>Catalogue</dt>
        <dd data-testid="catalogue-version">
          version {info.catalogue.version} of {info.catalogue.date} ({info.catalogue.origin === 'bundled' ? 'bundled with the app' : 'imported'})
        </dd>
        {runtime.map(([name, version]) => (
          <div key={name} className="facts__row">
            <dt>{name}</dt>
            <dd>{version}</dd>
          </div>
        ))}
        <dt>Data folder</dt>
        <dd>
          <code className="path" data-testid="data-folder">
            {info.dataFolder}
          </code>
        </dd>
        <dt>Data file</dt>
        <dd>
          <code className="path">{info.dataFile}</code>
        </dd>
        <dt>License</dt>
        <dd>{info.license}</dd>
      </dl>
    </section>
  );
}
