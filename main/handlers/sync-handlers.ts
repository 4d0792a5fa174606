import type { syncChannels } from '../../shared/contract/sync-channels';
import { localIsoDate } from '../../shared/util/dates';
import type { ApiServices } from '../api-services';
import type { HandlersFor } from './handler-types';

const exchangeFilters = [{ name: 'TTA Navigator shared changes (encrypted)', extensions: ['ttachanges'] }];

export function createSyncHandlers(services: ApiServices): HandlersFor<typeof syncChannels> {
  const { sync } = services;
  return {
    syncStatus: () => sync.status(),
    syncCoordinatorSet: ({ name }) => sync.setCoordinator(name),
    syncConnect: ({ url, user, password }) => sync.connect({ url, user, password }),
    syncDisconnect: () => sync.disconnect(),
    syncNow: () => sync.syncNow(),
    async syncShareChanges({ passphrase, partner, everything }) {
      // Refuses before the dialog when sharing is not set up (no name yet).
      await sync.ensureReady();
      const path = await services.dialogs.chooseSaveFile({
        title: 'Save your changes for another coordinator',
        defaultName: `tta-navigator-changes-${localIsoDate(services.now())}.ttachanges`,
        filters: exchangeFilters,
      });
      if (!path) return { savedTo: null, documents: 0 };
      const documents = await sync.shareChanges(path, passphrase, partner ?? '', everything === true);
      return { savedTo: path, documents };
    },
    async syncReceiveChanges({ passphrase }) {
      await sync.ensureReady();
      const path = await services.dialogs.chooseOpenFile({ title: 'Receive changes from another coordinator', filters: exchangeFilters });
      if (!path) return { received: false };
      const outcome = await sync.receiveChanges(path, passphrase);
      return { received: true, fileName: path.split(/[\\/]/).pop() ?? path, ...outcome };
    },
    syncConflictsList: () => sync.conflicts(),
    async syncConflictResolve({ id, resolution, shownRevs }) {
      return { remaining: await sync.resolve(id, resolution, shownRevs) };
    },
    syncSetAsideList: async () => [...sync.setAside()],
  };
}
