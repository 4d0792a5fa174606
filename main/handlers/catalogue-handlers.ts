import type { catalogueChannels } from '../../shared/contract/catalogue-channels';
import { isHttpsUrl } from '../../shared/util/urls';
import type { ApiServices } from '../api-services';
import { referencedTrainingIds } from '../services/referenced-trainings';
import { UserFacingError } from '../services/user-facing-error';
import type { HandlersFor } from './handler-types';

export function createCatalogueHandlers(services: ApiServices): HandlersFor<typeof catalogueChannels> {
  const { store, catalogue } = services;
  return {
    async catalogueGet() {
      return catalogue.current();
    },
    async catalogueImport() {
      const path = await services.dialogs.chooseOpenFile({
        title: 'Import a newer catalogue',
        filters: [{ name: 'TTA Navigator catalogue', extensions: ['json'] }],
      });
      if (!path) return { imported: false };
      const outcome = await catalogue.importFile(path, referencedTrainingIds(store.data()));
      return { imported: true, ...outcome };
    },
    async catalogueRevert() {
      return catalogue.revertToBundled();
    },
    async openExternal({ url }) {
      if (!isHttpsUrl(url)) throw new UserFacingError(`Only https links can be opened; refused ${url.slice(0, 200)}`);
      await services.openExternal(new URL(url).toString());
      return { opened: true };
    },
  };
}
