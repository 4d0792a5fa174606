import { useState } from 'react';
import { errorMessage } from '../../app/errors';

export interface ExportAction {
  label: string;
  /** Asks where to save and writes: the path, or null when the user cancelled. */
  run: () => Promise<string | null>;
}

/** A row of export buttons; each asks where to save, and a cancelled dialog leaves things as they were. */
export function ExportActions({ label, actions }: { label: string; actions: ExportAction[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(action: ExportAction) {
    setBusy(action.label);
    setResult(null);
    try {
      const savedTo = await action.run();
      setResult(savedTo ? { ok: true, text: `Saved ${savedTo}` } : null);
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons" role="group" aria-label={label}>
      <div className="button-row">
        {actions.map((a) => (
          <button key={a.label} type="button" className="button" onClick={() => void run(a)} disabled={busy !== null} aria-busy={busy === a.label}>
            {a.label}
          </button>
        ))}
      </div>
      <p role="status" className={result && !result.ok ? 'export-status export-status--error' : 'export-status'} data-testid="export-status">
        {result?.text ?? ''}
      </p>
    </div>
  );
}
