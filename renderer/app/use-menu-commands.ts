import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/menu-commands';
import { onMenuCommand } from './tta';

/** Runs the commands the native menu sends (File, View, Help, …) while the app frame is shown. */
export function useMenuCommands(run: (command: MenuCommand) => void): void {
  useEffect(() => onMenuCommand(run), [run]);
}
