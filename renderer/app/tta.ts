import { clientFromBridge, type Bridge, type Client } from '../../shared/client';
import type { CommandSubscription, MenuCommand } from '../../shared/menu-commands';

declare global {
  interface Window {
    /** The contract's named functions and onCommand, put here by the preload (Electron) or the e2e harness. */
    readonly tta: Bridge & CommandSubscription;
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

/** Subscribes to the native menu's commands; returns the unsubscribe function. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  if (!window.tta) throw new Error('The TTA Navigator API is not available in this window.');
  return window.tta.onCommand(listener);
}
