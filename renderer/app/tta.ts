import type { Client } from '../../shared/client';

declare global {
  interface Window {
    /** The typed API client, put here by the preload (Electron) or the e2e harness. */
    readonly tta: Client;
  }
}

/** The only way the renderer reaches the main process. */
export function tta(): Client {
  if (!window.tta) throw new Error('The TTA Navigator API is not available in this window.');
  return window.tta;
}
