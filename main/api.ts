import type { ChannelName, ChannelOutput, ParsedInput } from '../shared/api';
import type { AppInfo } from '../shared/model/app-info';
import type { Store } from './services/store';
import type { CatalogueService } from './services/catalogue-service';
import { settingsSchema } from '../shared/model/settings';

/** What the API needs from its host: Electron passes the real ones, tests pass their own. */
export interface ApiServices {
  store: Store;
  catalogue: CatalogueService;
  app: { name: string; version: string; runtime: Record<string, string>; license: string };
  /** Opens an already-checked https URL outside the app. */
  openExternal: (url: string) => Promise<void>;
}

export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> };

export class RejectedError extends Error {}

export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** One handler per channel of shared/api.ts. Inputs arrive already parsed by their schema. */
export function createApi(services: ApiServices): Handlers {
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
    async backupsList() {
      return store.listBackups();
    },
    async backupRestore(input) {
      return { restored: await store.restoreBackup(input.name) };
    },
    async openExternal({ url }) {
      if (!isSafeExternalUrl(url)) throw new RejectedError(`Only https links can be opened; refused ${url.slice(0, 200)}`);
      await services.openExternal(new URL(url).toString());
      return { opened: true };
    },
  };
}
