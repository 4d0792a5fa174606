import { createApi } from './api';
import type { ApiServices, Dialogs } from './api-services';
import { createDispatch, type Dispatch } from './dispatch';
import { loadCatalogueService } from './services/catalogue-service';
import { openStore, type StoreOptions } from './services/store';

export interface BootstrapOptions {
  dataDir: string;
  bundledCataloguePath: string;
  app: ApiServices['app'];
  openExternal: ApiServices['openExternal'];
  dialogs: Dialogs;
  now?: () => Date;
  notify?: ApiServices['notify'];
  log?: (message: string) => void;
  /** The store's fs, byte transform and retry timing (fault-injection tests, encryption at rest). */
  store?: Pick<StoreOptions, 'fs' | 'transform' | 'readDelaysMs' | 'renameDelaysMs' | 'monotonicMs' | 'backupEveryMs'>;
}

/** Wires services, handlers and the dispatcher: the same for Electron and the e2e harness. */
export async function bootstrap(options: BootstrapOptions): Promise<{ dispatch: Dispatch; services: ApiServices }> {
  const store = await openStore({ ...options.store, dir: options.dataDir, appVersion: options.app.version, ...(options.now ? { now: options.now } : {}) });
  const catalogue = await loadCatalogueService({ bundledPath: options.bundledCataloguePath, dir: options.dataDir, ...(options.log ? { log: options.log } : {}) });
  const services: ApiServices = {
    store,
    catalogue,
    app: options.app,
    openExternal: options.openExternal,
    dialogs: options.dialogs,
    now: options.now ?? (() => new Date()),
    ...(options.notify ? { notify: options.notify } : {}),
  };
  return { dispatch: createDispatch(createApi(services), options.log), services };
}
