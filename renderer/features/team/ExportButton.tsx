import { useState } from 'react';
import { exportRecords } from './team-actions';
import { notifyError } from '../../app/notice-store';

/** Asks where to save and writes the records as CSV (all, or one member's). */
export function ExportButton({ id, label, memberId }: { id?: string; label: string; memberId?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      id={id}
      type="button"
      className="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await exportRecords(memberId);
        } catch (error) {
          notifyError(error);
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? 'Exporting…' : label}
    </button>
  );
}
