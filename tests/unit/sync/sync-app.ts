import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { bootstrap } from '../../../main/bootstrap';
import { fileKeyProvider } from '../../../main/services/crypto/key-provider';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api';
import type { Envelope } from '../../../shared/client';

const CATALOGUE = fileURLToPath(new URL('../../../data/catalogue.json', import.meta.url));

export type SyncApp = Awaited<ReturnType<typeof openSyncApp>>;

/**
 * One copy of the app as the coordinator runs it: the real bootstrap and dispatch over its own
 * data folder, encrypted at rest with a key file; file dialogs answer with queued paths.
 */
export async function openSyncApp(dir: string, keyFile: string) {
  const openAnswers: (string | null)[] = [];
  const saveAnswers: (string | null)[] = [];
  const logs: string[] = [];
  const { dispatch, services } = await bootstrap({
    dataDir: dir,
    keyProvider: fileKeyProvider(keyFile),
    bundledCataloguePath: CATALOGUE,
    app: { name: 'TTA Navigator', version: '0.0.0-test', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: { chooseOpenFile: async () => openAnswers.shift() ?? null, chooseSaveFile: async () => saveAnswers.shift() ?? null },
    log: (m) => logs.push(m),
    // Exchange files with a cheap scrypt: the cost is not what these tests are about.
    syncPassphraseLogN: 12,
  });
  const raw = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => dispatch(channel, input) as Promise<Envelope<ChannelOutput<C>>>;
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const envelope = await raw(channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.message} ${JSON.stringify(envelope.error.details ?? [])}`);
    return envelope.value;
  };
  /** The message of a refusal (fails when the call succeeds). */
  const refusal = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<string> => {
    const envelope = await raw(channel, input);
    if (envelope.ok) throw new Error(`${channel} was expected to fail`);
    return envelope.error.message;
  };
  const close = async () => {
    await services.sync.close();
    await services.store.close();
  };
  return { dir, keyFile, raw, call, refusal, services, openAnswers, saveAnswers, logs, close, store: services.store };
}

/** Temporary folders and open apps, cleaned up after each test. */
export function useSyncApps() {
  const dirs: string[] = [];
  const apps: SyncApp[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close().catch(() => undefined)));
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 5 })));
  });
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tta-sync-'));
    dirs.push(dir);
    return dir;
  };
  return {
    tempDir,
    /** A new app with its own data folder and key; `name` is the coordinator (set unless null). */
    async app(name: string | null, dir?: string) {
      const base = dir ?? (await tempDir());
      const keyDir = await tempDir();
      const app = await openSyncApp(base, join(keyDir, 'data.key'));
      apps.push(app);
      if (name) await app.call('syncCoordinatorSet', { name });
      return app;
    },
    /** Reopens an app over the same folder and key (a restart). */
    async reopen(app: SyncApp, keyFile: string) {
      await app.close();
      apps.splice(apps.indexOf(app), 1);
      const again = await openSyncApp(app.dir, keyFile);
      apps.push(again);
      return again;
    },
  };
}

export const members = (app: SyncApp) =>
  app.store
    .data()
    .members.map((m) => ({ ...m }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
