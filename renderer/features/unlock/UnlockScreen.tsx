import { useEffect, useRef, useState } from 'react';
import type { UnlockResult, UnlockStatus } from '../../../shared/model/data-key';
import { errorMessage } from '../../app/errors';
import { useTheme } from '../../app/use-theme';
import { Field } from '../../components/Field';
import { ForgottenPassphrase } from './ForgottenPassphrase';
import { PassphrasePair } from '../../components/PassphrasePair';
import { usePassphrasePair } from '../../components/use-passphrase-pair';
import { SubmitForm } from '../../components/SubmitForm';
import { createPassphrase, openWithPassphrase } from './unlock-actions';

type Locked = Exclude<UnlockStatus, { state: 'open' }>;

/**
 * Shown instead of the app where the computer has no keyring (Linux without GNOME Keyring or
 * KWallet): on the first start a passphrase is chosen, later it is typed. The app's own screens
 * appear once the main side says the data is open; until then their requests wait there.
 */
export function UnlockScreen({ status, onOpened }: { status: Locked; onOpened: () => void }) {
  // Settings are not readable yet: follow the system's light or dark.
  useTheme(undefined);
  return (
    <main className="unlock page" aria-labelledby="unlock-title">
      {status.state === 'new-passphrase' ? <ChoosePassphrase status={status} onOpened={onOpened} /> : <TypePassphrase status={status} onOpened={onOpened} />}
    </main>
  );
}

function ChoosePassphrase({ status, onOpened }: { status: Extract<Locked, { state: 'new-passphrase' }>; onOpened: () => void }) {
  const pair = usePassphrasePair();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!pair.check()) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await createPassphrase(pair.passphrase);
      if (result.opened) onOpened();
      else setFailure(result.message);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1 id="unlock-title">Choose a passphrase for your data</h1>
      <p>
        TTA Navigator keeps your team’s names, agencies and training records encrypted on this computer. On most computers the system keyring
        holds the key to them, but this computer has no system keyring, so a passphrase you choose protects them instead. You will type it each
        time you start TTA Navigator.
      </p>
      <SubmitForm labelledBy="unlock-title" className="form card" onSubmit={() => void submit()}>
        <PassphrasePair
          idPrefix="new"
          label="New passphrase"
          {...pair.fields}
        />
        <p className="muted">
          Write it down and keep it somewhere safe, away from this computer. If it is forgotten, the data cannot be opened without it.
        </p>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Protecting your data…' : 'Protect my data and start'}
          </button>
        </div>
        <div role="alert">{failure ? <p className="field__error">{failure}</p> : null}</div>
      </SubmitForm>
      <ForgottenPassphrase dataFolder={status.dataFolder} />
    </>
  );
}

function TypePassphrase({ status, onOpened }: { status: Extract<Locked, { state: 'locked' }>; onOpened: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [wait, setWait] = useState(status.retryInSeconds);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Counts the back-off down so the button comes back by itself; the main side enforces it anyway.
  useEffect(() => {
    if (wait <= 0) return;
    const timer = window.setTimeout(() => setWait((left) => left - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [wait]);
  const submit = async () => {
    setBusy(true);
    try {
      const result: UnlockResult = await openWithPassphrase(passphrase);
      if (result.opened) return onOpened();
      setRefusal(result.message);
      setWait(result.retryInSeconds);
      setPassphrase('');
      input.current?.focus();
    } catch (error) {
      setRefusal(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1 id="unlock-title">Type your passphrase</h1>
      <p>Your data on this computer is protected by the passphrase you chose, because this computer has no system keyring.</p>
      <SubmitForm labelledBy="unlock-title" className="form card" onSubmit={() => void submit()}>
        <Field id="unlock-passphrase" label="Passphrase" error={refusal ?? undefined} required>
          {(aria) => <input {...aria} ref={input} type="password" autoComplete="current-password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
        </Field>
        <p role="status" className="muted">
          {wait > 0 ? `You can try again in ${wait} second${wait === 1 ? '' : 's'}.` : ''}
        </p>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy || wait > 0 || passphrase === ''}>
            {busy ? 'Opening…' : 'Open my data'}
          </button>
        </div>
      </SubmitForm>
      <ForgottenPassphrase dataFolder={status.dataFolder} />
    </>
  );
}
