import { createApi } from './api';
import type { ApiServices, DataKeyControl, Dialogs } from './api-services';
import { createDispatch, type Dispatch } from './dispatch';
import { openEncryptedFolder } from './services/at-rest/encrypt-data-folder';
import { loadCatalogueService } from './services/catalogue-service';
import type { KeyProvider } from './services/crypto/key-provider';
import { durableFiles } from './services/durable-file';
import { openStore, type StoreOptions } from './services/store';
import { createHeavyWork } from './services/heavy-work';
import { createSyncService } from './services/sync/sync-service';

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
  /**
   * Where the data key comes from: the app passes the OS key store (or a passphrase), the e2e
   * harness a key file. With one, every file the store writes is encrypted and plain files of
   * earlier versions are encrypted before the store opens (services/at-rest/encrypt-data-folder.ts).
   */
  keyProvider?: KeyProvider;
  /** scrypt cost of exchange files (*Share changes…*); tests lower it, the app keeps the default. */
  syncPassphraseLogN?: number;
  /** With a passphrase-protected key: how Settings changes the passphrase (main/data-key-gate.ts). */
  changePassphrase?: DataKeyControl['changePassphrase'];
}

function dataKeyControl(options: BootstrapOptions): DataKeyControl {
  const provider = options.keyProvider;
  if (!provider) return { protection: { protection: 'none', description: 'nothing: this data folder is not encrypted' } };
  return {
    protection: { protection: provider.protection, description: provider.description },
    ...(options.changePassphrase ? { changePassphrase: options.changePassphrase } : {}),
  };
}

/** Wires services, handlers and the dispatcher: the same for Electron and the e2e harness. */
export async function bootstrap(options: BootstrapOptions): Promise<{ dispatch: Dispatch; services: ApiServices }> {
  const now = options.now ?? (() => new Date());
  const folder = options.keyProvider ? await openEncryptedFolder({ dir: options.dataDir, keyProvider: options.keyProvider, now: now() }) : null;
  for (const name of folder?.migrated ?? []) options.log?.(`encrypted ${name}`);
  const heavy = createHeavyWork(options.heavyWorkScript ?? null);
  const store = await openStore({
    ...(folder ? { transform: folder.transform } : {}),
    ...options.store,
    // The store reads a backup's bytes only to decode them: handed over, not copied.
    decodeBackup: (bytes, fileName) => heavy.decode(bytes, fileName, { handOver: true }),
    dir: options.dataDir,
    appVersion: options.app.version,
    ...(options.now ? { now: options.now } : {}),
  });
  const dataFiles = folder?.files ?? durableFiles({ mode: 0o600, ...(options.store?.transform ? { transform: options.store.transform } : {}) });
  const sync = await createSyncService({
    store,
    dir: options.dataDir,
    key: options.keyProvider ? await options.keyProvider.dataKey() : null,
    files: dataFiles,
    now,
    ...(options.syncPassphraseLogN ? { passphraseLogN: options.syncPassphraseLogN } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const catalogue = await loadCatalogueService({ bundledPath: options.bundledCataloguePath, dir: options.dataDir, ...(options.log ? { log: options.log } : {}) });
  const services: ApiServices = {
    store,
    heavy,
    catalogue,
    app: options.app,
    openExternal: options.openExternal,
    dialogs: options.dialogs,
    now,
    ...(options.notify ? { notify: options.notify } : {}),
    dataKey: dataKeyControl(options),
    dataFiles,
    sync,
  };
  return { dispatch: createDispatch(createApi(services), options.log), services };
}
