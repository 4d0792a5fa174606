import { useState } from 'react';
import { errorDetails, errorMessage } from '../app/errors';

export type ActionStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string; details: string[] };

/**
 * The state of a panel's one action (import, restore, save a file): busy while it
 * runs, then what it did, or why it failed; a cancelled dialog (null) leaves no trace.
 * ActionStatusView shows it inside the panel, next to the button that started it.
 */
export function useActionStatus(): [ActionStatus, (work: () => Promise<string | null>) => Promise<void>] {
  const [status, setStatus] = useState<ActionStatus>({ kind: 'idle' });
  async function run(work: () => Promise<string | null>) {
    setStatus({ kind: 'busy' });
    try {
      const text = await work();
      setStatus(text === null ? { kind: 'idle' } : { kind: 'done', text });
    } catch (error) {
      setStatus({ kind: 'failed', text: errorMessage(error), details: errorDetails(error) });
    }
  }
  return [status, run];
}
