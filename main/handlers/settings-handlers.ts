import { homedir } from 'node:os';
import type { AppInfo } from '../../shared/model/app-info';
import { settingsSchema } from '../../shared/model/settings';
import { supportPath } from '../../shared/support-path';
import type { settingsChannels } from '../../shared/contract/settings-channels';
import type { ApiServices } from '../api-services';
import type { HandlersFor } from './handler-types';

/** Where the user's home and %APPDATA% are, to write paths without the account name. */
export function supportContext() {
  return { home: homedir(), appData: process.env.APPDATA, windows: process.platform === 'win32' };
}

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
        // Shown and copied for support tickets: without the OS account name (%APPDATA%\…, ~/…).
        dataFolder: supportPath(store.dir, supportContext()),
        dataFile: supportPath(store.file, supportContext()),
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
