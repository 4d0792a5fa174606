import type { dataChannels } from '../../shared/contract/data-channels';
import { localIsoDate } from '../../shared/team/dates';
import { RejectedError, type ApiServices } from '../api-services';
import { BackupFileError, exportUserData, restoreUserData } from '../services/user-data-backup';
import type { HandlersFor } from './handler-types';

const filters = [{ name: 'TTA Navigator backup', extensions: ['json'] }];

export function createDataHandlers(services: ApiServices): HandlersFor<typeof dataChannels> {
  const { store } = services;
  return {
    async dataExport() {
      const path = await services.dialogs.chooseSaveFile({
        title: 'Save a backup of all your data',
        defaultName: `tta-navigator-backup-${localIsoDate(services.now())}.json`,
        filters,
      });
      if (!path) return { savedTo: null };
      await exportUserData(store.data(), path);
      return { savedTo: path };
    },
    async dataSaveRetry() {
      return store.retrySaving();
    },
    async dataRestore() {
      const path = await services.dialogs.chooseOpenFile({ title: 'Restore all data from a backup file', filters });
      if (!path) return { restored: false };
      try {
        const outcome = await restoreUserData(store, path);
        return { restored: true, fileName: path.split(/[\\/]/).pop() ?? path, ...outcome };
      } catch (error) {
        if (error instanceof BackupFileError) throw new RejectedError(`${error.message} Nothing was changed.`);
        throw error;
      }
    },
  };
}
