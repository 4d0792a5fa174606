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
import { sweepCertificates } from './services/certificates/certificate-sweep';

export interface BootstrapOptions {
  dataDir: string;
  bundledCataloguePath: string;
  app: ApiServices['app'];
  openExternal: ApiServices['openExternal'];
  dialogs: Dialogs;
  now?: () => Date;
  notify?: ApiServices['notify'];
  openInViewer?: ApiServices['openInViewer'];
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
  // Settles once the caller has the services (setImmediate: after its own continuation runs).
  let started = (): void => undefined;
  const startDone = new Promise<void>((resolve) => (started = () => setImmediate(resolve)));
  try {
    return await wire(options, now, folder, heavy, startDone);
  } finally {
    started();
  }
}

async function wire(
  options: BootstrapOptions,
  now: () => Date,
  folder: Awaited<ReturnType<typeof openEncryptedFolder>> | null,
  heavy: ReturnType<typeof createHeavyWork>,
  startDone: Promise<void>,
): Promise<{ dispatch: Dispatch; services: ApiServices }> {
  const store = await openStore({
    ...(folder ? { transform: folder.transform } : {}),
    ...options.store,
    // The store reads a backup's bytes only to decode them: handed over, not copied.
    decodeBackup: (bytes, fileName) => heavy.decode(bytes, fileName, { handOver: true }),
    dir: options.dataDir,
    appVersion: options.app.version,
    ...(options.now ? { now: options.now } : {}),
    // Encoding every record for the first save waits until the app has started.
    warmAfter: startDone,
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
    ...(options.openInViewer ? { openInViewer: options.openInViewer } : {}),
    dataKey: dataKeyControl(options),
    dataFiles,
    sync,
  };
  // Certificates no record names any more (nor a rolling backup): Undo of a deletion cannot reach across a restart. Only
  // when the data file loaded as it is (a missing file, or one set aside at start, would make every certificate look unused).
  if (store.problem() === null && store.saveProblem() === null && store.loadedBy() !== 'none') {
    const swept = await sweepCertificates(store, services.dataFiles);
    if (swept.length > 0) options.log?.(`removed ${swept.length} certificate file(s) no record uses`);
  }
  return { dispatch: createDispatch(createApi(services), options.log), services };
}
