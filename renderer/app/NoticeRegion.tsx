import { useState } from 'react';
import { errorMessage } from './errors';
import { useNoticeStore } from './notice-store';

/** The app's message area, in the frame: confirmations with Undo, and errors. Announced politely. */
export function NoticeRegion() {
  const notice = useNoticeStore((s) => s.notice);
  const show = useNoticeStore((s) => s.show);
  const dismiss = useNoticeStore((s) => s.dismiss);
  const [busy, setBusy] = useState(false);

  async function undo() {
    if (!notice?.undo) return;
    setBusy(true);
    try {
      show({ message: await notice.undo(), tone: 'info' });
    } catch (error) {
      show({ message: `Could not undo: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="app-notice-region" role="status" aria-live="polite">
      {notice ? (
        <div className={`app-notice app-notice--${notice.tone}`} data-testid="toast">
          <span className="app-notice__message">{notice.message}</span>
          {notice.undo ? (
            <button type="button" className="button button--small" onClick={() => void undo()} disabled={busy}>
              Undo
            </button>
          ) : null}
          <button type="button" className="button button--small button--quiet" onClick={() => dismiss(notice.id)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
