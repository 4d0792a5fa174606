import { useState } from 'react';
import { errorMessage } from '../app/errors';
import { PlainExportNote } from './PlainExportNote';

/**
 * A row of export buttons (PDF, CSV, calendar…) and the status line under them. Each
 * export asks where to save; a cancelled dialog (null) just leaves things as they were.
 */
export function ExportButtons<F extends string>({ formats, onExport }: { formats: readonly { format: F; label: string }[]; onExport: (format: F) => Promise<string | null> }) {
  const [busy, setBusy] = useState<F | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(format: F) {
    setBusy(format);
    setResult(null);
    try {
      const savedTo = await onExport(format);
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
