import { useState } from 'react';
import { exportCertificates, exportRecords } from './team-actions';
import { notifyError } from '../../app/notice-store';

/** Asks where to save and writes the records as CSV, or their certificates as a ZIP (all, or one member's). */
export function ExportButton({ id, label, memberId, what = 'records' }: { id?: string; label: string; memberId?: string; what?: 'records' | 'certificates' }) {
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
          await (what === 'certificates' ? exportCertificates(memberId) : exportRecords(memberId));
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
