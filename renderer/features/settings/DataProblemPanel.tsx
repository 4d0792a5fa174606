import type { DataProblem } from '../../../shared/model/app-info';
import { ActionStatusView } from '../../components/ActionStatusView';
import { useActionStatus } from '../../components/use-action-status';
import { restoreNewestAutomaticBackup } from './settings-actions';

/** Explains a quarantined data file and offers the newest good automatic backup. */
export function DataProblemPanel({ problem }: { problem: DataProblem }) {
  const [status, run] = useActionStatus();
  const restore = () => void run(restoreNewestAutomaticBackup);

  return (
    <section id="data-problem" className="card card--warning" aria-labelledby="data-problem-title">
      <h2 id="data-problem-title">Your data file could not be opened</h2>
      <p>{problem.message}</p>
      <p>
        The damaged file was kept, untouched, at <code className="path">{problem.quarantinedPath}</code>. The app started with empty
        data so you can keep working.
      </p>
      {problem.restorableBackup ? (
        <p>
          <button type="button" className="button button--primary" onClick={restore} disabled={status.kind === 'busy'}>
            Restore the newest good backup
          </button>{' '}
          <span className="muted">({problem.restorableBackup})</span>
        </p>
      ) : (
        <p>No backup that can be restored was found.</p>
      )}
      <ActionStatusView status={status} />
    </section>
  );
}
