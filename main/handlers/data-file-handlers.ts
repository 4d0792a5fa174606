import type { dataFileChannels } from '../../shared/contract/data-file-channels';
import { localIsoDate } from '../../shared/util/dates';
import type { ApiServices } from '../api-services';
import { exportUserData, restoreUserData } from '../services/user-data-backup';
import { writeFileDurable } from '../services/durable-file';
import { UserFacingError } from '../services/user-facing-error';
import type { HandlersFor } from './handler-types';

const filters = [{ name: 'TTA Navigator backup', extensions: ['json'] }];

export function createDataFileHandlers(services: ApiServices): HandlersFor<typeof dataFileChannels> {
  const { store } = services;
  return {
    async dataFileExport() {
      const path = await services.dialogs.chooseSaveFile({
        title: 'Save a backup of all your data',
        defaultName: `tta-navigator-backup-${localIsoDate(services.now())}.json`,
        filters,
      });
      if (!path) return { savedTo: null };
      await exportUserData(store.data(), path);
      return { savedTo: path };
    },
    async setAsideExport() {
      const bytes = await store.readSetAside();
      if (!bytes) throw new UserFacingError('There are no set-aside records to export.');
      const path = await services.dialogs.chooseSaveFile({
        title: 'Export the records that were set aside',
        defaultName: `tta-navigator-set-aside-${localIsoDate(services.now())}.json`,
        filters,
      });
      if (!path) return { savedTo: null };
      // Plain, for the user to read or fix: the side file itself may be encrypted at rest.
      await writeFileDurable(path, bytes);
      return { savedTo: path };
    },
    async dataSaveRetry() {
      return store.retrySaving();
    },
    async dataFileRestore() {
      const path = await services.dialogs.chooseOpenFile({ title: 'Restore all data from a backup file', filters });
      if (!path) return { restored: false };
      const outcome = await restoreUserData(store, path, services.heavy);
      return { restored: true, fileName: path.split(/[\\/]/).pop() ?? path, ...outcome };
    },
  };
}
