import { clientFromBridge, type Bridge, type Client } from '../../shared/client';

declare global {
  interface Window {
    /** The contract's named functions, put here by the preload (Electron) or the e2e harness. */
    readonly tta: Bridge;
  }
}

let client: Client | null = null;

/** The only way the renderer reaches the main process: a typed client that throws ApiError. */
export function tta(): Client {
  if (!client) {
    if (!window.tta) throw new Error('The TTA Navigator API is not available in this window.');
    client = clientFromBridge(window.tta);
  }
  return client;
}
