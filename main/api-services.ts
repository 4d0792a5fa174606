import type { Store } from './services/store';
import type { CatalogueService } from './services/catalogue-service';
import type { HeavyWork } from './services/heavy-work';
import type { DurableFiles } from './services/durable-file';
import type { SyncService } from './services/sync/sync-service';
import type { DataProtection } from '../shared/model/data-key';

/** Native file choosers. Electron shows its dialogs; the e2e harness answers with prepared paths. */
export interface Dialogs {
  chooseOpenFile(options: { title: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  chooseSaveFile(options: { title: string; defaultName: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
}

/** What the API needs from its host: Electron passes the real ones, tests pass their own. */
export interface ApiServices {
  store: Store;
  /** Restore checks and import checks, on a worker thread. */
  heavy: HeavyWork;
  catalogue: CatalogueService;
  app: { name: string; version: string; runtime: Record<string, string>; license: string };
  /** Opens an already-checked https URL outside the app. */
  openExternal: (url: string) => Promise<void>;
  dialogs: Dialogs;
  now: () => Date;
  /** Shows a system notification (Electron's Notification in main/electron); absent where there is none. */
  notify?: (title: string, body: string) => void;
  /** Reads and writes files in the data folder as the store does (encrypted at rest): Delete permanently rewrites backups with it. */
  dataFiles: DurableFiles;
  /** Sharing records between coordinators: the local replica, the server link and exchange files. */
  sync: SyncService;
  /** What protects the data key, and for a passphrase the way to change it (main/data-key-gate.ts). */
  dataKey: DataKeyControl;
}

export interface DataKeyControl {
  protection: DataProtection;
  /** Only where a passphrase protects the key: checks `current`, then wraps the key under `next`. */
  changePassphrase?: (current: string, next: string) => Promise<void>;
}
