import type { MenuItemConstructorOptions } from 'electron';
import { isMenuCommand } from '../../shared/menu-commands';
import { mainCommands, type MainCommand, type MenuItemCommand } from './menu-template';

export function isMainCommand(value: unknown): value is MainCommand {
  return typeof value === 'string' && (mainCommands as readonly string[]).includes(value);
}

function isMenuItemCommand(value: unknown): value is MenuItemCommand {
  return isMenuCommand(value) || isMainCommand(value);
}

/**
 * Gives every item named by a command id a click handler that runs that command;
 * role items and separators are left to Electron. Returns a new template.
 */
export function withCommandHandlers(
  template: readonly MenuItemConstructorOptions[],
  run: (command: MenuItemCommand) => void,
): MenuItemConstructorOptions[] {
  return template.map((item) => {
    const submenu = Array.isArray(item.submenu) ? { submenu: withCommandHandlers(item.submenu, run) } : {};
    const id = item.id;
    const click = isMenuItemCommand(id) ? { click: () => run(id) } : {};
    return { ...item, ...submenu, ...click };
  });
}
