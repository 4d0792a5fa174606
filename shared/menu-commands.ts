/**
 * Commands the native menu sends to the renderer, and that keyboard shortcuts run.
 * The list is closed: the preload forwards only these strings (see
 * main/electron/preload-api.ts) and the renderer maps each one to an action in
 * renderer/app/command-actions.ts. A new screen adds its go-… command here.
 */
export const menuCommands = [
  'go-start',
  'go-catalogue',
  'go-team',
  'go-progress',
  'go-plans',
  'go-compliance',
  'go-settings',
  'find',
  'import-completions',
  'import-catalogue',
  'export-records',
  'backup-data',
  'restore-backup',
  'theme-light',
  'theme-dark',
  'theme-system',
  'show-about',
  'show-shortcuts',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** The one main → renderer IPC channel. Distinct from the request/response channels (tta:<name>). */
export const MENU_COMMAND_CHANNEL = 'tta-menu:command';

/** What the preload adds to window.tta beside the typed client. */
export interface CommandSubscription {
  /** Calls listener with each menu command; returns the function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
