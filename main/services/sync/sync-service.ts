import { basename, join } from 'node:path';
import type { ConflictResolution, SetAsideVersion, SyncConflict } from '../../../shared/model/sync-conflict';
import type { SyncStatus } from '../../../shared/model/sync-status';
import type { DurableFiles } from '../durable-file';
import type { Store } from '../store';
import { UserFacingError } from '../user-facing-error';
import { listConflicts, resolveConflict } from './conflicts';
import { collectChanges, loadIntoReplica, readExchangeFile, writeExchangeFile } from './exchange-file';
import type { Replica } from './replica';
import type { ServerCredentials, ServerLink } from './server-link';
import type * as SyncEngine from './sync-engine';
import { startBridge, type Bridge } from './sync-bridge';
import { sharedSince, syncConfigFile, type SyncConfig } from './sync-config';

export interface SyncServiceOptions {
  store: Store;
  /** The data folder: the replica lives in its sync-replica/ folder. */
  dir: string;
  /** The store's data key: the replica's values and the sync settings are sealed with it (null only where the store is plain too). */
  key: Buffer | null;
  /** Writes files in the data folder as the store does (encrypted at rest). */
  files: DurableFiles;
  now: () => Date;
  log?: (message: string) => void;
  /** scrypt cost of exchange files (tests lower it). */
  passphraseLogN?: number;
}

export interface ReceiveOutcome {
  from: string | null;
  documents: number;
  applied: number;
  conflicts: number;
  setAside: number;
}

export interface SyncService {
  status(): Promise<SyncStatus>;
  setCoordinator(name: string): Promise<SyncStatus>;
  connect(server: ServerCredentials): Promise<SyncStatus>;
  disconnect(): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  /** Writes what the partner lacks to `path`; returns how many versions. */
  shareChanges(path: string, passphrase: string, partner: string, everything: boolean): Promise<number>;
  receiveChanges(path: string, passphrase: string): Promise<ReceiveOutcome>;
  conflicts(): Promise<SyncConflict[]>;
  resolve(id: string, resolution: ConflictResolution, shownRevs: readonly string[]): Promise<number>;
  setAside(): readonly SetAsideVersion[];
  /** Refuses in words until the coordinator has a name; opens the replica. */
  ensureReady(): Promise<void>;
  /** Resolves when local changes reached the replica and arrived versions were applied (tests, quit). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Sharing, put together: the replica (opened once the coordinator has a name), the bridge
 * between it and the store, the server link and the exchange files.
 */
export async function createSyncService(options: SyncServiceOptions): Promise<SyncService> {
  const { store } = options;
  const configFile = syncConfigFile(options.dir, options.files);
  let config: SyncConfig = await configFile.read();
  store.setAuthor(config.coordinatorName ?? '');
  let replica: Replica | null = null;
  let bridge: Bridge | null = null;
  let link: ServerLink | null = null;
  let opening: Promise<void> | null = null;
  let pullQueued = false;
  /*
   * PouchDB and the native LevelDB module load only when sharing is used: an app that never
   * shares never loads them (and starts without them).
   */
  let modules: typeof SyncEngine | null = null;
  const load = async () => (modules ??= await import('./sync-engine'));

  const save = async (change: Partial<SyncConfig>) => {
    config = { ...config, ...change };
    await configFile.write(config);
  };

  async function open(): Promise<void> {
    if (replica) return;
    opening ??= (async () => {
      const { replica: r } = await load();
      const db = r.openReplica(join(options.dir, r.REPLICA_DIR_NAME), options.key);
      bridge = await startBridge({ store, replica: db, coordinator: () => config.coordinatorName ?? 'unknown', now: options.now, ...(options.log ? { log: options.log } : {}) });
      replica = db;
      if (config.server) startServer(config.server);
    })();
    try {
      await opening;
    } finally {
      opening = null;
    }
  }

  function startServer(server: ServerCredentials) {
    link = modules!.link.startLink(replica!, server, {
      now: options.now,
      lastSyncedAt: config.lastSyncedAt,
      onPulled: () => {
        // Arrivals come in bursts: one pull applies all that are there.
        if (pullQueued) return;
        pullQueued = true;
        void bridge!.exclusive(async () => undefined).then(() => {
          pullQueued = false;
          return bridge!.pull(server.url);
        });
      },
      onSynced: (at) => void save({ lastSyncedAt: at }).catch(() => undefined),
    });
  }

  const ready = async (): Promise<{ db: Replica; bridge: Bridge }> => {
    if (!config.coordinatorName) throw new UserFacingError('Enter your name in Settings › Sharing first: the other coordinators see it on every change you make.');
    await open();
    return { db: replica!, bridge: bridge! };
  };

  async function status(): Promise<SyncStatus> {
    const linkStatus = link?.status() ?? null;
    let pending = 0;
    if (replica && linkStatus) {
      const feed = await replica.changes({ since: linkStatus.pushedSeq, limit: 10_000 });
      pending = feed.results.filter((r) => !r.id.startsWith('_')).length;
    }
    return {
      state: linkStatus?.state ?? (config.coordinatorName ? 'idle' : 'not-set-up'),
      coordinatorName: config.coordinatorName,
      serverUrl: config.server?.url ?? null,
      user: config.server?.user ?? null,
      lastSyncedAt: linkStatus?.lastSyncedAt ?? config.lastSyncedAt,
      pendingChanges: pending,
      error: linkStatus?.error ?? null,
      errorKind: linkStatus?.errorKind ?? null,
      conflicts: bridge?.conflictIds().size ?? 0,
      setAside: bridge?.setAside().length ?? 0,
      dataEpoch: store.epoch(),
      conflictsVersion: bridge?.conflictsVersion() ?? 0,
    };
  }

  const memberName = (id: string) => store.data().members.find((m) => m.id === id)?.name ?? null;

  if (config.coordinatorName) {
    // Opening reconciles with the store (a full read of the replica): not on the start-up path.
    void open().catch((error: unknown) => options.log?.(`sync: could not open the replica: ${String(error)}`));
  }

  return {
    status,
    async setCoordinator(name) {
      await save({ coordinatorName: name });
      store.setAuthor(name);
      await open();
      return status();
    },
    async connect(server) {
      await ready();
      const problem = await (await load()).link.checkServer(server);
      if (problem) throw new UserFacingError(problem.message);
      await link?.stop();
      await save({ server, lastSyncedAt: null });
      startServer(server);
      return status();
    },
    async disconnect() {
      await link?.stop();
      link = null;
      await save({ server: null });
      return status();
    },
    async syncNow() {
      await ready();
      if (!link) throw new UserFacingError('No server is connected. Connect to one, or share changes through a file.');
      await link.once();
      await bridge!.flush();
      return status();
    },
    async shareChanges(path, passphrase, partner, everything) {
      const { db, bridge: b } = await ready();
      await b.flush();
      const since = everything ? 0 : sharedSince(config, partner);
      const { docs, lastSeq } = await collectChanges(db, since);
      await writeExchangeFile(path, docs, config.coordinatorName, passphrase, options.now(), options.passphraseLogN);
      await save({ shared: { ...config.shared, [partner]: lastSeq } });
      return docs.length;
    },
    async receiveChanges(path, passphrase) {
      const { db, bridge: b } = await ready();
      const file = await readExchangeFile(path, passphrase);
      const fresh = await b.exclusive(() => loadIntoReplica(db, file.docs));
      const pulled = await b.pull(basename(path));
      return { from: file.from, documents: file.docs.length, applied: fresh, conflicts: b.conflictIds().size, setAside: pulled.setAside };
    },
    async conflicts() {
      const { db, bridge: b } = await ready();
      await b.flush();
      return listConflicts(db, b.conflictIds(), memberName);
    },
    async resolve(id, resolution, shownRevs) {
      const { db, bridge: b } = await ready();
      await b.exclusive(() =>
        resolveConflict(db, id, resolution, shownRevs, { updatedAt: options.now().toISOString(), updatedBy: config.coordinatorName ?? 'unknown' }),
      );
      await b.pull('this computer');
      return b.conflictIds().size;
    },
    setAside: () => bridge?.setAside() ?? [],
    ensureReady: async () => {
      await ready();
    },
    async settled() {
      await opening;
      if (bridge) {
        await bridge.flush();
        await bridge.pull('this computer');
      }
    },
    async close() {
      await opening?.catch(() => undefined);
      await link?.stop();
      link = null;
      await bridge?.stop();
      await replica?.close();
      replica = null;
      bridge = null;
    },
  };
}
