import { useEffect, useRef, useState } from 'react';
import type { ChangedMeanwhile } from '../app/changed-meanwhile';
import { errorMessage } from '../app/errors';

/**
 * Above an edit form whose save was refused as changed meanwhile: who changed the record and
 * when, each detail that differs, and the two ways on — keep the coordinator's own version
 * (saved over the other) or take the other (the form shows it). Takes focus so it is read out.
 */
export function ChangedMeanwhileNotice({ error, onKeepMine, onTakeTheirs }: { error: ChangedMeanwhile<unknown>; onKeepMine: () => Promise<void>; onTakeTheirs: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => ref.current?.focus(), [error]);
  async function keepMine() {
    setBusy(true);
    setFailed(null);
    try {
      await onKeepMine();
    } catch (e) {
      setFailed(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div ref={ref} className="banner banner--error form-errors" role="alert" tabIndex={-1} aria-labelledby="changed-meanwhile-title">
      <h2 className="form-errors__title" id="changed-meanwhile-title">
        Changed while you were editing
      </h2>
      <p>{error.message}</p>
      {error.details.length > 0 ? (
        <ul className="form-errors__details">
          {error.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      {failed ? <p>{failed}</p> : null}
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void keepMine()}>
          {busy ? 'Saving…' : 'Keep mine'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </div>
  );
}
