// The native application menu: the template and its command routing are pure (menu-template.ts,
// menu-actions.ts); this file only hands them to Electron.
import { Menu, app, shell, type BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/menu-commands';
import { isMainCommand, withCommandHandlers } from './menu-actions';
import { buildMenuTemplate } from './menu-template';

export function installAppMenu(options: { isDev: boolean; getWindow: () => BrowserWindow | null }): void {
  const template = buildMenuTemplate({ platform: process.platform, isDev: options.isDev, appName: app.name });
  const menu = Menu.buildFromTemplate(
    withCommandHandlers(template, (command) => {
      if (isMainCommand(command)) {
        // The only main-side command: show the data folder in Explorer / Finder / the file manager.
        void shell.openPath(app.getPath('userData')).then((error) => {
          if (error) console.error(`Could not open the data folder: ${error}`);
        });
        return;
      }
      // Everything else is the renderer's to do (navigate, focus, change theme); it gets only the id.
      options.getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
    }),
  );
  Menu.setApplicationMenu(menu);
}
