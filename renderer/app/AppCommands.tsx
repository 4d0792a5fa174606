import { useCommandRunner } from './use-command-runner';
import { useMenuCommands } from './use-menu-commands';
import { useShortcuts } from './use-shortcuts';

/**
 * Runs menu commands and keyboard shortcuts. A component of its own, rendering nothing,
 * so that following the location (the runner needs it) re-renders only this, not the frame.
 */
export function AppCommands() {
  const run = useCommandRunner();
  useShortcuts(run);
  useMenuCommands(run);
  return null;
}
