import { ActionStatusView } from '../../components/ActionStatusView';
import { useActionStatus } from '../../components/use-action-status';
import { restoreDataFile, saveDataFile } from './settings-actions';

/** Save all user data to one JSON file, or restore from one (validated in full before anything changes). */
export function DataTransferPanel() {
  const [status, run] = useActionStatus();
  const backup = () => run(saveDataFile);
  const restore = () => run(restoreDataFile);

  return (
    <section className="card" aria-labelledby="data-transfer-title">
      <h2 id="data-transfer-title">Backup and restore</h2>
      <p className="muted">
        Save everything (team members, completions, plans and settings) as one file you keep somewhere safe, or restore from such a file. A
        restore checks the whole file first and replaces your data only if all of it is valid; your current data is backed up before it is
        replaced.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void backup()} disabled={status.kind === 'busy'}>
          Save a backup…
        </button>
        <button type="button" className="button" onClick={() => void restore()} disabled={status.kind === 'busy'}>
          Restore from a backup…
        </button>
      </div>
      <ActionStatusView status={status} testId="data-transfer-status" />
    </section>
  );
}
