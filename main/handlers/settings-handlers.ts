import type { AppInfo } from '../../shared/model/app-info';
import { settingsSchema } from '../../shared/model/settings';
import type { settingsChannels } from '../../shared/contract/settings-channels';
import type { ApiServices } from '../api-services';
import type { HandlersFor } from './handler-types';

export function createSettingsHandlers(services: ApiServices): HandlersFor<typeof settingsChannels> {
  const { store, catalogue } = services;
  return {
    async appInfo(): Promise<AppInfo> {
      return {
        appName: services.app.name,
        appVersion: services.app.version,
        runtime: services.app.runtime,
        license: services.app.license,
        catalogue: catalogue.summary(),
        dataFolder: store.dir,
        dataFile: store.file,
        dataProblem: store.problem(),
        saveProblem: store.saveProblem(),
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
  };
}
