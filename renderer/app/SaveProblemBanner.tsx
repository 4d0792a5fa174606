import { useState } from 'react';
import { useAppStore } from './app-store';
import { useSaveProblem } from './save-problem';
import { tta } from './tta';

/** Shown on every screen while changes cannot be saved; nothing in the app changed, so screens match the file. */
export function SaveProblemBanner() {
  const reported = useSaveProblem((s) => s.message);
  const atStart = useAppStore((s) => s.info?.saveProblem?.message);
  const refreshInfo = useAppStore((s) => s.refreshInfo);
  const [trying, setTrying] = useState(false);
  const [stillFailing, setStillFailing] = useState<string | null>(null);
  const message = reported ?? (atStart ? `Changes are not being saved: ${atStart}` : null);
  if (!message) return null;

  async function tryAgain() {
    setTrying(true);
    setStillFailing(null);
    try {
      const { reloaded } = await tta().dataSaveRetry();
      useSaveProblem.getState().clear();
      await refreshInfo();
      // The file on disk was read again: every screen must show it, not what it had before.
      if (reloaded) window.location.reload();
    } catch (error) {
      setStillFailing(error instanceof Error ? error.message : String(error));
    } finally {
      setTrying(false);
    }
  }

  return (
    <div className="banner banner--error" role="alert" aria-live="assertive">
      <strong>{stripTrailing(message)}.</strong> Nothing you change now is kept until this is fixed.{' '}
      <button type="button" onClick={() => void tryAgain()} disabled={trying}>
        {trying ? 'Trying…' : 'Try again'}
      </button>
      {stillFailing ? <p>Still not saved: {stillFailing}</p> : null}
    </div>
  );
}

/** The main side's message may already end with "Nothing you change now is kept…": show that sentence once. */
function stripTrailing(message: string): string {
  return message.replace(/\s*Nothing you change now is kept until this is fixed\.?$/, '').replace(/\.$/, '');
}
