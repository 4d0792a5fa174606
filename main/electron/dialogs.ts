import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../api-services';

/** Native open/save dialogs, parented to the app window so they are modal to it. */
export function createElectronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseOpenFile({ title, filters }) {
      const win = getWindow();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveFile({ title, defaultName, filters }) {
      const win = getWindow();
      const options = { title, defaultPath: defaultName, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
