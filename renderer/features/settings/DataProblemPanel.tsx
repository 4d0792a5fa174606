import { useState } from 'react';
import type { DataProblem } from '../../../shared/model/app-info';
import { tta } from '../../app/tta';
import { useAppStore } from '../../app/app-store';

/** Explains a quarantined data file and offers the newest good backup. */
export function DataProblemPanel({ problem }: { problem: DataProblem }) {
  const refreshInfo = useAppStore((s) => s.refreshInfo);
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'failed'; text?: string }>({ kind: 'idle' });

  async function restore() {
    setStatus({ kind: 'busy' });
    try {
      const { restored } = await tta().automaticBackupRestore({});
      setStatus({ kind: 'done', text: `Restored ${restored}.` });
      await useAppStore.getState().load();
    } catch (error) {
      setStatus({ kind: 'failed', text: (error as Error).message });
      await refreshInfo();
    }
  }

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
      {status.kind === 'failed' ? <p role="alert">Restore failed: {status.text}</p> : null}
    </section>
  );
}
