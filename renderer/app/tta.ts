import { createClient, type Bridge, type Client, type Envelope } from '../../shared/client';
import { useSaveProblem } from './save-problem';
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
    const bridge = window.tta;
    client = createClient(async (name, input) => {
      const envelope = (await bridge[name](input)) as Envelope<unknown>;
      // Any refused save, from any screen, raises the one app-wide banner.
      if (!envelope.ok && envelope.error.code === 'not-saved') useSaveProblem.getState().report(envelope.error.message);
      return envelope;
    });
  }
  return client;
}

/** Subscribes to the native menu's commands; returns the unsubscribe function. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  if (!window.tta) throw new Error('The TTA Navigator API is not available in this window.');
  return window.tta.onCommand(listener);
}
