import { useState } from 'react';
import { ActionStatusView } from '../../components/ActionStatusView';
import { Field } from '../../components/Field';
import { PassphrasePair } from '../../components/PassphrasePair';
import { SubmitForm } from '../../components/SubmitForm';
import { useActionStatus } from '../../components/use-action-status';
import { usePassphrasePair } from '../../components/use-passphrase-pair';
import { restoreDataFile, saveDataFile } from './settings-actions';

/**
 * Save all user data to one file encrypted under a passphrase the user chooses, or restore from
 * such a file (opened and validated in full before anything changes).
 */
export function DataTransferPanel() {
  const [status, run] = useActionStatus();
  const pair = usePassphrasePair();
  const [restorePassphrase, setRestorePassphrase] = useState('');

  const backup = () => {
    if (!pair.check()) return;
    void run(async () => {
      const text = await saveDataFile(pair.passphrase);
      if (text !== null) pair.clear();
      return text;
    });
  };
  const restore = () =>
    void run(async () => {
      const text = await restoreDataFile(restorePassphrase);
      if (text !== null) setRestorePassphrase('');
      return text;
    });
  const busy = status.kind === 'busy';

  return (
    <section className="card" aria-labelledby="data-transfer-title">
      <h2 id="data-transfer-title">Backup and restore</h2>
      <p className="muted">
        Save everything (team members, completions, plans and settings) as one file you keep somewhere safe, or restore from such a file. The
        file is encrypted with a passphrase you choose: without it nobody can open the file, not even you, so write it down somewhere safe.
      </p>
      <SubmitForm labelledBy="data-backup-title" onSubmit={backup}>
        <h3 id="data-backup-title">Save a backup</h3>
        <PassphrasePair
          idPrefix="backup"
          label="Passphrase for the backup file"
          confirmLabel="Type the passphrase again"
          {...pair.fields}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Save a backup…
          </button>
        </div>
      </SubmitForm>
      <SubmitForm labelledBy="data-restore-title" onSubmit={restore}>
        <h3 id="data-restore-title">Restore from a backup</h3>
        <p className="muted">
          A restore checks the whole file first and replaces your data only if all of it is valid; your current data is backed up before it is
          replaced. A wrong passphrase changes nothing.
        </p>
        <Field id="restore-passphrase" label="Passphrase of the backup file" hint="Backups saved by earlier versions of TTA Navigator have none: leave this empty for them.">
          {(aria) => <input {...aria} type="password" autoComplete="off" value={restorePassphrase} onChange={(e) => setRestorePassphrase(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Restore from a backup…
          </button>
        </div>
      </SubmitForm>
      <ActionStatusView status={status} testId="data-transfer-status" />
    </section>
  );
}
