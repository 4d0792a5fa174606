import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
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
      if (!path) return { review: null };
      return { review: await catalogue.reviewFile(path, referencedTrainingIds(store.data())) };
    },
    async catalogueImportConfirm({ reviewId }) {
      return catalogue.confirmImport(reviewId, referencedTrainingIds(store.data()));
    },
    async publishersList() {
      return catalogue.publishers();
    },
    async publisherAdd({ name }) {
      const path = await services.dialogs.chooseOpenFile({
        title: `Choose the public key of ${name}`,
        filters: [{ name: 'Public key', extensions: ['pem', 'pub'] }],
      });
      if (!path) return { added: false, publishers: catalogue.publishers() };
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text === null || text.length > 10_000) throw new UserFacingError(`${basename(path)} could not be read as a public key file.`);
      return { added: true, publishers: await catalogue.addPublisher(name, text, basename(path)) };
    },
    async publisherRemove({ fingerprint }) {
      return catalogue.removePublisher(fingerprint);
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
