import { useState } from 'react';
import { errorText, usePlansStore } from './plans-store';

/** The outcome of the last action, read out by screen readers, with Undo when it can be undone. */
export function NoticeBar() {
  const notice = usePlansStore((s) => s.notice);
  const error = usePlansStore((s) => s.error);
  const setNotice = usePlansStore((s) => s.setNotice);
  const setError = usePlansStore((s) => s.setError);
  const [busy, setBusy] = useState(false);

  async function undo() {
    if (!notice?.undo) return;
    setBusy(true);
    try {
      await notice.undo();
      setNotice({ text: 'Undone.' });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="plan-notice" role="status" aria-live="polite">
        {notice ? (
          <>
            <span>{notice.text}</span>
            {notice.undo ? (
              <button type="button" className="button" onClick={() => void undo()} disabled={busy}>
                Undo
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}
