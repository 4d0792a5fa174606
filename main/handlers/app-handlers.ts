import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename } from 'node:path';
import type { AppInfo } from '../../shared/model/app-info';
import { settingsSchema } from '../../shared/model/settings';
import { supportPath } from '../../shared/support-path';
import type { appChannels } from '../../shared/contract/app-channels';
import { RejectedError, type ApiServices } from '../api-services';
import { isHttpsUrl } from '../../shared/catalogue/schema';
import { CatalogueImportError } from '../services/catalogue-service';
import { referencedTrainingIds } from '../services/referenced-trainings';
import type { HandlersFor } from './handler-types';

/** A refused catalogue or key becomes a message for the user, not an internal error. */
async function refusedAsRejected<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof CatalogueImportError) throw new RejectedError(error.message, error.details);
    throw error;
  }
}

function supportContext() {
  return { home: homedir(), appData: process.env.APPDATA, windows: process.platform === 'win32' };
}

export function createAppHandlers(services: ApiServices): HandlersFor<typeof appChannels> {
  const { store, catalogue } = services;
  return {
    async appInfo(): Promise<AppInfo> {
      return {
        appName: services.app.name,
        appVersion: services.app.version,
        runtime: services.app.runtime,
        license: services.app.license,
        catalogue: catalogue.summary(),
        // Shown and copied for support tickets: without the OS account name (%APPDATA%\…, ~/…).
        dataFolder: supportPath(store.dir, supportContext()),
        dataFile: supportPath(store.file, supportContext()),
        dataProblem: store.problem(),
        backups: await store.listBackups(),
      };
    },
    async settingsGet() {
      return store.data().settings;
    },
    async settingsSet(patch) {
      const next = settingsSchema.parse({ ...store.data().settings, ...patch });
      await store.update((d) => {
        d.settings = next;
      });
      return next;
    },
    async catalogueGet() {
      return catalogue.current();
    },
    async catalogueImport() {
      const path = await services.dialogs.chooseOpenFile({
        title: 'Import a newer catalogue',
        filters: [{ name: 'TTA Navigator catalogue', extensions: ['json'] }],
      });
      if (!path) return { review: null };
      return { review: await refusedAsRejected(() => catalogue.reviewFile(path, referencedTrainingIds(store.data()))) };
    },
    async catalogueImportConfirm({ reviewId }) {
      return refusedAsRejected(() => catalogue.confirmImport(reviewId, referencedTrainingIds(store.data())));
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
      if (text === null || text.length > 10_000) throw new RejectedError(`${basename(path)} could not be read as a public key file.`);
      return { added: true, publishers: await refusedAsRejected(() => catalogue.addPublisher(name, text, basename(path))) };
    },
    async publisherRemove({ fingerprint }) {
      return catalogue.removePublisher(fingerprint);
    },
    async catalogueRevert() {
      return catalogue.revertToBundled();
    },
    async backupsList() {
      return store.listBackups();
    },
    async backupRestore(input) {
      return { restored: await store.restoreBackup(input.name) };
    },
    async openExternal({ url }) {
      if (!isHttpsUrl(url)) throw new RejectedError(`Only https links can be opened; refused ${url.slice(0, 200)}`);
      await services.openExternal(new URL(url).toString());
      return { opened: true };
    },
  };
}
