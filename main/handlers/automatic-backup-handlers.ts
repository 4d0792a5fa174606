import type { automaticBackupChannels } from '../../shared/contract/automatic-backup-channels';
import type { ApiServices } from '../api-services';
import type { HandlersFor } from './handler-types';

export function createAutomaticBackupHandlers(services: ApiServices): HandlersFor<typeof automaticBackupChannels> {
  const { store } = services;
  return {
    async automaticBackupsList() {
      return store.listBackups();
    },
    async automaticBackupRestore(input) {
      return { restored: await store.restoreBackup(input.name) };
    },
  };
}
