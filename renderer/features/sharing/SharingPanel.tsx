import { Link } from 'react-router';
import { plural } from '../../components/format-count';
import { CoordinatorNameForm } from './CoordinatorNameForm';
import { ExchangeFileForms } from './ExchangeFileForms';
import { ServerConnection } from './ServerConnection';
import { SetAsideChanges } from './SetAsideChanges';
import { useSharingStore } from './sharing-store';

/** Settings › Sharing: who you are, the server, the exchange file, records with two versions, changes set aside. */
export function SharingPanel() {
  const status = useSharingStore((s) => s.status);
  const setAside = useSharingStore((s) => s.setAside);
  const error = useSharingStore((s) => s.error);

  return (
    <section className="card sharing" aria-labelledby="sharing-title">
      <h2 id="sharing-title">Sharing</h2>
      <p>
        Share your task force’s team members, training records, plans, requirement profiles, curricula and deliveries with the other
        coordinators, through a server or by file. Your settings (such as the theme and reminders) and the window stay on this computer.
      </p>
      {status === null ? (
        error ? (
          <div className="banner banner--error" role="alert">
            Sharing is not available: {error}
          </div>
        ) : (
          <p aria-busy="true">Loading…</p>
        )
      ) : (
        <>
          {status.conflicts > 0 ? (
            <div className="banner banner--warning" data-testid="sharing-conflicts">
              {plural(status.conflicts, 'record')} {status.conflicts === 1 ? 'has' : 'have'} more than one version.{' '}
              <Link to="/conflicts">Choose which to keep</Link>
            </div>
          ) : null}
          <CoordinatorNameForm current={status.coordinatorName} />
          {status.coordinatorName ? (
            <>
              <ServerConnection status={status} />
              <ExchangeFileForms />
              <SetAsideChanges count={status.setAside} versions={setAside} />
            </>
          ) : (
            <p className="muted">Save your name first: then you can connect to a server or share by file.</p>
          )}
        </>
      )}
    </section>
  );
}
