import { useState } from 'react';
import { useToastStore } from './toast-store';

/** The team screens' message area: confirmations with Undo, and errors. Announced politely. */
export function ToastRegion() {
  const toast = useToastStore((s) => s.toast);
  const show = useToastStore((s) => s.show);
  const dismiss = useToastStore((s) => s.dismiss);
  const [busy, setBusy] = useState(false);

  async function undo() {
    if (!toast?.undo) return;
    setBusy(true);
    try {
      show({ message: await toast.undo(), tone: 'info' });
    } catch (error) {
      show({ message: `Could not undo: ${(error as Error).message}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div className={`toast toast--${toast.tone}`} data-testid="toast">
          <span className="toast__message">{toast.message}</span>
          {toast.undo ? (
            <button type="button" className="button button--small" onClick={() => void undo()} disabled={busy}>
              Undo
            </button>
          ) : null}
          <button type="button" className="button button--small button--quiet" onClick={() => dismiss(toast.id)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
