import { useState } from 'react';
import type { PlanExportFormat } from '../../../shared/contract/plan-channels';
import { errorMessage } from '../../app/errors';
import { PlainExportNote } from '../../components/PlainExportNote';
import { exportPlan } from './plans-actions';

const formats: { format: PlanExportFormat; label: string }[] = [
  { format: 'pdf', label: 'Export PDF' },
  { format: 'csv', label: 'Export CSV' },
  { format: 'ics', label: 'Export to calendar' },
];

/** Each export asks where to save; a cancelled dialog just leaves things as they were. */
export function ExportButtons({ planId }: { planId: string }) {
  const [busy, setBusy] = useState<PlanExportFormat | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(format: PlanExportFormat) {
    setBusy(format);
    setResult(null);
    try {
      const savedTo = await exportPlan(planId, format);
      setResult(savedTo ? { ok: true, text: `Saved ${savedTo}` } : null);
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons">
      <div className="button-row">
        {formats.map((f) => (
          <button key={f.format} type="button" className="button" onClick={() => void run(f.format)} disabled={busy !== null} aria-busy={busy === f.format}>
            {f.label}
          </button>
        ))}
      </div>
      <PlainExportNote />
      <p role="status" className={result && !result.ok ? 'export-status export-status--error' : 'export-status'} data-testid="export-status">
        {result?.text ?? ''}
      </p>
    </div>
  );
}
