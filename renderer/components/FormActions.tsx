import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A record form's buttons, the same on every form: Save (it reads "Saving…" and cannot be
 * pressed twice while the save runs) and, where the form can be left, Cancel — a link back
 * for a form on its own page, a button for one opened in place.
 */
export function FormActions({ busy, submitLabel, cancel, children }: { busy: boolean; submitLabel: string; cancel?: { to: string } | { onClick: () => void }; children?: ReactNode }) {
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Saving…' : submitLabel}
      </button>
      {cancel === undefined ? null : 'to' in cancel ? (
        <Link className="button" to={cancel.to}>
          Cancel
        </Link>
      ) : (
        <button type="button" className="button" onClick={cancel.onClick}>
          Cancel
        </button>
      )}
      {children}
    </div>
  );
}
