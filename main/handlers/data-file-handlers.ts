import type { dataFileChannels } from '../../shared/contract/data-file-channels';
import { localIsoDate } from '../../shared/util/dates';
import type { ApiServices } from '../api-services';
import { exportUserData, restoreUserData } from '../services/user-data-backup';
import { certificateFiles, referencedCertificates } from '../services/certificates/certificate-files';
import { writeFileDurable } from '../services/durable-file';
import { UserFacingError } from '../services/user-facing-error';
import type { HandlersFor } from './handler-types';

/** .ttabackup: encrypted under the user's passphrase; .json: plain backups of earlier versions, still restorable. */
const saveFilters = [{ name: 'TTA Navigator backup (encrypted)', extensions: ['ttabackup'] }];
const openFilters = [{ name: 'TTA Navigator backup', extensions: ['ttabackup', 'json'] }];

export function createDataFileHandlers(services: ApiServices): HandlersFor<typeof dataFileChannels> {
  const { store } = services;
  const certificates = certificateFiles(store.dir, services.dataFiles);
  return {
    async dataFileExport({ passphrase }) {
      const path = await services.dialogs.chooseSaveFile({
        title: 'Save an encrypted backup of all your data',
        defaultName: `tta-navigator-backup-${localIsoDate(services.now())}.ttabackup`,
        filters: saveFilters,
      });
      if (!path) return { savedTo: null };
      // The certificates the records name travel inside the backup (user-data-backup.ts).
      const data = store.data();
      const kept = new Map<string, Buffer>();
      for (const sha of referencedCertificates(data.completions)) {
        const bytes = await certificates.read(sha);
        if (bytes !== null) kept.set(sha, bytes);
      }
      await exportUserData(data, path, passphrase, undefined, kept);
      return { savedTo: path };
    },
    async setAsideExport() {
      const bytes = await store.readSetAside();
      if (!bytes) throw new UserFacingError('There are no set-aside records to export.');
      const path = await services.dialogs.chooseSaveFile({
        title: 'Export the records that were set aside',
        defaultName: `tta-navigator-set-aside-${localIsoDate(services.now())}.json`,
        filters: [{ name: 'Set-aside records', extensions: ['json'] }],
      });
      if (!path) return { savedTo: null };
      // Plain, for the user to read or fix: the side file itself may be encrypted at rest.
      await writeFileDurable(path, bytes);
      return { savedTo: path };
    },
    async dataSaveRetry() {
      return store.retrySaving();
    },
    async dataFileRestore(input) {
      const path = await services.dialogs.chooseOpenFile({ title: 'Restore all data from a backup file', filters: openFilters });
      if (!path) return { restored: false };
      const outcome = await restoreUserData(store, path, input?.passphrase, services.heavy, (bytes) => certificates.put(bytes));
      return { restored: true, fileName: path.split(/[\\/]/).pop() ?? path, ...outcome };
    },
  };
}
