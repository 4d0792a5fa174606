import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/menu-commands';
import { acceleratorFor, shortcuts, type ShortcutRole } from '../../shared/shortcuts';

/** Commands the main process runs itself instead of sending them to the renderer. */
export const mainCommands = ['open-data-folder'] as const;
export type MainCommand = (typeof mainCommands)[number];
export type MenuItemCommand = MenuCommand | MainCommand;

export interface MenuTemplateInput {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * A custom item is named by its command id in `id`; menu.ts attaches the click
 * handler, so the template stays plain data the tests can read.
 */
function command(id: MenuItemCommand, label: string): MenuItemConstructorOptions {
  const accelerator = id === 'open-data-folder' ? undefined : acceleratorFor({ command: id });
  return { id, label, ...(accelerator ? { accelerator } : {}) };
}

function zoom(role: ShortcutRole, label: string): MenuItemConstructorOptions {
  const accelerator = acceleratorFor({ role });
  return { role, label, ...(accelerator ? { accelerator } : {}) };
}

/** The screens of shared/shortcuts.ts ("Go to" group), in order. Settings is left out: it has its own place. */
function screenItems(): MenuItemConstructorOptions[] {
  return shortcuts
    .filter((s) => s.group === 'Go to' && s.command !== undefined && s.command !== 'go-settings')
    .map((s) => command(s.command!, s.description));
}

/** "&File" underlines F for Alt+F on Windows and Linux; macOS menus have no mnemonics. */
const mnemonic = (label: string, isMac: boolean) => (isMac ? label.replace('&', '') : label);

/** The application menu, as Electron's Menu.buildFromTemplate takes it. Pure: no Electron at run time. */
export function buildMenuTemplate({ platform, isDev, appName }: MenuTemplateInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';

  // macOS convention: About, Settings and Quit live in the menu named after the app.
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      command('show-about', `About ${appName}`),
      separator,
      command('go-settings', 'Settings…'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: mnemonic('&File', isMac),
    submenu: [
      command('import-completions', 'Import Completions…'),
      command('import-catalogue', 'Import Catalogue…'),
      command('export-records', 'Export Records…'),
      separator,
      command('backup-data', 'Back Up Data…'),
      command('restore-backup', 'Restore from Backup…'),
      ...(isMac ? [] : [separator, command('go-settings', 'Settings…'), separator, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: mnemonic('&Edit', isMac),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      command('find', 'Find in Catalogue…'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: mnemonic('&View', isMac),
    submenu: [
      ...screenItems(),
      separator,
      {
        label: 'Theme',
        submenu: [command('theme-system', 'Follow the System'), command('theme-light', 'Light'), command('theme-dark', 'Dark')],
      },
      separator,
      zoom('resetZoom', 'Actual Size'),
      zoom('zoomIn', 'Zoom In'),
      zoom('zoomOut', 'Zoom Out'),
      separator,
      { role: 'togglefullscreen' },
      // Reload would drop unsaved form input and DevTools open the app to inspection: development only.
      ...(isDev ? [separator, { role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: mnemonic('&Help', isMac),
    role: 'help',
    submenu: [
      command('show-shortcuts', 'Keyboard Shortcuts'),
      command('open-data-folder', 'Open Data Folder'),
      ...(isMac ? [] : [separator, command('show-about', `About ${appName}`)]),
    ],
  };

  return [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    helpMenu,
  ];
}
