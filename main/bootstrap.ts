import { createApi } from './api';
import type { ApiServices, Dialogs } from './api-services';
import { createDispatch, type Dispatch } from './dispatch';
import { loadCatalogueService } from './services/catalogue-service';
import { openStore, type StoreOptions } from './services/store';
import { createHeavyWork } from './services/heavy-work';

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
  /** The heavy-work worker bundle (out/main/heavy-work.cjs); without it, restores and imports are checked on the calling thread. */
  heavyWorkScript?: string | null;
}

/** Wires services, handlers and the dispatcher: the same for Electron and the e2e harness. */
export async function bootstrap(options: BootstrapOptions): Promise<{ dispatch: Dispatch; services: ApiServices }> {
  const heavy = createHeavyWork(options.heavyWorkScript ?? null);
  const store = await openStore({ ...options.store, decodeBackup: heavy.decode, dir: options.dataDir, appVersion: options.app.version, ...(options.now ? { now: options.now } : {}) });
  const catalogue = await loadCatalogueService({ bundledPath: options.bundledCataloguePath, dir: options.dataDir, ...(options.log ? { log: options.log } : {}) });
  const services: ApiServices = {
    store,
    heavy,
    catalogue,
    app: options.app,
    openExternal: options.openExternal,
    dialogs: options.dialogs,
    now: options.now ?? (() => new Date()),
    ...(options.notify ? { notify: options.notify } : {}),
  };
  return { dispatch: createDispatch(createApi(services), options.log), services };
}
