import { useEffect, useState } from 'react';
import type { DataProtection } from '../../../shared/model/data-key';
import { ActionStatusView } from '../../components/ActionStatusView';
import { Field } from '../../components/Field';
import { useActionStatus } from '../../components/use-action-status';
import { ForgottenPassphrase } from '../unlock/ForgottenPassphrase';
import { PassphrasePair } from '../../components/PassphrasePair';
import { usePassphrasePair } from '../../components/use-passphrase-pair';
import { SubmitForm } from '../../components/SubmitForm';
import { changePassphrase, dataProtection } from '../unlock/unlock-actions';

/** What protects the key to the data on this computer; where it is a passphrase, the way to change it. */
export function DataProtectionPanel({ dataFolder }: { dataFolder: string }) {
  const [protection, setProtection] = useState<DataProtection | null>(null);
  useEffect(() => {
    let live = true;
    dataProtection().then(
      (found) => live && setProtection(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  // "none" is only the benchmarks' and screenshots' plain folder: the app always has a key.
  if (!protection || protection.protection === 'none') return null;
  return (
    <section className="card" aria-labelledby="data-protection-title">
      <h2 id="data-protection-title">Data protection</h2>
      <p>Your data is encrypted on this computer. The key that opens it is protected by {protection.description}.</p>
      {protection.protection === 'passphrase' ? <ChangePassphraseForm dataFolder={dataFolder} /> : null}
    </section>
  );
}

function ChangePassphraseForm({ dataFolder }: { dataFolder: string }) {
  const [status, run] = useActionStatus();
  const [current, setCurrent] = useState('');
  const [currentProblem, setCurrentProblem] = useState<string | undefined>();
  const pair = usePassphrasePair();
  const submit = () => {
    const missing = current === '' ? 'Type your current passphrase.' : undefined;
    setCurrentProblem(missing);
    // Both checks run so every problem shows at once.
    if (!pair.check() || missing) return;
    void run(async () => {
      const text = await changePassphrase(current, pair.passphrase);
      setCurrent('');
      pair.clear();
      return text;
    });
  };
  return (
    <>
      <SubmitForm labelledBy="change-passphrase-title" onSubmit={submit}>
        <h3 id="change-passphrase-title">Change the passphrase</h3>
        <Field id="current-passphrase" label="Current passphrase" error={currentProblem} required>
          {(aria) => <input {...aria} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
        </Field>
        <PassphrasePair idPrefix="changed" label="New passphrase" {...pair.fields} />
        <div className="button-row">
          <button type="submit" className="button" disabled={status.kind === 'busy'}>
            Change the passphrase
          </button>
        </div>
      </SubmitForm>
      <ActionStatusView status={status} testId="change-passphrase-status" />
      <ForgottenPassphrase dataFolder={dataFolder} />
    </>
  );
}
