import type { DataProblem } from '../../../shared/model/app-info';
import { ActionStatusView } from '../../components/ActionStatusView';
import { useActionStatus } from '../../components/use-action-status';
import { SetAsideList } from './SetAsideList';
import { exportSetAside, restoreNewestAutomaticBackup } from './settings-actions';

/**
 * What happened to the data file at start. Records set aside: every other record was
 * loaded, so that data comes first; the list says which record, which field and why,
 * and the newest good backup is the second choice. A file that could not be used at all:
 * the newest good backup.
 */
export function DataProblemPanel({ problem }: { problem: DataProblem }) {
  const [status, run] = useActionStatus();
  const restore = () => void run(restoreNewestAutomaticBackup);
  const exportRecords = () => void run(exportSetAside);
  const salvaged = problem.kind === 'records-set-aside';
  const count = problem.setAsideCount ?? 0;

  return (
    <section id="data-problem" className="card card--warning" aria-labelledby="data-problem-title">
      <h2 id="data-problem-title">{salvaged ? 'Some records could not be used' : 'Your data file could not be opened'}</h2>
      {salvaged ? (
        <>
          <p>
            {count === 1 ? '1 record' : `${count} records`} in your data file could not be used and {count === 1 ? 'was' : 'were'} set aside. Everything
            else was loaded and you can keep working.
          </p>
          <SetAsideList problem={problem} />
          <p>
            The file as it was is kept, untouched, at <code className="path">{problem.quarantinedPath}</code>
            {problem.setAsidePath ? (
              <>
                , and the set-aside records at <code className="path">{problem.setAsidePath}</code>
              </>
            ) : null}
            .
          </p>
          {problem.setAsidePath ? (
            <p>
              <button type="button" className="button button--primary" onClick={exportRecords} disabled={status.kind === 'busy'}>
                Export the set-aside records…
              </button>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p>{problem.message}</p>
          <p>
            The damaged file was kept, untouched, at <code className="path">{problem.quarantinedPath}</code>. The app started with empty
            data so you can keep working.
          </p>
        </>
      )}
      {problem.restorableBackup ? (
        <p>
          {salvaged ? <span>Or go back to an earlier state: </span> : null}
          <button type="button" className={salvaged ? 'button' : 'button button--primary'} onClick={restore} disabled={status.kind === 'busy'}>
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
