import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/model/passphrase';
import { ActionStatusView } from '../../components/ActionStatusView';
import { Field } from '../../components/Field';
import { useActionStatus } from '../../components/use-action-status';
import { restoreDataFile, saveDataFile } from './settings-actions';

/** The form's own check, before any dialog: the same rule as the channel's schema. */
function passphraseProblem(passphrase: string, confirm: string): { passphrase?: string; confirm?: string } {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { passphrase: `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.` };
  if (passphrase !== confirm) return { confirm: 'The two passphrases are not the same.' };
  return {};
}

/**
 * Save all user data to one file encrypted under a passphrase the user chooses, or restore from
 * such a file (opened and validated in full before anything changes).
 */
export function DataTransferPanel() {
  const [status, run] = useActionStatus();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const [problems, setProblems] = useState<{ passphrase?: string; confirm?: string }>({});

  const backup = () => {
    const found = passphraseProblem(passphrase, confirm);
    setProblems(found);
    if (found.passphrase || found.confirm) return;
    void run(async () => {
      const text = await saveDataFile(passphrase);
      if (text !== null) {
        setPassphrase('');
        setConfirm('');
      }
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
      <form
        className="form"
        aria-labelledby="data-backup-title"
        onSubmit={(event) => {
          event.preventDefault();
          backup();
        }}
        noValidate
      >
        <h3 id="data-backup-title">Save a backup</h3>
        <Field id="backup-passphrase" label="Passphrase for the backup file" hint={`At least ${MIN_PASSPHRASE_LENGTH} characters; a few unrelated words work well.`} error={problems.passphrase} required>
          {(aria) => <input {...aria} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
        </Field>
        <Field id="backup-passphrase-confirm" label="Type the passphrase again" error={problems.confirm} required>
          {(aria) => <input {...aria} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Save a backup…
          </button>
        </div>
      </form>
      <form
        className="form"
        aria-labelledby="data-restore-title"
        onSubmit={(event) => {
          event.preventDefault();
          restore();
        }}
        noValidate
      >
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
      </form>
      <ActionStatusView status={status} testId="data-transfer-status" />
    </section>
  );
}
