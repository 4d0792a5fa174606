import { useState } from 'react';
import { ActionStatusView } from '../../components/ActionStatusView';
import { Field } from '../../components/Field';
import { PassphrasePair } from '../../components/PassphrasePair';
import { SubmitForm } from '../../components/SubmitForm';
import { useActionStatus } from '../../components/use-action-status';
import { usePassphrasePair } from '../../components/use-passphrase-pair';
import { receiveChanges, shareChanges } from './sharing-actions';

/** Without a server: Share changes… to a file encrypted with a passphrase, Receive changes… from one. */
export function ExchangeFileForms() {
  const [status, run] = useActionStatus();
  const pair = usePassphrasePair();
  const [partner, setPartner] = useState('');
  const [everything, setEverything] = useState(false);
  const [receivePassphrase, setReceivePassphrase] = useState('');
  const [receiveProblem, setReceiveProblem] = useState<string | undefined>();
  const busy = status.kind === 'busy';

  const share = () => {
    if (!pair.check()) return;
    void run(async () => {
      const text = await shareChanges({ passphrase: pair.passphrase, partner, everything });
      if (text !== null) pair.clear();
      return text;
    });
  };
  const receive = () => {
    if (receivePassphrase === '') {
      setReceiveProblem('Enter the passphrase the other coordinator gave you.');
      return;
    }
    setReceiveProblem(undefined);
    void run(async () => {
      const text = await receiveChanges(receivePassphrase);
      if (text !== null) setReceivePassphrase('');
      return text;
    });
  };

  return (
    <div className="sharing__files">
      <h3 id="sharing-files-title">Share by file</h3>
      <p className="muted">
        Without a server, pass a file: it holds the changes the other coordinator does not have yet, encrypted with a passphrase you tell them
        another way.
      </p>
      <SubmitForm labelledBy="share-file-title" onSubmit={share}>
        <h4 id="share-file-title">Share changes</h4>
        <Field id="share-partner" label="Who the file is for" hint="Their name or agency. The next file for them then holds only what changed since this one.">
          {(aria) => <input {...aria} maxLength={100} value={partner} onChange={(e) => setPartner(e.target.value)} />}
        </Field>
        <label className="check">
          <input type="checkbox" checked={everything} onChange={(e) => setEverything(e.target.checked)} />
          Include every shared record, not only what changed (for someone starting out, or after a lost file)
        </label>
        <PassphrasePair
          idPrefix="share"
          label="Passphrase for the file"
          confirmLabel="Type the passphrase again"
          {...pair.fields}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Share changes…
          </button>
        </div>
      </SubmitForm>
      <SubmitForm labelledBy="receive-file-title" onSubmit={receive}>
        <h4 id="receive-file-title">Receive changes</h4>
        <p className="muted">The whole file is checked first. A wrong passphrase changes nothing; a record changed on both sides is kept in both versions for you to choose.</p>
        <Field id="receive-passphrase" label="Passphrase of the file" error={receiveProblem} required>
          {(aria) => <input {...aria} type="password" autoComplete="off" value={receivePassphrase} onChange={(e) => setReceivePassphrase(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Receive changes…
          </button>
        </div>
      </SubmitForm>
      <ActionStatusView status={status} testId="exchange-file-status" />
    </div>
  );
}
