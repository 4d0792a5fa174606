import { screens } from './screens';

/**
 * Commands the native menu sends to the renderer, and that keyboard shortcuts run.
 * The list is closed: the preload forwards only these strings (see
 * main/electron/preload-api.ts) and the renderer maps each one to an action in
 * renderer/app/command-actions.ts. A screen's go-… command comes from shared/screens.ts.
 */
export const menuCommands = [
  ...screens.map((s) => s.command),
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
