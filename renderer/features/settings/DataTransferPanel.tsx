import { ErrorDetails } from '../../components/ErrorDetails';
import { plural } from '../../components/format-count';
import { useState } from 'react';
import { tta } from '../../app/tta';
import { useAppStore } from '../../app/app-store';
import { usePlansStore } from '../plans/plans-store';

type Status = { kind: 'idle' | 'busy' } | { kind: 'done' | 'failed'; text: string; details?: string[] };

/** Save all user data to one JSON file, or restore from one (validated in full before anything changes). */
export function DataTransferPanel() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function run(work: () => Promise<Status | null>) {
    setStatus({ kind: 'busy' });
    try {
      setStatus((await work()) ?? { kind: 'idle' });
    } catch (error) {
      const details = (error as { details?: string[] }).details;
      setStatus({ kind: 'failed', text: (error as Error).message, ...(details?.length ? { details } : {}) });
    }
  }

  const backup = () =>
    run(async () => {
      const { savedTo } = await tta().dataFileExport();
      return savedTo ? { kind: 'done', text: `Saved a backup of all your data to ${savedTo}.` } : null;
    });

  const restore = () =>
    run(async () => {
      const result = await tta().dataFileRestore();
      if (!result.restored) return null;
      usePlansStore.getState().reset();
      await useAppStore.getState().load();
      return {
        kind: 'done',
        text: `Restored ${plural(result.members, 'member')}, ${plural(result.completions, 'completion')} and ${plural(result.plans, 'plan')} from ${result.fileName}. The data you had before was kept as an automatic backup.`,
      };
    });

  return (
    <section className="card" aria-labelledby="data-transfer-title">
      <h2 id="data-transfer-title">Backup and restore</h2>
      <p className="muted">
        Save everything (team members, completions, plans and settings) as one file you keep somewhere safe, or restore from such a file. A
        restore checks the whole file first and replaces your data only if all of it is valid; your current data is backed up before it is
        replaced.
      </p>
      <div className="plan-actions">
        <button type="button" className="button" onClick={() => void backup()} disabled={status.kind === 'busy'}>
          Save a backup…
        </button>
        <button type="button" className="button" onClick={() => void restore()} disabled={status.kind === 'busy'}>
          Restore from a backup…
        </button>
      </div>
      <div role="status" data-testid="data-transfer-status">
        {status.kind === 'done' ? <p>{status.text}</p> : null}
      </div>
      {status.kind === 'failed' ? <ErrorDetails message={status.text} details={status.details} /> : null}
    </section>
  );
}
